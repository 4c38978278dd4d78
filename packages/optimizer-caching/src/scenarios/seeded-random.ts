/**
 * A small seeded generator (mulberry32): the same seed gives the same workload on every
 * machine and Node version, which Math.random cannot promise.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform in [min, max): as many values per decade, as sizes and durations spread. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.uniform(Math.log(min), Math.log(max)));
  }

  pick<T>(items: ReadonlyArray<T>): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (or all of them), in their original order. */
  sample<T>(items: ReadonlyArray<T>, count: number): T[] {
    const indices = items.map((_, index) => index);
    for (let index = indices.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [indices[index], indices[other]] = [indices[other]!, indices[index]!];
    }
    return indices
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => items[index]!);
  }
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable version ids. */
export function hashText(text: string, seed = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

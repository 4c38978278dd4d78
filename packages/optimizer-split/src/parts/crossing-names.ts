import { IDENTIFIER_MAX_LENGTH } from '@couler/ir';

/**
 * Names for the workflow parameters that carry outputs across parts: `<step>_<output>`, made an
 * identifier (a leading digit gets `_`), at most 63 characters, unique among the workflow's
 * own parameters and each other (`_2`, `_3`, … in order of first use: deterministic).
 */
export class CrossingNames {
  private readonly taken: Set<string>;
  private readonly byKey = new Map<string, string>();

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  nameFor(step: string, output: string): string {
    const key = `${step}\u0000${output}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let base = `${step}_${output}`;
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    base = base.slice(0, IDENTIFIER_MAX_LENGTH);
    let name = base;
    for (let suffix = 2; this.taken.has(name); suffix++) name = `${base.slice(0, IDENTIFIER_MAX_LENGTH - String(suffix).length - 1)}_${suffix}`;
    this.taken.add(name);
    this.byKey.set(key, name);
    return name;
  }
}

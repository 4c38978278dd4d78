import type { Scalar, SearchDimension } from '@couler/ir';
import { candidateKey, type Candidate } from './candidate';
import { SeededRandom } from './seeded-random';

type Space = Readonly<Record<string, SearchDimension>>;

/**
 * `count` distinct candidates drawn from the space with `seed`: choices uniformly, ranges
 * uniformly or, with `log`, log-uniformly (integers rounded). Fewer when the space has fewer.
 */
export function sampleCandidates(space: Space, count: number, seed: number): Candidate[] {
  const random = new SeededRandom(seed);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  // A small discrete space runs out of new points: stop after many misses instead of looping.
  for (let tries = 0; candidates.length < count && tries < count * 50; tries += 1) {
    const candidate = Object.fromEntries(Object.entries(space).map(([name, dimension]) => [name, sampleValue(dimension, random.next())]));
    const key = candidateKey(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(candidate);
  }
  return candidates;
}

/** The value at `u` ∈ [0, 1) of the dimension's (log-)uniform distribution. */
export function sampleValue(dimension: SearchDimension, u: number): Scalar {
  if (dimension.type === 'choice') return dimension.values[Math.min(dimension.values.length - 1, Math.floor(u * dimension.values.length))]!;
  if (dimension.type === 'integer') {
    const low = dimension.min - 0.5;
    const high = dimension.max + 0.5;
    const value = dimension.log ? Math.exp(Math.log(Math.max(dimension.min, 0.5)) + u * (Math.log(high) - Math.log(Math.max(dimension.min, 0.5)))) : low + u * (high - low);
    return Math.min(dimension.max, Math.max(dimension.min, Math.round(value)));
  }
  const value = dimension.log ? Math.exp(Math.log(dimension.min) + u * (Math.log(dimension.max) - Math.log(dimension.min))) : dimension.min + u * (dimension.max - dimension.min);
  return Number(value.toPrecision(6));
}

/**
 * A grid over the space: every choice, and `perRange` evenly spaced points (log-spaced with
 * `log`) of each range, for grid search.
 */
export function gridCandidates(space: Space, perRange: number): Candidate[] {
  let grid: Array<Record<string, Scalar>> = [{}];
  for (const [name, dimension] of Object.entries(space)) {
    const values = dimension.type === 'choice' ? dimension.values : Array.from({ length: perRange }, (_, index) => sampleValue(dimension, perRange === 1 ? 0.5 : index / (perRange - 1) - (index === perRange - 1 ? 1e-9 : 0)));
    const distinct = [...new Set(values)];
    grid = grid.flatMap((partial) => distinct.map((value) => ({ ...partial, [name]: value })));
  }
  return grid;
}

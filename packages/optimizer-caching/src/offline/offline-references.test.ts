import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { requestWorkload } from '../__tests__/harness';
import { createBeladyPolicy } from '../policies/belady-policy';
import { createCachePolicy, ONLINE_CACHE_POLICY_IDS } from '../policies/create-cache-policy';
import { lookupSequence } from '../model/lookup-sequence';
import { workloadGraphOf } from '../model/workload-graph';
import type { Workload } from '../model/workload';
import { simulateWorkload } from '../simulator/simulate-workload';
import { createOfflineRecomputePolicy, planOfflineRecompute } from './offline-recompute-plan';

/**
 * The best any policy can do on a request sequence, by trying every admission and eviction
 * choice: the seconds saved (or hits, with unit costs). Tiny sequences only.
 */
function bruteForceBest(workload: Workload, capacity: number, value: (lookup: { recomputeSeconds: number }) => number): number {
  const lookups = lookupSequence(workload, workloadGraphOf(workload));
  const memo = new Map<string, number>();
  const best = (index: number, cached: ReadonlyArray<string>): number => {
    if (index === lookups.length) return 0;
    const memoKey = `${index}|${cached.join(',')}`;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    const lookup = lookups[index]!;
    const size = (key: string) => lookups.find((item) => item.key === key)!.bytes;
    let result: number;
    if (cached.includes(lookup.key)) {
      // A hit; keeping it or dropping it right away are both open.
      result = value(lookup) + Math.max(best(index + 1, cached), best(index + 1, cached.filter((key) => key !== lookup.key)));
    } else {
      result = best(index + 1, cached); // not admitted
      // Admitted after evicting any subset that makes room.
      const subsets = 1 << cached.length;
      for (let mask = 0; mask < subsets; mask++) {
        const kept = cached.filter((_, bit) => !(mask & (1 << bit)));
        if (kept.reduce((sum, key) => sum + size(key), 0) + lookup.bytes <= capacity) result = Math.max(result, best(index + 1, [...kept, lookup.key].sort()));
      }
    }
    memo.set(memoKey, result);
    return result;
  };
  return best(0, []);
}

const sequenceArbitrary = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 14 });

describe("Belady's MIN", () => {
  it('is optimal on a textbook sequence (capacity 2, unit sizes)', () => {
    const workload = requestWorkload(['a', 'b', 'c', 'a', 'b', 'd', 'a', 'b', 'c']);
    const result = simulateWorkload(workload, createBeladyPolicy(workload), { capacityBytes: 2 });
    // Keeping a and b throughout: hits at lookups 4, 5, 7 and 8; c and d are bypassed.
    expect(result.hits).toBe(4);
    expect(result.hits).toBe(bruteForceBest(workload, 2, () => 1));
  });

  test.prop([sequenceArbitrary, fc.integer({ min: 1, max: 3 })], { numRuns: 150 })('hits as often as the brute-force optimum with unit sizes', (sequence, capacity) => {
    const workload = requestWorkload(sequence);
    const result = simulateWorkload(workload, createBeladyPolicy(workload), { capacityBytes: capacity });
    expect(result.hits).toBe(bruteForceBest(workload, capacity, () => 1));
  });

  test.prop([sequenceArbitrary, fc.integer({ min: 1, max: 3 })], { numRuns: 100 })('no online policy hits more often with unit sizes', (sequence, capacity) => {
    const workload = requestWorkload(sequence);
    const belady = simulateWorkload(workload, createBeladyPolicy(workload), { capacityBytes: capacity }).hits;
    for (const id of ONLINE_CACHE_POLICY_IDS.filter((id) => id !== 'all')) {
      expect(simulateWorkload(workload, createCachePolicy(id), { capacityBytes: capacity }).hits).toBeLessThanOrEqual(belady);
    }
  });

  it('is not optimal once sizes vary: one large artifact can be worth less than two small ones', () => {
    // Capacity 4. MIN keeps the sooner-used big one; the optimum keeps both small ones.
    const workload = requestWorkload(['big', 'x', 'y', 'big', 'x', 'y'], { big: 4, x: 2, y: 2 });
    const belady = simulateWorkload(workload, createBeladyPolicy(workload), { capacityBytes: 4 }).hits;
    expect(belady).toBe(1);
    expect(bruteForceBest(workload, 4, () => 1)).toBe(2);
  });
});

describe('size- and cost-aware offline optimum', () => {
  it('finds the better choice Belady misses, and the policy following it saves what it planned', async () => {
    const workload = requestWorkload(['big', 'x', 'y', 'big', 'x', 'y'], { big: 4, x: 2, y: 2 }, { big: 10, x: 10, y: 10 });
    const { factory, plan } = await createOfflineRecomputePolicy(workload, { capacityBytes: 4, mode: 'exact' });
    expect(plan.mode).toBe('exact');
    const result = simulateWorkload(workload, factory, { capacityBytes: 4 });
    expect(result.hits).toBe(2);
    expect(result.recomputeSecondsSaved).toBeCloseTo(plan.plannedSeconds, 6);
  });

  test.prop(
    [
      fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 10 }),
      fc.record({ a: fc.integer({ min: 1, max: 4 }), b: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ a: fc.integer({ min: 1, max: 50 }), b: fc.integer({ min: 1, max: 50 }), c: fc.integer({ min: 1, max: 50 }), d: fc.integer({ min: 1, max: 50 }) }),
      fc.integer({ min: 1, max: 6 }),
    ],
    { numRuns: 30 },
  )('the exact plan equals the brute-force optimum and bounds every online policy', async (sequence, sizes, costs, capacity) => {
    const workload = requestWorkload(sequence, sizes, costs);
    const exact = await planOfflineRecompute(workload, { capacityBytes: capacity, mode: 'exact' });
    const optimum = bruteForceBest(workload, capacity, (lookup) => lookup.recomputeSeconds);
    expect(exact.plannedSeconds).toBeCloseTo(optimum, 6);
    const relaxed = await planOfflineRecompute(workload, { capacityBytes: capacity, mode: 'relaxed' });
    expect(relaxed.boundSeconds).toBeGreaterThanOrEqual(optimum - 1e-6);
    for (const id of ONLINE_CACHE_POLICY_IDS.filter((id) => id !== 'all')) {
      expect(simulateWorkload(workload, createCachePolicy(id), { capacityBytes: capacity }).recomputeSecondsSaved).toBeLessThanOrEqual(optimum + 1e-6);
    }
  });
});

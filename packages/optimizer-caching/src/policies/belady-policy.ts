import type { CachePolicyFactory } from '../model/cache-policy';
import { lookupSequence, nextUseIndex } from '../model/lookup-sequence';
import type { Workload } from '../model/workload';
import type { SimulationConfig } from '../simulator/simulation-config';
import { compareNumbers, REJECT } from './evict-until-fits';

/**
 * Belady's MIN (1966), offline: knows every future lookup. It evicts the artifacts asked for
 * furthest in the future and does not admit one asked for later than everything it would
 * displace. With equal sizes that maximizes hits; with varying sizes and costs it is a
 * reference, not a bound (see the offline optimum).
 */
export const createBeladyPolicy =
  (workload: Workload, config: Partial<SimulationConfig> = {}): CachePolicyFactory =>
  (context) => {
    const lookups = lookupSequence(workload, context.graph, config);
    const next = nextUseIndex(lookups);
    const lastLookupOf = new Map<string, number>();
    let position = -1;
    const nextUse = (key: string) => next[lastLookupOf.get(key) ?? -1] ?? Number.POSITIVE_INFINITY;
    return {
      policyId: 'belady',
      onLookup(key) {
        position += 1;
        lastLookupOf.set(key, position);
      },
      admit(candidate, state) {
        const own = nextUse(candidate.key);
        if (own === Number.POSITIVE_INFINITY || candidate.bytes > state.capacityBytes) return REJECT;
        let free = state.capacityBytes - state.usedBytes;
        const evict: string[] = [];
        const ranked = [...state.entries.values()].sort((a, b) => compareNumbers(nextUse(b.key), nextUse(a.key)) || (a.key < b.key ? -1 : 1));
        for (const entry of ranked) {
          if (free >= candidate.bytes || nextUse(entry.key) <= own) break;
          evict.push(entry.key);
          free += entry.bytes;
        }
        return free >= candidate.bytes ? { admit: true, evict } : REJECT;
      },
    };
  };

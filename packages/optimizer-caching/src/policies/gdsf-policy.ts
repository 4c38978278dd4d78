import type { CacheEntryView, CachePolicyFactory } from '../model/cache-policy';
import { evictUntilFits } from './evict-until-fits';

/**
 * GreedyDual-Size-Frequency (Cherkasova, 1998): priority H = L + frequency · cost / size, where
 * cost is the recomputation time a hit saves and L, the inflation value, rises to the priority
 * of each evicted entry so that old priorities age.
 */
export const createGdsfPolicy = (): CachePolicyFactory => () => {
  let inflation = 0;
  const priority = new Map<string, number>();
  const value = (entry: { recomputeSeconds: number; bytes: number }, frequency: number) =>
    inflation + (frequency * entry.recomputeSeconds) / Math.max(entry.bytes, 1);
  const priorityOf = (entry: CacheEntryView) => priority.get(entry.key) ?? value(entry, entry.hits + 1);
  return {
    policyId: 'gdsf',
    admit(candidate, state) {
      const ordered = [...state.entries.values()].sort((a, b) => priorityOf(a) - priorityOf(b) || a.lastAccessAt - b.lastAccessAt);
      const decision = evictUntilFits(candidate, state, ordered);
      if (decision.admit) priority.set(candidate.key, value(candidate, 1));
      return decision;
    },
    onHit(entry) {
      priority.set(entry.key, value(entry, entry.hits + 2));
    },
    onEvict(entry) {
      inflation = Math.max(inflation, priorityOf(entry));
      priority.delete(entry.key);
    },
  };
};

import type { CacheCandidate, CacheDecision, CacheEntryView, CacheStateView } from '../model/cache-policy';

export const REJECT: CacheDecision = { admit: false, evict: [] };

/**
 * The classic move: evict entries in the given order until the candidate fits, then admit it.
 * A candidate larger than the whole cache, or one that would need more than `ordered` offers,
 * is turned away and nothing is evicted.
 */
export function evictUntilFits(candidate: CacheCandidate, state: CacheStateView, ordered: Iterable<CacheEntryView>): CacheDecision {
  if (candidate.bytes > state.capacityBytes) return REJECT;
  let free = state.capacityBytes - state.usedBytes;
  const evict: string[] = [];
  for (const entry of ordered) {
    if (free >= candidate.bytes) break;
    evict.push(entry.key);
    free += entry.bytes;
  }
  return free >= candidate.bytes ? { admit: true, evict } : REJECT;
}

/** Entries sorted by `compare`, ties broken by key so every policy is deterministic. */
export function sortedEntries(state: CacheStateView, compare: (a: CacheEntryView, b: CacheEntryView) => number): CacheEntryView[] {
  return [...state.entries.values()].sort((a, b) => compare(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Ascending comparison that stays consistent with infinities (where `a - b` gives NaN). */
export function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

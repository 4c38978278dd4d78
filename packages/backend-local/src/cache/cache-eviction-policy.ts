import type { CacheEntry } from '../state/state-records';

/**
 * Chooses which memoized results to drop when the cache is over its size limit. The default is
 * least-recently-used; the caching optimizer (@couler/optimizer-caching) plugs its own in here.
 */
export interface CacheEvictionPolicy {
  readonly name: string;
  /** Keys to delete, freeing at least `bytesToFree` when possible. */
  selectVictims(entries: ReadonlyArray<CacheEntry>, bytesToFree: number, now: Date): string[];
}

function takeUntilFreed(ordered: ReadonlyArray<CacheEntry>, bytesToFree: number): string[] {
  const victims: string[] = [];
  let freed = 0;
  for (const entry of ordered) {
    if (freed >= bytesToFree) break;
    victims.push(entry.key);
    freed += entry.size;
  }
  return victims;
}

/** Least recently used (hit or written) first. */
export const lruEvictionPolicy: CacheEvictionPolicy = {
  name: 'lru',
  selectVictims(entries, bytesToFree) {
    const ordered = [...entries].sort((a, b) => (a.lastUsedAt < b.lastUsedAt ? -1 : a.lastUsedAt > b.lastUsedAt ? 1 : a.key < b.key ? -1 : 1));
    return takeUntilFreed(ordered, bytesToFree);
  },
};

/** Biggest first: frees the most with the fewest entries lost. */
export const largestFirstEvictionPolicy: CacheEvictionPolicy = {
  name: 'largest-first',
  selectVictims(entries, bytesToFree) {
    const ordered = [...entries].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
    return takeUntilFreed(ordered, bytesToFree);
  },
};

import type { CacheEntry } from '../state/state-records';

/** What an admission policy decided for a freshly produced result. */
export interface CacheAdmissionDecision {
  /** Whether the new entry is kept. */
  readonly admitted: boolean;
  /** Keys of cached entries to delete (before the new one is written). */
  readonly evicted: ReadonlyArray<string>;
}

/**
 * Decides, for each result a memoized step produced, whether it enters the cache and what
 * leaves — admission and eviction in one, unlike `CacheEvictionPolicy`, which only evicts after
 * every write. The engine applies the decision to SQLite.
 */
export interface CacheAdmission {
  readonly name: string;
  /**
   * @param entry the new result
   * @param cached every entry in the cache now, `entry`'s key left out
   */
  offer(entry: CacheEntry, cached: ReadonlyArray<CacheEntry>): CacheAdmissionDecision;
}

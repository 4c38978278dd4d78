import type { ArtifactStore } from '../artifacts/artifact-store';
import type { StateStore } from '../state/state-store';
import type { CacheEntry } from '../state/state-records';
import type { CacheAdmission } from './cache-admission';
import { lruEvictionPolicy, type CacheEvictionPolicy } from './cache-eviction-policy';

export const DEFAULT_MAX_CACHE_BYTES = 5 * 1024 ** 3;

export type CacheLookupResult = { readonly entry: CacheEntry } | { readonly entry?: undefined; readonly note?: string };

/**
 * Memoized step results, in SQLite, with their artifacts in the content-addressed store. An
 * entry is usable while it has not expired and every artifact it names is still stored. Over
 * `maxBytes`, the eviction policy picks entries to drop — or, with an `admission` policy (an
 * @couler/optimizer-caching policy), that policy decides whether a new result enters at all.
 */
export class MemoCache {
  constructor(
    private readonly store: StateStore,
    private readonly artifacts: ArtifactStore,
    private readonly options: { maxBytes?: number; policy?: CacheEvictionPolicy; admission?: CacheAdmission; now: () => Date },
  ) {}

  async lookup(key: string): Promise<CacheLookupResult> {
    const entry = this.store.getCacheEntry(key);
    if (!entry) return {};
    const now = this.options.now();
    if (entry.expiresAt !== undefined && entry.expiresAt <= now.toISOString()) return { note: `the entry expired at ${entry.expiresAt}` };
    for (const [name, artifact] of Object.entries(entry.outputs.artifacts)) {
      if (!(await this.artifacts.has(artifact.hash))) return { note: `its artifact "${name}" is no longer in the store` };
    }
    this.store.touchCacheEntry(key, now.toISOString());
    return { entry };
  }

  /** Records an entry, then evicts until the cache fits its size limit again. */
  save(entry: CacheEntry): string[] {
    if (this.options.admission) return this.admit(entry, this.options.admission);
    this.store.putCacheEntry(entry);
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_CACHE_BYTES;
    const entries = this.store.listCacheEntries();
    const total = entries.reduce((sum, candidate) => sum + candidate.size, 0);
    if (total <= maxBytes) return [];
    const policy = this.options.policy ?? lruEvictionPolicy;
    const victims = policy.selectVictims(entries, total - maxBytes, this.options.now());
    this.store.deleteCacheEntries(victims);
    return victims;
  }

  /** Applies an admission policy's decision. A refused result's stale entry (same key, expired or incomplete) goes too. */
  private admit(entry: CacheEntry, admission: CacheAdmission): string[] {
    const entries = this.store.listCacheEntries();
    const { admitted, evicted } = admission.offer(entry, entries.filter((candidate) => candidate.key !== entry.key));
    const stale = !admitted && entries.some((candidate) => candidate.key === entry.key) ? [entry.key] : [];
    this.store.deleteCacheEntries([...evicted, ...stale]);
    if (admitted) this.store.putCacheEntry(entry);
    return [...evicted];
  }
}

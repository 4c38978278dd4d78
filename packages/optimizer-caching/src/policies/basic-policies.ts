import type { CachePolicyFactory } from '../model/cache-policy';
import { evictUntilFits, REJECT, sortedEntries } from './evict-until-fits';

/** No cache: every lookup misses. The floor. */
export const createNoCachePolicy = (): CachePolicyFactory => () => ({ policyId: 'none', admit: () => REJECT });

/** ALL: cache everything, unbounded (the paper's "ALL"): the ceiling on hits, at any size. */
export const createCacheAllPolicy = (): CachePolicyFactory => () => ({
  policyId: 'all',
  unbounded: true,
  admit: () => ({ admit: true, evict: [] }),
});

/** First in, first out. */
export const createFifoPolicy = (): CachePolicyFactory => () => ({
  policyId: 'fifo',
  admit: (candidate, state) => evictUntilFits(candidate, state, sortedEntries(state, (a, b) => a.insertedAt - b.insertedAt)),
});

/** Least recently used (a hit or the write counts as a use). */
export const createLruPolicy = (): CachePolicyFactory => () => ({
  policyId: 'lru',
  admit: (candidate, state) => evictUntilFits(candidate, state, sortedEntries(state, (a, b) => a.lastAccessAt - b.lastAccessAt)),
});

/** Least frequently used since entering the cache; ties go to the least recently used. */
export const createLfuPolicy = (): CachePolicyFactory => () => ({
  policyId: 'lfu',
  admit: (candidate, state) => evictUntilFits(candidate, state, sortedEntries(state, (a, b) => a.hits - b.hits || a.lastAccessAt - b.lastAccessAt)),
});

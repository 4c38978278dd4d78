import { CoulerError, didYouMean } from '@couler/ir';
import type { CachePolicyFactory } from '../model/cache-policy';
import { createCacheAllPolicy, createFifoPolicy, createLfuPolicy, createLruPolicy, createNoCachePolicy } from './basic-policies';
import { createCoulerPaperPolicy } from './couler-paper-policy';
import { createCoulerPolicy } from './couler-policy';
import { createGdsfPolicy } from './gdsf-policy';
import { createLrcPolicy } from './lrc-policy';
import { createMrdPolicy } from './mrd-policy';

/** Online policies by id: what `--cache-policy` accepts. `couler` is the default. */
export const ONLINE_CACHE_POLICIES = {
  couler: createCoulerPolicy,
  'couler-paper': createCoulerPaperPolicy,
  none: createNoCachePolicy,
  all: createCacheAllPolicy,
  fifo: createFifoPolicy,
  lru: createLruPolicy,
  lfu: createLfuPolicy,
  gdsf: createGdsfPolicy,
  lrc: createLrcPolicy,
  mrd: createMrdPolicy,
} as const satisfies Record<string, () => CachePolicyFactory>;

export type OnlineCachePolicyId = keyof typeof ONLINE_CACHE_POLICIES;
export const ONLINE_CACHE_POLICY_IDS = Object.keys(ONLINE_CACHE_POLICIES) as OnlineCachePolicyId[];
/** Offline references: they need the whole workload in advance (see `createOfflinePolicy`). */
export const OFFLINE_CACHE_POLICY_IDS = ['belady', 'offline-recompute'] as const;
export type OfflineCachePolicyId = (typeof OFFLINE_CACHE_POLICY_IDS)[number];

/**
 * Policy ids that were renamed, with the reason. `offline-optimal` optimizes recomputation
 * seconds, not makespan, and online policies beat it on makespan, so it is no longer called optimal.
 */
const RENAMED_CACHE_POLICY_IDS: Readonly<Record<string, { readonly now: string; readonly why: string }>> = {
  'offline-optimal': { now: 'offline-recompute', why: 'it saves the most recomputation seconds, which is not the shortest makespan' },
};

/** The error for a policy id that was renamed, or undefined for any other id. */
export function renamedCachePolicyError(id: string): CoulerError | undefined {
  if (!Object.hasOwn(RENAMED_CACHE_POLICY_IDS, id)) return undefined;
  const { now, why } = RENAMED_CACHE_POLICY_IDS[id]!;
  return new CoulerError('INVALID_FIELD', `Cache policy "${id}" is now called "${now}": ${why}.`, {
    path: ['cachePolicy'],
    hint: `Use "${now}" instead: the same policy under its new name.`,
  });
}
export const DEFAULT_CACHE_POLICY_ID: OnlineCachePolicyId = 'couler';

export function isOnlineCachePolicyId(id: string): id is OnlineCachePolicyId {
  return Object.hasOwn(ONLINE_CACHE_POLICIES, id);
}

/** The factory of an online policy by id; an unknown id is an `INVALID_FIELD` error with a suggestion. */
export function createCachePolicy(id: string): CachePolicyFactory {
  if (isOnlineCachePolicyId(id)) return (ONLINE_CACHE_POLICIES[id] as () => CachePolicyFactory)();
  const renamed = renamedCachePolicyError(id);
  if (renamed) throw renamed;
  const known = [...ONLINE_CACHE_POLICY_IDS, ...OFFLINE_CACHE_POLICY_IDS];
  const offline = (OFFLINE_CACHE_POLICY_IDS as readonly string[]).includes(id);
  throw new CoulerError('INVALID_FIELD', offline ? `Cache policy "${id}" is offline: it needs the whole trace in advance.` : `There is no cache policy "${id}".${didYouMean(id, known)}`, {
    path: ['cachePolicy'],
    hint: offline ? 'Use it through simulateTrace or the benchmark, not in an engine.' : `Known policies: ${known.join(', ')}.`,
  });
}

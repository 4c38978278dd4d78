import { CoulerError } from '@couler/ir';
import { createCachePolicy } from '@couler/optimizer-caching';
import type { LocalRunOptions } from '../engine/local-run-options';

/**
 * Checks the cache settings of a run before anything is recorded: a typo in `--cache-policy`
 * must not leave a run behind.
 *
 * @throws CoulerError `INVALID_FIELD` for an unknown or offline policy id, a policy given with a
 *   custom `evictionPolicy`, or a size that is not a number of bytes, 0 or more.
 */
export function checkCacheOptions(options: Pick<LocalRunOptions, 'cachePolicy' | 'evictionPolicy' | 'maxCacheBytes'>): void {
  if (options.maxCacheBytes !== undefined && !(Number.isFinite(options.maxCacheBytes) && options.maxCacheBytes >= 0)) {
    throw new CoulerError('INVALID_FIELD', `The cache size limit must be a number of bytes, 0 or more; got ${String(options.maxCacheBytes)}.`, {
      path: ['maxCacheBytes'],
      hint: 'On the command line: --cache-size 10GB (or 512MiB, 2e9).',
    });
  }
  if (options.cachePolicy === undefined) return;
  if (options.evictionPolicy !== undefined) {
    throw new CoulerError('INVALID_FIELD', `Give either a cache policy ("${options.cachePolicy}") or an eviction policy ("${options.evictionPolicy.name}"), not both.`, {
      path: ['cachePolicy'],
      hint: 'A cache policy decides admission and eviction; evictionPolicy only evicts.',
    });
  }
  createCachePolicy(options.cachePolicy);
}

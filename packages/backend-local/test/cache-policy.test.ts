import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { largestFirstEvictionPolicy } from '../src/cache/cache-eviction-policy';
import type { LocalRunOptions } from '../src/engine/local-run-options';
import { runWorkflow, type RunSummary } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const linesOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

function cachedBytes(home: string): number[] {
  const store = new StateStore(resolveCoulerHome(home).database);
  try {
    return store.listCacheEntries().map((entry) => entry.size);
  } finally {
    store.close();
  }
}

/**
 * Two memoized steps with 500-byte results: `slow` (two seconds, the same every run) and
 * `fast` (instant, a new result whenever the parameter `n` changes). A 800-byte cache holds one.
 * A step's cost is its wall time, placing inputs and storing outputs included: with `slow` at
 * half a second, a CI run in which this package's tests took five times as long as usual once
 * saw the policy keep `fast`'s result instead.
 */
function twoSteps(log: string) {
  return workflowOf(
    'thrash',
    [
      sh('slow', `echo slow >> ${log}; sleep 2; printf '%0500d' 0 > /out/a`, { cache: {}, outputs: { artifacts: [{ name: 'a', path: '/out/a' }] } }),
      sh('fast', `printf "%0500d" "$N" > /out/b`, {
        cache: {},
        env: [{ name: 'N', value: { ref: 'parameter', name: 'n' } }],
        outputs: { artifacts: [{ name: 'b', path: '/out/b' }] },
      }),
    ],
    { parameters: [{ name: 'n', default: '1' }] },
  );
}

async function iterate(log: string, options: LocalRunOptions, runs: number): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (let n = 1; n <= runs; n++) {
    const summary = await runWorkflow(twoSteps(log), { ...options, parameters: { n: String(n) }, maxCacheBytes: 800 });
    expect([summary.phase, summary.message]).toEqual(['Succeeded', undefined]);
    summaries.push(summary);
  }
  return summaries;
}

const phaseOf = (summary: RunSummary, step: string) => summary.steps.find((record) => record.id === step)!.phase;

describe('cache policies from @couler/optimizer-caching', () => {
  it('couler keeps the slow, stable result that LRU gives up for a fresh result of a step that changes every run', async () => {
    const lruLog = join(dirs.scratch(), 'lru.log');
    const lru = await iterate(lruLog, { home: join(dirs.home(), 'lru') }, 3);
    expect(lru.map((summary) => phaseOf(summary, 'slow'))).toEqual(['Succeeded', 'Cached', 'Succeeded']);
    expect(linesOf(lruLog)).toHaveLength(2);

    const coulerLog = join(dirs.scratch(), 'couler.log');
    const coulerHome = join(dirs.home(), 'couler');
    const couler = await iterate(coulerLog, { home: coulerHome, cachePolicy: 'couler' }, 3);
    expect(couler.map((summary) => phaseOf(summary, 'slow'))).toEqual(['Succeeded', 'Cached', 'Cached']);
    expect(couler.map((summary) => phaseOf(summary, 'fast'))).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    expect(linesOf(coulerLog)).toHaveLength(1);
    expect(cachedBytes(coulerHome)).toEqual([500]);
  });

  it('never lets the cache grow past its size limit, whichever online policy decides', async () => {
    for (const cachePolicy of ['couler', 'couler-paper', 'lru', 'gdsf', 'mrd']) {
      const home = join(dirs.home(), cachePolicy);
      await iterate(join(dirs.scratch(), `${cachePolicy}.log`), { home, cachePolicy }, 2);
      const sizes = cachedBytes(home);
      // One 500-byte result fits in 800 bytes; two never do.
      expect(sizes, cachePolicy).toEqual([500]);
    }
  });

  it('records the policy and size with the run, so a resume without them decides the same way', async () => {
    const home = dirs.home();
    const [summary] = await iterate(join(dirs.scratch(), 'recorded.log'), { home, cachePolicy: 'couler' }, 1);
    const store = new StateStore(resolveCoulerHome(home).database);
    try {
      expect(store.getRun(summary!.runId)!.settings).toMatchObject({ cachePolicy: 'couler', maxCacheBytes: 800 });
    } finally {
      store.close();
    }
  });

  it('`none` memoizes nothing and `all` keeps every result, past the limit', async () => {
    const none = join(dirs.home(), 'none');
    const noneRuns = await iterate(join(dirs.scratch(), 'none.log'), { home: none, cachePolicy: 'none' }, 2);
    expect(phaseOf(noneRuns[1]!, 'slow')).toBe('Succeeded');
    expect(cachedBytes(none)).toEqual([]);

    const all = join(dirs.home(), 'all');
    const allRuns = await iterate(join(dirs.scratch(), 'all.log'), { home: all, cachePolicy: 'all' }, 2);
    expect(phaseOf(allRuns[1]!, 'slow')).toBe('Cached');
    expect(cachedBytes(all).sort()).toEqual([500, 500, 500]);
  });

  it('refuses an unknown policy, an offline one, or a policy with an eviction policy, before recording a run', async () => {
    const home = dirs.home();
    const log = join(dirs.scratch(), 'log');
    const attempt = (options: LocalRunOptions) => runWorkflow(twoSteps(log), { home, ...options }).then(() => undefined, (error: unknown) => error);

    const typo = await attempt({ cachePolicy: 'lur' });
    expect(CoulerError.isInstance(typo) && typo.code).toBe('INVALID_FIELD');
    expect((typo as Error).message).toBe('There is no cache policy "lur". Did you mean "lru"?');
    const offline = await attempt({ cachePolicy: 'belady' });
    expect((offline as Error).message).toBe('Cache policy "belady" is offline: it needs the whole trace in advance.');
    const both = await attempt({ cachePolicy: 'couler', evictionPolicy: largestFirstEvictionPolicy });
    expect((both as Error).message).toBe('Give either a cache policy ("couler") or an eviction policy ("largest-first"), not both.');
    const size = await attempt({ maxCacheBytes: -1 });
    expect((size as Error).message).toContain('The cache size limit must be a number of bytes, 0 or more; got -1.');

    const store = new StateStore(resolveCoulerHome(home).database);
    try {
      expect(store.listRuns()).toEqual([]);
    } finally {
      store.close();
    }
    expect(linesOf(log)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { CacheController } from './cache-controller';

describe('CacheController', () => {
  const steps = [
    { name: 'prep', inputs: [] },
    { name: 'train', inputs: ['prep'] },
  ];

  it('drives an engine cache: lookups, offers, evictions by the chosen policy', () => {
    const cache = new CacheController({ steps, capacityBytes: 3e9, policy: 'lru' });
    cache.startRun();
    expect(cache.lookup('prep', 'p1')).toBe(false);
    expect(cache.offer({ step: 'prep', version: 'p1', bytes: 2e9, recomputeSeconds: 100 })).toEqual({ admitted: true, evicted: [] });
    expect(cache.lookup('train', 't1')).toBe(false);
    expect(cache.read('prep', 'p1')).toBe(true);
    expect(cache.offer({ step: 'train', version: 't1', bytes: 1e9, recomputeSeconds: 500 })).toEqual({ admitted: true, evicted: [] });
    cache.startRun();
    expect(cache.lookup('prep', 'p1')).toBe(true);
    expect(cache.lookup('train', 't2')).toBe(false);
    // LRU: prep was just hit, so the older train@t1 goes.
    expect(cache.offer({ step: 'train', version: 't2', bytes: 1e9, recomputeSeconds: 500 })).toEqual({ admitted: true, evicted: ['train@t1'] });
    expect(cache.keys().sort()).toEqual(['prep@p1', 'train@t2']);
    expect(cache.usedBytes).toBe(3e9);
  });

  it('defaults to the couler policy and refuses unknown ones', () => {
    const cache = new CacheController({ steps, capacityBytes: 1e9 });
    cache.startRun();
    cache.lookup('prep', 'p1');
    expect(cache.offer({ step: 'prep', version: 'p1', bytes: 5e8, recomputeSeconds: 100 }).admitted).toBe(true);
    expect(() => new CacheController({ steps, capacityBytes: 1e9, policy: 'lfru' })).toThrow(/no cache policy "lfru"/);
  });
});

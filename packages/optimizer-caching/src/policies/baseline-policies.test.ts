import { describe, expect, it } from 'vitest';
import { candidate, entry, graphOf, policyOn, stateOf } from '../__tests__/harness';
import { createCacheAllPolicy, createFifoPolicy, createLfuPolicy, createLruPolicy, createNoCachePolicy } from './basic-policies';
import { createCachePolicy } from './create-cache-policy';
import { createGdsfPolicy } from './gdsf-policy';
import { createLrcPolicy } from './lrc-policy';
import { createMrdPolicy } from './mrd-policy';

const graph = graphOf({ a: [], b: ['a'], c: ['a'], d: ['b', 'c'], e: ['d'] });
const full = [
  entry('a', 4, { insertedAt: 1, lastAccessAt: 9, hits: 1 }),
  entry('b', 3, { insertedAt: 2, lastAccessAt: 3, hits: 5 }),
  entry('c', 3, { insertedAt: 3, lastAccessAt: 8, hits: 0 }),
];

describe('classic baselines', () => {
  it('none never admits; all admits everything and is unbounded', () => {
    expect(policyOn(createNoCachePolicy(), graph, 10).admit(candidate('d', 1), stateOf([], 10)).admit).toBe(false);
    const all = policyOn(createCacheAllPolicy(), graph, 10);
    expect(all.unbounded).toBe(true);
    expect(all.admit(candidate('d', 100), stateOf(full, 10))).toEqual({ admit: true, evict: [] });
  });

  it('FIFO evicts the oldest insertions until the newcomer fits', () => {
    expect(policyOn(createFifoPolicy(), graph, 10).admit(candidate('d', 5), stateOf(full, 10))).toEqual({ admit: true, evict: ['a@v1', 'b@v1'] });
  });

  it('LRU evicts the least recently used', () => {
    expect(policyOn(createLruPolicy(), graph, 10).admit(candidate('d', 2), stateOf(full, 10))).toEqual({ admit: true, evict: ['b@v1'] });
  });

  it('LFU evicts the least frequently used', () => {
    expect(policyOn(createLfuPolicy(), graph, 10).admit(candidate('d', 2), stateOf(full, 10))).toEqual({ admit: true, evict: ['c@v1'] });
  });

  it('turns away an artifact larger than the cache without evicting', () => {
    for (const factory of [createFifoPolicy(), createLruPolicy(), createLfuPolicy(), createGdsfPolicy(), createLrcPolicy(), createMrdPolicy()]) {
      expect(policyOn(factory, graph, 10).admit(candidate('d', 11), stateOf(full, 10))).toEqual({ admit: false, evict: [] });
    }
  });
});

describe('GDSF', () => {
  it('evicts the lowest frequency · cost / size first, and ages priorities by inflation', () => {
    const policy = policyOn(createGdsfPolicy(), graph, 10);
    // H = frequency · cost / size: a = 1·400/4 = 100, b = 1·30/3 = 10, c = 1·600/3 = 200.
    const entries = [entry('a', 4, { recomputeSeconds: 400 }), entry('b', 3, { recomputeSeconds: 30 }), entry('c', 3, { recomputeSeconds: 600 })];
    expect(policy.admit(candidate('d', 2, { recomputeSeconds: 10 }), stateOf(entries, 10))).toEqual({ admit: true, evict: ['b@v1'] });
    policy.onEvict?.(entries[1]!, stateOf(entries, 10));
    // L is now 10: d enters with 10 + 10/2 = 15, below a (100): d goes first next time.
    const after = [entries[0]!, entries[2]!, entry('d', 2, { recomputeSeconds: 10 })];
    expect(policy.admit(candidate('e', 3, { recomputeSeconds: 1000 }), stateOf(after, 10))).toEqual({ admit: true, evict: ['d@v1'] });
  });

  it('a hit raises the priority', () => {
    const policy = policyOn(createGdsfPolicy(), graph, 10);
    const entries = [entry('a', 5, { recomputeSeconds: 100 }), entry('b', 5, { recomputeSeconds: 150 })];
    policy.onHit?.(entries[0]!, stateOf(entries, 10));
    policy.onHit?.({ ...entries[0]!, hits: 1 }, stateOf(entries, 10));
    // a: 3 · 100/5 = 60 beats b: 1 · 150/5 = 30.
    expect(policy.admit(candidate('c', 5), stateOf(entries, 10)).evict).toEqual(['b@v1']);
  });
});

describe('LRC and MRD read the DAG', () => {
  // Run in progress: a, b, c looked up; d and e still to come. b is read by d; a by nobody left.
  const position = { stepIndex: 2, doneInRun: new Map([['a', 'v1'], ['b', 'v1'], ['c', 'v1']]) };
  const entries = [entry('a', 4, { lastAccessAt: 5 }), entry('b', 3, { lastAccessAt: 1 }), entry('c', 3, { lastAccessAt: 2 })];

  function primed(factory: typeof createLrcPolicy) {
    const policy = policyOn(factory(), graph, 10);
    for (const name of ['a', 'b', 'c']) policy.onLookup?.(`${name}@v1`, name, stateOf(entries, 10, position));
    return policy;
  }

  it('LRC evicts the artifact with the fewest references to come (a: only its next-run lookup)', () => {
    expect(primed(createLrcPolicy).admit(candidate('d', 2), stateOf(entries, 10, position)).evict).toEqual(['a@v1']);
  });

  it('LRC counts a superseded version as unreferenced', () => {
    const policy = primed(createLrcPolicy);
    const stale = [...entries, entry('b', 1, { key: 'b@old', version: 'old', lastAccessAt: 9 })];
    expect(policy.admit(candidate('d', 1), stateOf(stale, 11, position)).evict).toEqual(['b@old']);
  });

  it('MRD evicts the artifact referenced furthest ahead (a: next run; b, c: by d now)', () => {
    expect(primed(createMrdPolicy).admit(candidate('d', 2), stateOf(entries, 10, position)).evict).toEqual(['a@v1']);
  });
});

describe('createCachePolicy', () => {
  it('knows every online policy by id', () => {
    for (const id of ['couler', 'couler-paper', 'none', 'all', 'fifo', 'lru', 'lfu', 'gdsf', 'lrc', 'mrd']) {
      expect(policyOn(createCachePolicy(id), graph, 10).policyId).toBe(id);
    }
  });

  it('suggests the closest id for a typo and explains offline ids', () => {
    expect(() => createCachePolicy('lur')).toThrow(/There is no cache policy "lur"\. Did you mean "lru"\?/);
    expect(() => createCachePolicy('belady')).toThrow(/offline/);
  });
});

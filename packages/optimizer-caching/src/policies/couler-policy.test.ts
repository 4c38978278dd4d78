import { describe, expect, it } from 'vitest';
import { candidate, entry, GB, graphOf, policyOn, stateOf } from '../__tests__/harness';
import { createCoulerPolicy } from './couler-policy';

describe('couler', () => {
  it('keeps the older version a step went back to over one that merely stayed current longer', () => {
    const graph = graphOf({ train: [], other: [] });
    const policy = policyOn(createCoulerPolicy(), graph, 2 * GB);
    const older = [entry('train', GB, { key: 'train@a', version: 'a', recomputeSeconds: 1000 }), entry('train', GB, { key: 'train@b', version: 'b', recomputeSeconds: 1000 })];
    // train asks for a in four runs, then b, c, back to b, back to c: a was current longest,
    // b is the one the developer returned to.
    for (const [run, version] of ['a', 'a', 'a', 'a', 'b', 'c', 'b', 'c'].entries()) policy.onLookup!(`train@${version}`, 'train', stateOf(older, 2 * GB, { run }));
    policy.onLookup!('other@v1', 'other', stateOf(older, 2 * GB, { run: 8 }));
    const decision = policy.admit(candidate('other', GB, { recomputeSeconds: 1000 }), stateOf(older, 2 * GB, { run: 8 }));
    expect(decision).toEqual({ admit: true, evict: ['train@a'] });
  });
});

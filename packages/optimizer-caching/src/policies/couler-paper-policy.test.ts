import { describe, expect, it } from 'vitest';
import { candidate, entry, GB, graphOf, policyOn, stateOf } from '../__tests__/harness';
import { PAPER_IMPORTANCE_WEIGHTS } from '../importance/importance-factor';
import { createCoulerPaperPolicy, scoreArtifact } from './couler-paper-policy';

/**
 * The running example of the paper's Fig. 4: J1…J5 have run, J6 has just finished, J7 and J8
 * wait. The cache (10 GB) holds a2 (2 GB), a3 (3 GB), a4 (2 GB) and a5 (1.5 GB); a1 is not
 * cached. Scores by hand, with every job's version known and w = the seconds below:
 *   a5: G_p = {J5} (J3 cached), L = 0; G_s = {} (J6 joins the set), F = 0; I = −e^(−0.15) = −0.8607
 *   a4: G_p = {J4} (J2 cached), L = 0; I = −e^(−0.2) = −0.8187
 *   a6: G_p = {J6} (J4, J5 cached), L = 0, F = 0; I = −e^(−0.2) = −0.8187 > I(a5)
 *   a2, a3: G_p = {J2 | J3, J1}, L = w1 + d1·d2 = 104; I ≈ 6.16 and 6.24
 */
const graph = graphOf({ j1: [], j2: ['j1'], j3: ['j1'], j4: ['j2'], j5: ['j3'], j6: ['j4', 'j5'], j7: ['j6'], j8: ['j6'] });
const seconds: Record<string, number> = { j1: 100, j2: 50, j3: 400, j4: 30, j5: 20, j6: 200 };

function runningExample(a6Bytes: number, capacity = 10 * GB) {
  const policy = policyOn(createCoulerPaperPolicy(), graph, capacity);
  const cached = [entry('j2', 2 * GB), entry('j3', 3 * GB), entry('j4', 2 * GB), entry('j5', 1.5 * GB)];
  // The policy learns versions and job durations from lookups and offers, as in a run.
  for (const name of ['j1', 'j2', 'j3', 'j4', 'j5', 'j6']) policy.onLookup?.(`${name}@v1`, name, stateOf(cached, capacity));
  for (const name of ['j1', 'j2', 'j3', 'j4', 'j5']) policy.admit(candidate(name, 100 * GB, { recomputeSeconds: seconds[name]! }), stateOf(cached, capacity));
  return policy.admit(candidate('j6', a6Bytes, { recomputeSeconds: seconds.j6! }), stateOf(cached, capacity));
}

describe('Algorithm 2 (couler-paper)', () => {
  it('admits a new artifact that fits without evicting anything', () => {
    const policy = policyOn(createCoulerPaperPolicy(), graph, 10 * GB);
    expect(policy.admit(candidate('j6', 1 * GB), stateOf([entry('j2', 2 * GB)], 10 * GB))).toEqual({ admit: true, evict: [] });
  });

  it('Fig. 4: a6 scores higher than a5, the lowest-scored artifact, and replaces it', () => {
    expect(runningExample(2 * GB)).toEqual({ admit: true, evict: ['j5@v1'] });
  });

  it('Fig. 4: when the room is still short, it goes on to the next lowest (scores recomputed)', () => {
    // a6 = 3.5 GB: after a5 leaves, J5 is uncached, so G_p(a6) = {J6, J5} and L(a6) = 20 + 2·4 = 28;
    // a4 (−0.8187) is now the lowest and leaves too.
    expect(runningExample(3.5 * GB)).toEqual({ admit: true, evict: ['j5@v1', 'j4@v1'] });
  });

  it('turns the new artifact away when it scores lowest', () => {
    // Capacity 9 GB: I(a6 = 1 GB) = −e^(−1/9) = −0.8948 is below I(a5) = −e^(−1.5/9) = −0.8465.
    expect(runningExample(1 * GB, 9 * GB)).toEqual({ admit: false, evict: [] });
  });

  it('scores match the hand computation', () => {
    const cachedSet = new Set(['j2', 'j3', 'j4', 'j5', 'j6']);
    const input = {
      graph,
      weights: PAPER_IMPORTANCE_WEIGHTS,
      capacityBytes: 10 * GB,
      weight: (job: number) => seconds[graph.names[job]!] ?? 0,
      isCached: (job: number) => cachedSet.has(graph.names[job]!),
    };
    expect(scoreArtifact(input, { key: 'a5', step: 'j5', bytes: 1.5 * GB, reused: false }).importance).toBeCloseTo(-Math.exp(-0.15), 12);
    expect(scoreArtifact(input, { key: 'a6', step: 'j6', bytes: 2 * GB, reused: false }).importance).toBeCloseTo(-Math.exp(-0.2), 12);
    const a2 = scoreArtifact(input, { key: 'a2', step: 'j2', bytes: 2 * GB, reused: false });
    expect(a2.reconstruction).toBe(104);
    expect(a2.importance).toBeCloseTo(1.5 * Math.log(105) - Math.exp(-0.2), 12);
  });

  it('never admits an artifact larger than the cache', () => {
    const policy = policyOn(createCoulerPaperPolicy(), graph, 1 * GB);
    expect(policy.admit(candidate('j6', 2 * GB), stateOf([], 1 * GB))).toEqual({ admit: false, evict: [] });
  });
});

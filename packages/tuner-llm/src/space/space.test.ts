import type { SearchDimension } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { spearmanRho } from '../algorithm/rank';
import { halvingSchedule } from '../search/successive-halving';
import { checkCandidate, fits } from './candidate';
import { gridCandidates, sampleCandidates } from './sample-candidates';

const space: Record<'rate' | 'depth' | 'kernel', SearchDimension> = { rate: { type: 'number', min: 1e-4, max: 1, log: true }, depth: { type: 'integer', min: 2, max: 12 }, kernel: { type: 'choice', values: ['rbf', 'linear'] } };

describe('search spaces', () => {
  it('sample distinct candidates inside the space, the same for the same seed', () => {
    const candidates = sampleCandidates(space, 40, 5);
    expect(candidates).toHaveLength(40);
    expect(new Set(candidates.map((candidate) => JSON.stringify(candidate))).size).toBe(40);
    for (const candidate of candidates) for (const [name, dimension] of Object.entries(space)) expect(fits(candidate[name], dimension)).toBe(true);
    expect(sampleCandidates(space, 40, 5)).toEqual(candidates);
    expect(sampleCandidates(space, 40, 6)).not.toEqual(candidates);
    // Log scale: about as many rates below 0.01 as above (uniform would put 99 % above).
    const small = candidates.filter((candidate) => (candidate.rate as number) < 0.01).length;
    expect(small).toBeGreaterThan(10);
  });

  it('stops at the size of a small discrete space, and grids every choice and range', () => {
    expect(sampleCandidates({ kernel: space.kernel }, 10, 1)).toHaveLength(2);
    const grid = gridCandidates({ depth: space.depth, kernel: space.kernel }, 3);
    expect(grid.map((candidate) => `${candidate.depth}${candidate.kernel}`)).toEqual(['2rbf', '2linear', '7rbf', '7linear', '12rbf', '12linear']);
  });

  it('check explicit candidates against the space', () => {
    expect(checkCandidate({ rate: 0.1, depth: 3, kernel: 'rbf' }, space, 'Candidate 1')).toEqual({ rate: 0.1, depth: 3, kernel: 'rbf' });
    expect(() => checkCandidate({ rate: 0.1, depth: 3.5, kernel: 'rbf' }, space, 'Candidate 1')).toThrow('sets "depth" to 3.5, outside its search space (an integer from 2 to 12)');
    expect(() => checkCandidate({ rate: 0.1, kernel: 'poly', extra: 1 }, space, 'Candidate 2')).toThrow('Candidate 2 lacks "depth" and has "extra", not in the search space.');
  });
});

describe("Spearman's rho and the halving schedule", () => {
  it('rho is 1 for the same order, -1 for the opposite, averages ties, and is undefined without variation', () => {
    expect(spearmanRho([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearmanRho([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(spearmanRho([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9487, 4);
    expect(spearmanRho([1, 1], [1, 2])).toBeUndefined();
    expect(spearmanRho([1], [1])).toBeUndefined();
  });

  it('the schedule starts as many candidates as the budget allows over the rungs', () => {
    expect(halvingSchedule({ parameter: 'epochs', min: 1, max: 9 }, 13)).toEqual({ rungs: [{ candidates: 9, fidelity: 1 }, { candidates: 3, fidelity: 3 }, { candidates: 1, fidelity: 9 }], trainings: 13 });
    expect(halvingSchedule({ parameter: 'epochs', min: 1, max: 27 }, 20).trainings).toBeLessThanOrEqual(20);
    expect(halvingSchedule({ parameter: 'epochs', min: 2, max: 10 }, 5).rungs.map((rung) => rung.fidelity)).toEqual([2, 6, 10]);
  });
});

import { describe, expect, it } from 'vitest';
import { graphOf } from '../__tests__/harness';
import { cachingCost, importanceFactor, predecessorSubgraph, reconstructionCost, reuseValue, successorSubgraph, zeta } from './importance-factor';

// J1 → J2 → J4 → J6 → J7, J1 → J3 → J5 → J6 → J8: the shape of the paper's Fig. 4.
const graph = graphOf({ j1: [], j2: ['j1'], j3: ['j1'], j4: ['j2'], j5: ['j3'], j6: ['j4', 'j5'], j7: ['j6'], j8: ['j6'] });
const job = (name: string) => graph.indexOf.get(name)!;
const weights: Record<string, number> = { j1: 100, j2: 50, j3: 400, j4: 30, j5: 20, j6: 200, j7: 10, j8: 10 };
const w = (index: number) => weights[graph.names[index]!]!;
const none = () => false;

describe('G_p and G_s (n layers, truncated at cached artifacts)', () => {
  it('takes n layers of predecessors, job u included', () => {
    expect(predecessorSubgraph(graph, job('j6'), 1, none).map((index) => graph.names[index]).sort()).toEqual(['j4', 'j5', 'j6']);
    expect(predecessorSubgraph(graph, job('j6'), 3, none).map((index) => graph.names[index]).sort()).toEqual(['j1', 'j2', 'j3', 'j4', 'j5', 'j6']);
  });

  it('stops at a job whose artifact is cached, leaving it and what is behind it out', () => {
    const cached = (index: number) => graph.names[index] === 'j4';
    expect(predecessorSubgraph(graph, job('j6'), 3, cached).map((index) => graph.names[index]).sort()).toEqual(['j1', 'j3', 'j5', 'j6']);
  });

  it('gives successors with their distance in hops', () => {
    expect([...successorSubgraph(graph, job('j2'), 3, none)].map(([index, kappa]) => [graph.names[index], kappa])).toEqual([
      ['j4', 1],
      ['j6', 2],
      ['j7', 3],
      ['j8', 3],
    ]);
  });
});

describe('equation 3: L(u) = Σ A_ij (w_i + d_i d_j) over G_p', () => {
  it('sums each edge inside G_p once, with the source job weight and both degrees', () => {
    // G_p(j4, n = 2) = {j4, j2, j1}; edges j1→j2 and j2→j4; every degree is 2.
    const subgraph = predecessorSubgraph(graph, job('j4'), 2, none);
    expect(reconstructionCost(graph, subgraph, w)).toBe(100 + 2 * 2 + (50 + 2 * 2));
  });

  it('is 0 for a lone job: as written, the job u itself is never charged', () => {
    expect(reconstructionCost(graph, [job('j4')], w)).toBe(0);
  });

  it('uses degrees in the whole DAG (j6 has four)', () => {
    // {j6, j5}: edge j5→j6 = w5 + d5·d6 = 20 + 2·4.
    expect(reconstructionCost(graph, [job('j6'), job('j5')], w)).toBe(28);
  });
});

describe('equations 4 and 5: F(u) = Σ r/κ_ui (ζ_ui + 1), ζ = diag(d) − A', () => {
  it('ζ is the degree on the diagonal, −1 for a direct consumer, 0 otherwise', () => {
    expect(zeta(graph, job('j6'), job('j6'))).toBe(4);
    expect(zeta(graph, job('j6'), job('j7'))).toBe(-1);
    expect(zeta(graph, job('j2'), job('j6'))).toBe(0);
  });

  it('direct consumers add 0; a job two hops away adds 1/2, three hops 1/3', () => {
    const successors = successorSubgraph(graph, job('j2'), 3, none);
    expect(reuseValue(graph, job('j2'), successors, true)).toBeCloseTo(0 + 1 / 2 + 1 / 3 + 1 / 3, 12);
  });

  it('is 0 without a reuse event (r = 0)', () => {
    expect(reuseValue(graph, job('j2'), successorSubgraph(graph, job('j2'), 3, none), false)).toBe(0);
  });
});

describe('equation 6: I(u) = α ln(1 + L) + β F² − e^(−V)', () => {
  it('combines the terms with the paper weights α = 1.5, β = 1', () => {
    expect(importanceFactor({ reconstruction: 104, reuse: 0.5, cachingCost: 0.2 }, { alpha: 1.5, beta: 1 })).toBeCloseTo(1.5 * Math.log(105) + 0.25 - Math.exp(-0.2), 12);
  });

  it('V is the size as a share of the capacity', () => {
    expect(cachingCost(2e9, 10e9)).toBe(0.2);
    expect(cachingCost(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('as written, rewards larger artifacts (−e^(−V) grows with V)', () => {
    const small = importanceFactor({ reconstruction: 0, reuse: 0, cachingCost: 0.1 }, { alpha: 1.5, beta: 1 });
    const large = importanceFactor({ reconstruction: 0, reuse: 0, cachingCost: 0.9 }, { alpha: 1.5, beta: 1 });
    expect(large).toBeGreaterThan(small);
  });
});

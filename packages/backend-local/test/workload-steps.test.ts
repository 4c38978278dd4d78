import { describe, expect, it } from 'vitest';
import { orderWorkloadSteps } from '../src/cache/workload-steps';

describe('orderWorkloadSteps', () => {
  it('lists inputs first, ties by name, and drops inputs that are not steps', () => {
    const inputs: Record<string, string[]> = { train: ['prepare', 'gone'], prepare: [], report: ['train', 'prepare'], audit: [] };
    expect(orderWorkloadSteps(Object.keys(inputs), (name) => inputs[name]!)).toEqual([
      { name: 'audit', inputs: [] },
      { name: 'prepare', inputs: [] },
      { name: 'train', inputs: ['prepare'] },
      { name: 'report', inputs: ['prepare', 'train'] },
    ]);
  });

  it('puts steps caught in a cycle (two versions of a workflow disagreeing) last, keeping only earlier inputs', () => {
    const inputs: Record<string, string[]> = { a: [], b: ['a', 'c'], c: ['b'] };
    expect(orderWorkloadSteps(Object.keys(inputs), (name) => inputs[name]!)).toEqual([
      { name: 'a', inputs: [] },
      { name: 'b', inputs: ['a'] },
      { name: 'c', inputs: ['b'] },
    ]);
  });
});

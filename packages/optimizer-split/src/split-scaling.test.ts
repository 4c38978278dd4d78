import { parseWorkflow } from '@couler/ir';
import { countOperations, operationGrowth, scalingWorkflow, type ScalingShape } from '@couler/ir/test';
import { describe, expect, test } from 'vitest';
import { compileSplitToArgo } from './argo/compile-split-to-argo';
import { SPLIT_ALGORITHMS, splitWorkflow } from './split-workflow';

// Operations counted, not time (see countOperations in @couler/ir/test): a workflow ten times
// larger may cost at most ~15 times as much to split. This file runs alone so that the counting
// starts before the code it counts first runs.
const MOST = 15;
const cases = Object.keys(SPLIT_ALGORITHMS).flatMap((algorithm) => (['layered', 'chain', 'fanOut'] as ScalingShape[]).map((shape) => [algorithm, shape] as const));

describe('splitting grows linearly with the workflow', () => {
  test.each(cases)('%s on a %s workflow: 10× the steps, at most 15× the work', async (algorithm, shape) => {
    const growth = await operationGrowth((size) => splitWorkflow(scalingWorkflow(shape, size, { width: 100 }), { algorithm: algorithm as keyof typeof SPLIT_ALGORITHMS }), 500);
    expect(growth).toBeLessThan(MOST);
  });

  test('a concurrent group every ten steps, split into parts of 20 steps: 10× the steps, groups and parts, at most 15× the work', async () => {
    const grouped = (size: number) => {
      const base = scalingWorkflow('layered', size, { width: 100 });
      const groups = Array.from({ length: size / 10 }, (_, group) => ({
        name: `g${group}`,
        kind: 'concurrent' as const,
        branches: [0, 5].map((offset) => Array.from({ length: 5 }, (_, index) => `s${group * 10 + offset + index}`)),
      }));
      return { ...base, spec: { ...base.spec, groups } };
    };
    const growth = await operationGrowth((size) => {
      if (splitWorkflow(grouped(size), { budget: { steps: 20 } }).parts.length < size / 20) throw new Error('not split');
    }, 1_000);
    expect(growth).toBeLessThan(MOST);
  });

  test('split and compiled to Argo parts, each checked (couler compile --split): 10× the steps, at most 15× the work', async () => {
    const growth = await operationGrowth((size) => compileSplitToArgo(splitWorkflow(scalingWorkflow('layered', size, { width: 100 }))), 500);
    expect(growth).toBeLessThan(MOST);
  });

  test('a workflow @couler/ir checked already (parsed, or built by the DSL) is not validated a second time', async () => {
    const unchecked = scalingWorkflow('layered', 2_000, { width: 100 });
    const parsed = parseWorkflow(unchecked);
    splitWorkflow(unchecked);
    const cost = (run: () => unknown) => countOperations(run);
    const uncheckedRatio = (await cost(() => splitWorkflow(unchecked))) / (await cost(() => splitWorkflow(unchecked, { validate: false })));
    const parsedRatio = (await cost(() => splitWorkflow(parsed))) / (await cost(() => splitWorkflow(parsed, { validate: false })));
    // Validation is a good part of the cost of an unchecked workflow (so the check can fail) ...
    expect(uncheckedRatio).toBeGreaterThan(1.3);
    // ... and none of a checked one.
    expect(parsedRatio).toBeLessThan(1.02);
  });
});

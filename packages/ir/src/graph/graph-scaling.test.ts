import { describe, expect, test } from 'vitest';
import { container, workflow } from '../__tests__/workflows';
import { parseWorkflow } from '../serialization/parse-workflow';
import { canonicalizeWorkflow, serializeWorkflow } from '../serialization/serialize-workflow';
import { operationGrowth } from '../test/count-operations';
import { scalingWorkflow, type ScalingShape } from '../test/scaling-workflows';
import { buildStepGraph } from './step-graph';
import { findCycles, topologicalOrder } from './workflow-graph';

// Operations counted, not time (see countOperations): a workflow ten times larger may cost at
// most ~15 times as much. This file runs alone so that the counting starts before the code it
// counts first runs.
const MOST = 15;
const shapes: ScalingShape[] = ['layered', 'chain', 'fanOut'];

describe('the graph and the canonical form grow linearly with the workflow', () => {
  test.each(shapes)('buildStepGraph and topologicalOrder of a %s workflow: 10× the steps, at most 15× the work', async (shape) => {
    const growth = await operationGrowth((size) => topologicalOrder(buildStepGraph(scalingWorkflow(shape, size))), 500);
    expect(growth).toBeLessThan(MOST);
  });

  test.each(shapes)('canonicalizeWorkflow and JSON serialization of a %s workflow, checked or not: at most 15× the work', async (shape) => {
    const growth = await operationGrowth((size) => {
      const generated = scalingWorkflow(shape, size);
      serializeWorkflow(generated);
      canonicalizeWorkflow(parseWorkflow(generated));
    }, 500);
    expect(growth).toBeLessThan(MOST);
  });

  test('findCycles on many small cycles and one long one: at most 15× the work', async () => {
    const cyclic = (size: number) => {
      const pairs = Array.from({ length: size }, (_, index) => container(`p${index}`, { dependencies: [`p${index ^ 1}`] }));
      const ring = Array.from({ length: size }, (_, index) => container(`r${index}`, { dependencies: [`r${(index + 1) % size}`] }));
      return workflow([...pairs, ...ring]);
    };
    const growth = await operationGrowth((size) => {
      if (findCycles(buildStepGraph(cyclic(size))).length !== size / 2 + 1) throw new Error('wrong cycles');
    }, 500);
    expect(growth).toBeLessThan(MOST);
  });
});

import { describe, expect, it } from 'vitest';
import { containerStep, workflowOf } from '../../test/generators';
import { resolveSplitBudget } from '../budget/split-budget';
import { buildSplitGraph } from '../graph/split-graph';
import { criticalPathLength, scheduleParts, topologicalSteps } from './measure-schedule';
import { buildSplitReport } from './split-report';

describe('buildSplitReport', () => {
  it('counts a part’s import of an output once, even when units of another part come between its readers', () => {
    const reads = (name: string) => containerStep(name, [], { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'make', output: 'result' }] } } as never);
    const graph = buildSplitGraph(workflowOf('imports', [containerStep('make'), reads('first'), reads('other'), reads('second')]));
    // Units in number order: make (part 0), first (part 1), other (part 2), second (part 1 again).
    const partOf = Int32Array.from([0, 1, 2, 1]);
    const { order } = topologicalSteps(graph);
    const report = buildSplitReport({
      algorithm: 'test',
      graph,
      budget: resolveSplitBudget({}),
      partOf,
      partNames: ['a', 'b', 'c'],
      schedule: scheduleParts(graph, partOf, 3, order),
      criticalPathBefore: criticalPathLength(graph, order),
      crossings: 1,
    });
    const importOnce = graph.keys[0]!.importBytes;
    const dependencyOnMake = (unit: number) => graph.dependencies[unit]!.reduce((sum, dependency) => sum + (partOf[dependency.unit] === partOf[unit] ? dependency.bytes : 0), 0);
    expect(report.parts[1]!.bytes).toBe(Math.ceil(graph.frameBytes + graph.unitBytes[1]! + graph.unitBytes[3]! + dependencyOnMake(1) + dependencyOnMake(3) + importOnce));
    expect(report.parts[2]!.bytes).toBe(Math.ceil(graph.frameBytes + graph.unitBytes[2]! + importOnce));
  });
});

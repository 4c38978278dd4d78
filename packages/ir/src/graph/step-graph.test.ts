import { fc, test } from '@fast-check/vitest';
import { hasCycle } from 'graphology-dag';
import { describe, expect } from 'vitest';
import { container, echo, output, workflow } from '../__tests__/workflows';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { parseWorkflow } from '../serialization/parse-workflow';
import { canonicalizeWorkflow } from '../serialization/serialize-workflow';
import { stepGraphOf } from '../validation/checked-workflows';
import { buildStepGraph, CONTROL_EDGE, DATA_EDGE, reorderStepGraph, type StepGraph } from './step-graph';
import { hasStepCycle } from './step-graph-order';
import { buildWorkflowGraph, findCycles, topologicalOrder } from './workflow-graph';

function edges(graph: StepGraph): string[] {
  const found: string[] = [];
  for (let target = 0; target < graph.names.length; target++) {
    for (let at = graph.predecessorStart[target]!; at < graph.predecessorStart[target + 1]!; at++) {
      const bits = graph.edgeKinds[at]!;
      const kinds = [bits & CONTROL_EDGE ? 'control' : '', bits & DATA_EDGE ? 'data' : ''].filter(Boolean).join('+');
      found.push(`${graph.names[graph.predecessors[at]!]}->${graph.names[target]}:${kinds}`);
    }
  }
  return found.sort();
}

function successorEdges(graph: StepGraph): string[] {
  const found: string[] = [];
  for (let source = 0; source < graph.names.length; source++) {
    for (let at = graph.successorStart[source]!; at < graph.successorStart[source + 1]!; at++) found.push(`${graph.names[source]}->${graph.names[graph.successors[at]!]}`);
  }
  return found.sort();
}

/** Any directed graph over a few steps (self-loops, repeats, both kinds of edge), as a workflow. */
const workflowArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((size) => fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1), fc.boolean()), { maxLength: size * 3 })))
  .map(([size, pairs]) => {
    const dependencies = Array.from({ length: size }, () => [] as string[]);
    const reads = Array.from({ length: size }, () => [] as ReturnType<typeof output>[]);
    for (const [from, to, data] of pairs) {
      if (data) reads[to]!.push(output(`s${from}`));
      else dependencies[to]!.push(`s${from}`);
    }
    return workflow(dependencies.map((names, index) => echo(`s${index}`, reads[index]!, names.length > 0 ? { dependencies: names } : {})));
  });

describe('buildStepGraph', () => {
  test('one edge per pair of steps with its kinds merged; edges across phases and to unknown steps left out', () => {
    const graph = buildStepGraph(
      workflow(
        [
          container('prep', { outputs: { parameters: [{ name: 'rows', path: '/tmp/rows' }] } }),
          echo('train', [output('prep', 'rows'), output('prep', 'rows')], { dependencies: ['prep', 'prep', 'ghost'] }),
          container('train', { dependencies: ['eval'] }),
          container('eval', { depends: 'train.Succeeded && !prep.Failed' }),
        ],
        { onExit: [echo('notify', [output('train')]), container('cleanup', { dependencies: ['notify'] })] },
      ),
    );
    expect(graph.names).toEqual(['prep', 'train', 'eval', 'notify', 'cleanup']);
    expect(graph.phases).toEqual(['main', 'main', 'main', 'exit', 'exit']);
    expect([...graph.positions]).toEqual([0, 1, 3, 0, 1]);
    // The second "train" is a duplicate (validation reports it); its dependency counts for the first.
    expect(edges(graph)).toEqual(['eval->train:control', 'notify->cleanup:control', 'prep->eval:control', 'prep->train:control+data', 'train->eval:control']);
    expect(successorEdges(graph)).toEqual(edges(graph).map((edge) => edge.split(':')[0]).sort());
  });

  test.prop([workflowArbitrary])('is the graph graphology holds, with the same order and cycles', (generated) => {
    const stepGraph = buildStepGraph(generated);
    const graph = buildWorkflowGraph(generated);
    const pairs = edges(stepGraph).map((edge) => edge.split(':')[0]).sort();
    expect(pairs).toEqual(graph.mapEdges((_edge, _attributes, source, target) => `${source}->${target}`).sort());
    expect(successorEdges(stepGraph)).toEqual(pairs);
    expect(hasStepCycle(stepGraph)).toBe(hasCycle(graph));
    expect(topologicalOrder(stepGraph)).toEqual(topologicalOrder(graph));
    expect(findCycles(stepGraph)).toEqual(findCycles(graph));
  });

  test('a graphology graph edited by its caller is ordered as edited', () => {
    const graph = buildWorkflowGraph(workflow([container('a'), container('b'), container('c')]));
    graph.addDirectedEdge('c', 'a', { kinds: ['control'] });
    graph.dropNode('b');
    expect(topologicalOrder(graph).order).toEqual(['c', 'a']);
    graph.addDirectedEdge('a', 'c', { kinds: ['control'] });
    expect(findCycles(graph)).toEqual([['a', 'c']]);
  });
});

describe('reorderStepGraph', () => {
  /** A workflow from the arbitrary, its main steps shuffled by `keys` and one exit step added. */
  const shuffled = fc.tuple(workflowArbitrary, fc.array(fc.double({ noNaN: true }), { minLength: 12, maxLength: 12 })).map(([generated, keys]) => {
    const withExit: Workflow = { ...generated, spec: { ...generated.spec, onExit: [echo('notify', [output('s0')]), container('cleanup', { dependencies: ['notify', 's0'] })] as unknown as Step[] } };
    const order = withExit.spec.steps.map((step, index) => ({ step, key: keys[index]! })).sort((a, b) => a.key - b.key);
    const reordered: Workflow = { ...withExit, spec: { ...withExit.spec, steps: order.map(({ step }) => step), onExit: [...withExit.spec.onExit!].reverse() } };
    return { original: withExit, reordered };
  });

  test.prop([shuffled])('renumbers the graph of the same steps in another order into what buildStepGraph builds for that order', ({ original, reordered }) => {
    expect(reorderStepGraph(buildStepGraph(original), reordered)).toEqual(buildStepGraph(reordered));
  });

  test('gives nothing for other steps, a repeated name or a step moved between phases: those are built anew', () => {
    const original = workflow([container('a'), container('b', { dependencies: ['a'] })], { onExit: [container('c')] });
    const graph = buildStepGraph(original);
    const other = (steps: Workflow['spec']['steps'], onExit = original.spec.onExit) => ({ ...original, spec: { ...original.spec, steps, onExit } });
    expect(reorderStepGraph(graph, other([container('a') as unknown as Step, original.spec.steps[1]!]))).toBeUndefined();
    expect(reorderStepGraph(graph, other([original.spec.steps[0]!, original.spec.steps[0]!]))).toBeUndefined();
    expect(reorderStepGraph(graph, other([...original.spec.steps, original.spec.onExit![0]!], []))).toBeUndefined();
  });

  test('canonicalizeWorkflow hands the canonical copy its graph renumbered: what the split and the compilers read is the graph of that copy', () => {
    const checked = parseWorkflow(workflow([container('zeta'), container('beta', { dependencies: ['zeta'] }), echo('alpha', [output('zeta')]), container('10'), container('9')]));
    const canonical = canonicalizeWorkflow(checked);
    expect(canonical.spec.steps.map((step) => step.name)).not.toEqual(checked.spec.steps.map((step) => step.name));
    expect(stepGraphOf(canonical)).toEqual(buildStepGraph(canonical));
    expect(stepGraphOf(canonical)).toBe(stepGraphOf(canonical));
  });
});

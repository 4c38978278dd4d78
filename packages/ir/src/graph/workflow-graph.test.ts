import { fc, test } from '@fast-check/vitest';
import { hasCycle } from 'graphology-dag';
import { describe, expect } from 'vitest';
import { container, echo, output, workflow } from '../__tests__/workflows';
import { buildWorkflowGraph, dependenciesOf, findCycles, stepNodeKey, topologicalOrder, type WorkflowGraph } from './workflow-graph';

function edges(graph: WorkflowGraph): string[] {
  return graph.mapEdges((_edge, attributes, source, target) => `${source}->${target}:${attributes.kinds.join('+')}`).sort();
}

describe('buildWorkflowGraph', () => {
  test('has one node per step, main and exit, with phase and index', () => {
    const graph = buildWorkflowGraph(workflow([container('a'), container('b')], { onExit: [container('notify')] }));
    expect(graph.nodes()).toEqual(['a', 'b', 'notify']);
    expect(graph.getNodeAttributes('b')).toMatchObject({ phase: 'main', index: 1 });
    expect(graph.getNodeAttributes('notify')).toMatchObject({ phase: 'exit', index: 0 });
  });

  test('an edge from each step to every step that waits for it: dependencies, depends, and data', () => {
    const graph = buildWorkflowGraph(
      workflow([
        container('prep', { outputs: { parameters: [{ name: 'rows', path: '/tmp/rows' }] } }),
        container('train', { dependencies: ['prep'], inputs: { parameters: [{ name: 'rows', value: output('prep', 'rows') }] } }),
        container('eval', { depends: 'train.Succeeded && !prep.Failed' }),
        echo('report', [{ concat: ['acc=', output('eval')] }], { when: { op: 'equal', left: output('train'), right: 'ok' } }),
        container('sweep', { map: { from: output('prep', 'rows') }, env: [{ name: 'X', value: output('eval') }] }),
      ]),
    );
    expect(edges(graph)).toEqual([
      'eval->report:data',
      'eval->sweep:data',
      'prep->eval:control',
      'prep->sweep:data',
      'prep->train:control+data',
      'train->eval:control',
      'train->report:data',
    ]);
  });

  test('links steps named like Object.prototype properties (constructor is a valid DNS-1123 name)', () => {
    const steps = [container('a'), container('constructor', { dependencies: ['a'] }), container('b', { dependencies: ['constructor'] })];
    const graph = buildWorkflowGraph(workflow(steps));
    expect(graph.size).toBe(2);
    expect(graph.outNeighbors(stepNodeKey('a')).map((key) => graph.getNodeAttribute(key, 'step').name)).toEqual(['constructor']);
    expect(topologicalOrder(graph).order).toEqual(['a', 'constructor', 'b']);
    const cyclic = buildWorkflowGraph(workflow([container('constructor', { dependencies: ['b'] }), container('b', { dependencies: ['constructor'] })]));
    expect(findCycles(cyclic)).toEqual([['b', 'constructor']]);
  });

  test('leaves out edges to steps that do not exist, and keeps the parseable part of a bad depends', () => {
    const graph = buildWorkflowGraph(workflow([container('a', { dependencies: ['ghost'] }), echo('b', [output('nobody')], { depends: 'a &&' })]));
    expect(graph.nodes()).toEqual(['a', 'b']);
    expect(edges(graph)).toEqual([]);
  });

  test('dependenciesOf lists control dependencies first, then data, each once', () => {
    const [, , step] = workflow([container('a'), container('b'), echo('c', [output('b'), output('a')], { dependencies: ['a'], depends: 'b || a' })]).spec.steps;
    expect(dependenciesOf(step!)).toEqual(['a', 'b']);
  });
});

/** A random DAG as a workflow: step i may depend on any step before it, written in random order. */
const dagArbitrary = fc
  .integer({ min: 1, max: 25 })
  .chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1), fc.constantFrom('dependencies', 'depends', 'data')), { maxLength: size * 3 }),
      fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size }),
    ),
  )
  .map(([size, pairs, order]) => {
    const name = (index: number) => `s${index}`;
    const steps = Array.from({ length: size }, (_, index) => ({ dependencies: [] as string[], depends: [] as string[], args: [] as unknown[], index }));
    const expected = new Set<string>();
    for (const [x, y, how] of pairs) {
      if (x === y) continue;
      const [from, to] = x < y ? [x, y] : [y, x];
      expected.add(`${name(from)}->${name(to)}`);
      if (how === 'dependencies') steps[to]!.dependencies.push(name(from));
      else if (how === 'depends') steps[to]!.depends.push(`${name(from)}.Succeeded`);
      else steps[to]!.args.push(output(name(from)));
    }
    const built = order.map((index) => {
      const { dependencies, depends, args } = steps[index]!;
      return echo(name(index), args, {
        ...(dependencies.length > 0 && { dependencies }),
        ...(depends.length > 0 && { depends: depends.join(' && ') }),
      });
    });
    return { workflow: workflow(built), expected };
  });

describe('topologicalOrder', () => {
  test.prop([dagArbitrary])('orders every node after all of its predecessors', ({ workflow: dag, expected }) => {
    const graph = buildWorkflowGraph(dag);
    expect(edges(graph).map((edge) => edge.split(':')[0]).sort()).toEqual([...expected].sort());
    const { order, rest } = topologicalOrder(graph);
    expect(rest).toEqual([]);
    expect([...order].sort()).toEqual(graph.nodes().sort());
    const position = new Map(order.map((node, index) => [node, index]));
    graph.forEachEdge((_edge, _attributes, source, target) => {
      expect(position.get(source)!).toBeLessThan(position.get(target)!);
    });
  });

  test.prop([dagArbitrary])('does not depend on the order the steps were written in', ({ workflow: dag }) => {
    const reversed = { ...dag, spec: { ...dag.spec, steps: [...dag.spec.steps].reverse() } };
    expect(topologicalOrder(buildWorkflowGraph(reversed)).order).toEqual(topologicalOrder(buildWorkflowGraph(dag)).order);
  });

  test('breaks ties by name unless told otherwise', () => {
    const graph = buildWorkflowGraph(workflow([container('c'), container('a'), container('b', { dependencies: ['c'] })]));
    expect(topologicalOrder(graph).order).toEqual(['a', 'c', 'b']);
    expect(topologicalOrder(graph, (x, y) => (x < y ? 1 : x > y ? -1 : 0)).order).toEqual(['c', 'b', 'a']);
  });

  test('puts what sits on or behind a cycle in rest', () => {
    const graph = buildWorkflowGraph(
      workflow([container('a'), container('b', { dependencies: ['a', 'c'] }), container('c', { dependencies: ['b'] }), container('d', { dependencies: ['c'] })]),
    );
    expect(topologicalOrder(graph)).toEqual({ order: ['a'], rest: ['b', 'c', 'd'] });
  });
});

/** Any directed graph over a few steps, self-loops included. */
const graphArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((size) => fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 3 })))
  .map(([size, pairs]) => {
    const dependencies = Array.from({ length: size }, () => new Set<string>());
    for (const [from, to] of pairs) dependencies[to]!.add(`s${from}`);
    return buildWorkflowGraph(workflow(dependencies.map((names, index) => container(`s${index}`, names.size > 0 ? { dependencies: [...names] } : {}))));
  });

describe('findCycles', () => {
  test.prop([graphArbitrary])('reports real cycles, and removing them leaves a DAG', (graph) => {
    const cycles = findCycles(graph);
    expect(cycles.length > 0).toBe(hasCycle(graph));
    for (const cycle of cycles) {
      for (const [index, node] of cycle.entries()) expect(graph.hasDirectedEdge(node, cycle[(index + 1) % cycle.length]!)).toBe(true);
      expect(new Set(cycle).size).toBe(cycle.length);
      expect(cycle[0]).toBe([...cycle].sort()[0]);
    }
    const removed = new Set(cycles.flat());
    expect(removed.size).toBe(cycles.flat().length);
    const rest = graph.copy();
    for (const node of removed) rest.dropNode(node);
    expect(hasCycle(rest)).toBe(false);
  });

  test('stays fast with thousands of small cycles', () => {
    const steps = Array.from({ length: 4_000 }, (_, index) => container(`s${index}`, { dependencies: [`s${index ^ 1}`] }));
    const graph = buildWorkflowGraph(workflow(steps));
    expect(findCycles(graph)).toHaveLength(2_000);
  });
});

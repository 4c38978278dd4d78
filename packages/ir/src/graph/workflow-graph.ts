import { DirectedGraph } from 'graphology';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { parseDependsExpression, stepsOfDependsExpression } from './depends-expression';
import { dataDependenciesOf } from './step-references';

export type StepPhase = 'main' | 'exit';

export interface StepNodeAttributes {
  step: Step;
  phase: StepPhase;
  /** Position in `spec.steps` (or `spec.onExit`). */
  index: number;
}

export interface DependencyEdgeAttributes {
  /** `control`: named in dependencies/depends. `data`: the target reads the source's outputs. */
  kinds: Array<'control' | 'data'>;
}

export type WorkflowGraph = DirectedGraph<StepNodeAttributes, DependencyEdgeAttributes>;

/**
 * The graph's key for a step. It is the step's name, except for names that are also
 * properties of `Object.prototype` (`constructor` is a valid DNS-1123 label): graphology keeps
 * neighbours in plain objects, where such a name already "exists", so it could never link the
 * step. Those get a trailing NUL, which no step name can contain. Read a node's step name from
 * its `step` attribute, or use `topologicalOrder`/`findCycles`, which return step names.
 */
export function stepNodeKey(name: string): string {
  return name in Object.prototype ? `${name}\u0000` : name;
}

/** Control dependencies a step names: its `dependencies` plus the steps its `depends` mentions. */
export function controlDependenciesOf(step: Step): string[] {
  const names = new Set(step.dependencies ?? []);
  if (step.depends !== undefined) {
    try {
      for (const name of stepsOfDependsExpression(parseDependsExpression(step.depends))) names.add(name);
    } catch {
      // An unparsable expression is reported by validation; the graph keeps what it can.
    }
  }
  return [...names];
}

/** Every step this one waits for: control dependencies first, then data dependencies. */
export function dependenciesOf(step: Step): string[] {
  return [...new Set([...controlDependenciesOf(step), ...dataDependenciesOf(step)])];
}

/**
 * The workflow as a graphology DAG: one node per step (main and exit-handler steps), an edge
 * from each step to every step that waits for it. Edges to unknown steps are left out
 * (validation reports them), so the graph can be built from any parsed workflow.
 */
export function buildWorkflowGraph(workflow: Workflow): WorkflowGraph {
  const graph: WorkflowGraph = new DirectedGraph();
  const phases: Array<[StepPhase, ReadonlyArray<Step>]> = [
    ['main', workflow.spec.steps],
    ['exit', workflow.spec.onExit ?? []],
  ];
  for (const [phase, steps] of phases) {
    steps.forEach((step, index) => {
      const key = stepNodeKey(step.name);
      if (!graph.hasNode(key)) graph.addNode(key, { step, phase, index });
    });
  }
  const addEdge = (sourceName: string, targetName: string, kind: 'control' | 'data') => {
    const source = stepNodeKey(sourceName);
    const target = stepNodeKey(targetName);
    if (!graph.hasNode(source) || !graph.hasNode(target)) return;
    // An exit-handler step may read a main step's output; it runs after every main step anyway,
    // so the graph keeps each phase's edges to itself.
    if (graph.getNodeAttribute(source, 'phase') !== graph.getNodeAttribute(target, 'phase')) return;
    const existing = graph.edge(source, target);
    if (existing === undefined) graph.addDirectedEdge(source, target, { kinds: [kind] });
    else {
      const kinds = graph.getEdgeAttribute(existing, 'kinds');
      if (!kinds.includes(kind)) kinds.push(kind);
    }
  };
  for (const [, steps] of phases) {
    for (const step of steps) {
      for (const name of controlDependenciesOf(step)) addEdge(name, step.name, 'control');
      for (const name of dataDependenciesOf(step)) addEdge(name, step.name, 'data');
    }
  }
  return graph;
}

/** The inverse of `stepNodeKey`. */
function stepNameOfNodeKey(key: string): string {
  return key.endsWith('\u0000') ? key.slice(0, -1) : key;
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Kahn's algorithm with a deterministic tie-break (by `compare` on step names), O((V + E) log V).
 * Returns the names of every step that is not on or behind a cycle, in order; `rest` holds the
 * others.
 */
export function topologicalOrder(
  graph: WorkflowGraph,
  compare: (a: string, b: string) => number = compareNames,
): { order: string[]; rest: string[] } {
  const { order, rest } = topologicalNodeKeys(graph, compare);
  return { order: order.map(stepNameOfNodeKey), rest: rest.map(stepNameOfNodeKey) };
}

function topologicalNodeKeys(graph: WorkflowGraph, compareStepNames: (a: string, b: string) => number): { order: string[]; rest: string[] } {
  const compare = compareStepNames === compareNames ? compareNames : (a: string, b: string) => compareStepNames(stepNameOfNodeKey(a), stepNameOfNodeKey(b));
  const inDegree = new Map<string, number>();
  graph.forEachNode((node) => inDegree.set(node, graph.inDegree(node)));
  const ready = new MinHeap<string>(compare);
  for (const [node, degree] of inDegree) if (degree === 0) ready.push(node);
  const order: string[] = [];
  while (ready.size > 0) {
    const node = ready.pop()!;
    order.push(node);
    graph.forEachOutNeighbor(node, (next) => {
      const degree = inDegree.get(next)! - 1;
      inDegree.set(next, degree);
      if (degree === 0) ready.push(next);
    });
  }
  const rest = order.length === graph.order ? [] : graph.nodes().filter((node) => inDegree.get(node)! > 0);
  return { order, rest };
}

/**
 * Concrete cycles, each as the list of its steps in dependency order (`a → b → c → a` gives
 * `['a', 'b', 'c']`). Every cycle the graph has is broken by removing the ones reported.
 */
export function findCycles(graph: WorkflowGraph): string[][] {
  const cycles: string[][] = [];
  // Nodes on or behind a cycle. Each keeps its count of predecessors still in the set, so that
  // dropping a cycle releases what sat behind it without another pass over the graph: O(V + E)
  // for the bookkeeping however many cycles there are.
  const remaining = new Set(topologicalNodeKeys(graph, compareNames).rest);
  const inDegree = new Map<string, number>();
  for (const node of remaining) inDegree.set(node, graph.inNeighbors(node).filter((neighbor) => remaining.has(neighbor)).length);
  const drop = (node: string, released: string[]) => {
    if (!remaining.delete(node)) return;
    graph.forEachOutNeighbor(node, (next) => {
      if (!remaining.has(next)) return;
      const degree = inDegree.get(next)! - 1;
      inDegree.set(next, degree);
      if (degree === 0) released.push(next);
    });
  };
  const starts = [...remaining].sort();
  let nextStart = 0;
  while (remaining.size > 0) {
    while (!remaining.has(starts[nextStart]!)) nextStart++;
    // Every remaining node has a remaining predecessor, so walking backwards must repeat.
    const start = starts[nextStart]!;
    const seenAt = new Map<string, number>();
    const walk: string[] = [];
    let node = start;
    while (!seenAt.has(node)) {
      seenAt.set(node, walk.length);
      walk.push(node);
      const previous = graph.inNeighbors(node).filter((neighbor) => remaining.has(neighbor)).sort();
      node = previous.includes(node) ? node : previous[0]!;
    }
    const cycle = walk.slice(seenAt.get(node)).reverse();
    cycles.push(rotateToSmallest(cycle.map(stepNameOfNodeKey)));
    // Drop the cycle, then whatever no longer sits on or behind one.
    const released: string[] = [];
    for (const member of cycle) drop(member, released);
    while (released.length > 0) drop(released.pop()!, released);
  }
  return cycles;
}

function rotateToSmallest(cycle: string[]): string[] {
  let smallest = 0;
  cycle.forEach((name, index) => {
    if (name < cycle[smallest]!) smallest = index;
  });
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

/** A binary heap; the priority queue behind the deterministic topological order. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.compare(items[index]!, items[parent]!) >= 0) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === index) break;
        [items[index], items[smallest]] = [items[smallest]!, items[index]!];
        index = smallest;
      }
    }
    return top;
  }
}

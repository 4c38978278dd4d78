import { DirectedGraph } from 'graphology';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { buildStepGraph, CONTROL_EDGE, DATA_EDGE, isStepGraph, type StepGraph, type StepPhase } from './step-graph';
import { compareNames, cycleNodes, topologicalNodes } from './step-graph-order';

export type { StepPhase } from './step-graph';
export { controlDependenciesOf, dependenciesOf } from './step-dependencies';

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

/**
 * The workflow as a graphology DAG: one node per step (main and exit-handler steps), an edge
 * from each step to every step that waits for it. Edges to unknown steps are left out
 * (validation reports them), so the graph can be built from any parsed workflow. For walking a
 * large workflow, `buildStepGraph` gives the same graph on plain arrays, several times faster.
 */
export function buildWorkflowGraph(workflow: Workflow): WorkflowGraph {
  return toWorkflowGraph(buildStepGraph(workflow));
}

/** The graphology form of a step graph (nodes keyed by `stepNodeKey`). */
export function toWorkflowGraph(stepGraph: StepGraph): WorkflowGraph {
  const graph: WorkflowGraph = new DirectedGraph();
  const keys = stepGraph.names.map(stepNodeKey);
  keys.forEach((key, node) => {
    graph.addNode(key, { step: stepGraph.steps[node]!, phase: stepGraph.phases[node]!, index: stepGraph.positions[node]! });
  });
  const { predecessorStart, predecessors, edgeKinds } = stepGraph;
  for (let target = 0; target < keys.length; target++) {
    for (let at = predecessorStart[target]!; at < predecessorStart[target + 1]!; at++) {
      const bits = edgeKinds[at]!;
      const kinds: DependencyEdgeAttributes['kinds'] = [];
      if (bits & CONTROL_EDGE) kinds.push('control');
      if (bits & DATA_EDGE) kinds.push('data');
      graph.addDirectedEdge(keys[predecessors[at]!]!, keys[target]!, { kinds });
    }
  }
  return graph;
}

/** The step graph of a graphology graph, in its node order (for callers that built or edited one). */
function stepGraphOfWorkflowGraph(graph: WorkflowGraph): StepGraph {
  const keys = graph.nodes();
  const nodeOfKey = new Map<string, number>();
  keys.forEach((key, node) => {
    nodeOfKey.set(key, node);
  });
  const start = new Int32Array(keys.length + 1);
  const predecessorList: number[] = [];
  keys.forEach((key, node) => {
    graph.forEachInNeighbor(key, (neighbor) => predecessorList.push(nodeOfKey.get(neighbor)!));
    start[node + 1] = predecessorList.length;
  });
  const successorStart = new Int32Array(keys.length + 1);
  const successorList: number[] = [];
  keys.forEach((key, node) => {
    graph.forEachOutNeighbor(key, (neighbor) => successorList.push(nodeOfKey.get(neighbor)!));
    successorStart[node + 1] = successorList.length;
  });
  return {
    kind: 'StepGraph',
    steps: keys.map((key) => graph.getNodeAttribute(key, 'step')),
    names: keys.map(stepNameOfNodeKey),
    phases: keys.map((key) => graph.getNodeAttribute(key, 'phase')),
    positions: Int32Array.from(keys, (key) => graph.getNodeAttribute(key, 'index')),
    nodeOf: new Map(keys.map((key, node) => [stepNameOfNodeKey(key), node])),
    predecessorStart: start,
    predecessors: Int32Array.from(predecessorList),
    edgeKinds: new Uint8Array(predecessorList.length),
    successorStart,
    successors: Int32Array.from(successorList),
  };
}

/** The inverse of `stepNodeKey`. */
function stepNameOfNodeKey(key: string): string {
  return key.endsWith('\u0000') ? key.slice(0, -1) : key;
}

function asStepGraph(graph: WorkflowGraph | StepGraph): StepGraph {
  return isStepGraph(graph) ? graph : stepGraphOfWorkflowGraph(graph);
}

/**
 * Kahn's algorithm with a deterministic tie-break (by `compare` on step names), O((V + E) log V).
 * Returns the names of every step that is not on or behind a cycle, in order; `rest` holds the
 * others. Takes the graphology graph or, faster, the `StepGraph`.
 */
export function topologicalOrder(graph: WorkflowGraph | StepGraph, compare: (a: string, b: string) => number = compareNames): { order: string[]; rest: string[] } {
  const stepGraph = asStepGraph(graph);
  const { order, rest } = topologicalNodes(stepGraph, compare);
  return { order: Array.from(order, (node) => stepGraph.names[node]!), rest: rest.map((node) => stepGraph.names[node]!) };
}

/**
 * Concrete cycles, each as the list of its steps in dependency order (`a → b → c → a` gives
 * `['a', 'b', 'c']`). Every cycle the graph has is broken by removing the ones reported.
 */
export function findCycles(graph: WorkflowGraph | StepGraph): string[][] {
  const stepGraph = asStepGraph(graph);
  return cycleNodes(stepGraph).map((cycle) => cycle.map((node) => stepGraph.names[node]!));
}

import type { Step } from '../schema/step';
import type { Ref } from '../schema/value';
import type { Workflow } from '../schema/workflow';
import { visitControlDependencies } from './step-dependencies';
import { visitRefsOfStep } from './step-references';

export type StepPhase = 'main' | 'exit';

/** Bits of `StepGraph.edgeKinds`. */
export const CONTROL_EDGE = 1;
export const DATA_EDGE = 2;

/**
 * The workflow's dependency graph on plain arrays, numbered by node: what validation, the
 * canonical order and the optimizers walk. Nodes are the main steps then the exit-handler
 * steps, the first step of each name (a repeated name is reported by validation; its
 * dependencies count for the first one). Edges run from a step to every step that waits for it,
 * within one phase; edges to unknown steps are left out. Adjacency is stored compressed (CSR):
 * the predecessors of node `n` are `predecessors[predecessorStart[n] .. predecessorStart[n + 1])`.
 * `toWorkflowGraph` gives the same graph as graphology.
 */
export interface StepGraph {
  readonly kind: 'StepGraph';
  readonly steps: ReadonlyArray<Step>;
  /** Each node's step name (what `topologicalOrder` and `findCycles` return). */
  readonly names: ReadonlyArray<string>;
  readonly phases: ReadonlyArray<StepPhase>;
  /** Each node's position in `spec.steps` or `spec.onExit`. */
  readonly positions: Int32Array;
  readonly nodeOf: ReadonlyMap<string, number>;
  readonly predecessorStart: Int32Array;
  readonly predecessors: Int32Array;
  /** Per entry of `predecessors`: CONTROL_EDGE | DATA_EDGE. */
  readonly edgeKinds: Uint8Array;
  readonly successorStart: Int32Array;
  readonly successors: Int32Array;
}

export function isStepGraph(value: unknown): value is StepGraph {
  return (value as { kind?: unknown } | null)?.kind === 'StepGraph';
}

/** Builds the graph in O(V + E): counting sorts, no per-edge objects. */
export function buildStepGraph(workflow: Workflow): StepGraph {
  const steps: Step[] = [];
  const names: string[] = [];
  const phases: StepPhase[] = [];
  const positionList: number[] = [];
  const nodeOf = new Map<string, number>();
  const addNodes = (phase: StepPhase, list: ReadonlyArray<Step>) => {
    for (let position = 0; position < list.length; position++) {
      const step = list[position]!;
      if (nodeOf.has(step.name)) continue;
      nodeOf.set(step.name, steps.length);
      steps.push(step);
      names.push(step.name);
      phases.push(phase);
      positionList.push(position);
    }
  };
  const exitSteps = workflow.spec.onExit ?? [];
  addNodes('main', workflow.spec.steps);
  addNodes('exit', exitSteps);
  const count = steps.length;

  // Every edge as found (repeats included), then grouped by target with a stable counting sort.
  const rawSources: number[] = [];
  const rawTargets: number[] = [];
  const rawKinds: number[] = [];
  let target = 0;
  const add = (name: string, kind: number) => {
    const source = nodeOf.get(name);
    // An exit-handler step may read a main step's output; it runs after every main step
    // anyway, so each phase keeps its edges to itself.
    if (source === undefined || phases[source] !== phases[target]) return;
    rawSources.push(source);
    rawTargets.push(target);
    rawKinds.push(kind);
  };
  // Repeats are merged below, when the edges are grouped by target.
  const addControl = (name: string) => add(name, CONTROL_EDGE);
  const addData = (ref: Ref) => {
    if (ref.ref === 'step') add(ref.step, DATA_EDGE);
  };
  const collect = (list: ReadonlyArray<Step>) => {
    for (const step of list) {
      target = nodeOf.get(step.name)!;
      visitControlDependencies(step, addControl);
      visitRefsOfStep(step, addData);
    }
  };
  collect(workflow.spec.steps);
  collect(exitSteps);

  const start = new Int32Array(count + 1);
  for (const target of rawTargets) start[target + 1]!++;
  for (let node = 0; node < count; node++) start[node + 1]! += start[node]!;
  const next = start.slice(0, count);
  const sorted = new Int32Array(rawTargets.length);
  for (let edge = 0; edge < rawTargets.length; edge++) sorted[next[rawTargets[edge]!]!++] = edge;

  // One edge per (source, target), its kinds merged; `slot` remembers where a source went.
  const predecessorStart = new Int32Array(count + 1);
  const predecessors = new Int32Array(rawTargets.length);
  const edgeKinds = new Uint8Array(rawTargets.length);
  const stamp = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count);
  let size = 0;
  for (let target = 0; target < count; target++) {
    predecessorStart[target] = size;
    for (let at = start[target]!; at < start[target + 1]!; at++) {
      const edge = sorted[at]!;
      const source = rawSources[edge]!;
      if (stamp[source] === target) {
        edgeKinds[slot[source]!]! |= rawKinds[edge]!;
        continue;
      }
      stamp[source] = target;
      slot[source] = size;
      predecessors[size] = source;
      edgeKinds[size] = rawKinds[edge]!;
      size++;
    }
  }
  predecessorStart[count] = size;

  const { successorStart, successors } = successorsOf(count, predecessorStart, predecessors.subarray(0, size));

  return {
    kind: 'StepGraph',
    steps,
    names,
    phases,
    positions: Int32Array.from(positionList),
    nodeOf,
    predecessorStart,
    predecessors: predecessors.slice(0, size),
    edgeKinds: edgeKinds.slice(0, size),
    successorStart,
    successors,
  };
}

/**
 * What `buildStepGraph(reordered)` returns, made from `graph`, the graph of the same steps in
 * another order (the canonical copy of a workflow: its steps sorted, the same step objects):
 * nodes renumbered, each node's predecessors in the same order (they come from the step itself),
 * successors regrouped. O(V + E) on integers, without reading a step's references again.
 * Undefined when `reordered` is not those steps, once each, in the same phases: build it then.
 */
export function reorderStepGraph(graph: StepGraph, reordered: Workflow): StepGraph | undefined {
  const count = graph.steps.length;
  const exitSteps = reordered.spec.onExit ?? [];
  // A repeated name would add its edges to the first one's in list order: not a reordering.
  if (reordered.spec.steps.length + exitSteps.length !== count) return undefined;
  const steps: Step[] = [];
  const names: string[] = [];
  const phases: StepPhase[] = [];
  const positions = new Int32Array(count);
  const nodeOf = new Map<string, number>();
  const oldOf = new Int32Array(count);
  const newOf = new Int32Array(count).fill(-1);
  const place = (phase: StepPhase, list: ReadonlyArray<Step>): boolean => {
    for (let position = 0; position < list.length; position++) {
      const step = list[position]!;
      const old = graph.nodeOf.get(step.name);
      if (old === undefined || graph.steps[old] !== step || graph.phases[old] !== phase || newOf[old] !== -1) return false;
      const node = steps.length;
      newOf[old] = node;
      oldOf[node] = old;
      nodeOf.set(step.name, node);
      steps.push(step);
      names.push(step.name);
      phases.push(phase);
      positions[node] = position;
    }
    return true;
  };
  if (!place('main', reordered.spec.steps) || !place('exit', exitSteps)) return undefined;

  const size = graph.predecessors.length;
  const predecessorStart = new Int32Array(count + 1);
  const predecessors = new Int32Array(size);
  const edgeKinds = new Uint8Array(size);
  let at = 0;
  for (let node = 0; node < count; node++) {
    predecessorStart[node] = at;
    const old = oldOf[node]!;
    for (let from = graph.predecessorStart[old]!; from < graph.predecessorStart[old + 1]!; from++) {
      predecessors[at] = newOf[graph.predecessors[from]!]!;
      edgeKinds[at] = graph.edgeKinds[from]!;
      at++;
    }
  }
  predecessorStart[count] = at;

  const { successorStart, successors } = successorsOf(count, predecessorStart, predecessors);
  return { kind: 'StepGraph', steps, names, phases, positions, nodeOf, predecessorStart, predecessors, edgeKinds, successorStart, successors };
}

/** The successor lists (CSR) of predecessor lists: each node's successors in node order. */
function successorsOf(count: number, predecessorStart: Int32Array, predecessors: Int32Array): { successorStart: Int32Array; successors: Int32Array } {
  const successorStart = new Int32Array(count + 1);
  for (let at = 0; at < predecessors.length; at++) successorStart[predecessors[at]! + 1]!++;
  for (let node = 0; node < count; node++) successorStart[node + 1]! += successorStart[node]!;
  const successors = new Int32Array(predecessors.length);
  const fill = successorStart.slice(0, count);
  for (let target = 0; target < count; target++) {
    for (let at = predecessorStart[target]!; at < predecessorStart[target + 1]!; at++) successors[fill[predecessors[at]!]!++] = target;
  }
  return { successorStart, successors };
}

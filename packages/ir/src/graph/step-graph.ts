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

  const successorStart = new Int32Array(count + 1);
  for (let at = 0; at < size; at++) successorStart[predecessors[at]! + 1]!++;
  for (let node = 0; node < count; node++) successorStart[node + 1]! += successorStart[node]!;
  const successors = new Int32Array(size);
  const fill = successorStart.slice(0, count);
  for (let target = 0; target < count; target++) {
    for (let at = predecessorStart[target]!; at < predecessorStart[target + 1]!; at++) successors[fill[predecessors[at]!]!++] = target;
  }

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

import type { RunStepTreeNode } from '../api/api-client';
import type { DagNode } from './dag-model';

const FAILED = new Set(['Failed', 'Error']);
const DONE = new Set(['Succeeded', 'Cached', 'Skipped', 'Omitted']);

/** What the run's steps say about one node of its DAG. */
export interface RunPhases {
  /** By step name, as the run page has always coloured the top-level steps (a fan-out's instances share one). */
  readonly byName: ReadonlyMap<string, string>;
  /** By step id (`models[1].train`). */
  readonly byId: ReadonlyMap<string, string>;
  /** The run's tree of calls, iterations and steps, by id. */
  readonly tree: ReadonlyMap<string, RunStepTreeNode>;
}

/**
 * A node's phase: a top-level step's by its name, a step inside a call by its id (a fan-out there
 * by its instances'), and a call or iteration by the steps inside it: failed when one failed,
 * running while some have not finished after one started, succeeded when all are done.
 */
export function nodePhase(node: DagNode, phases: RunPhases): string {
  if (node.kind === 'step') {
    if (node.parent === undefined) return phases.byName.get(node.id) ?? 'Pending';
    return phases.byId.get(node.id) ?? aggregatePhase(instancesOf(node.id, phases.byId)) ?? 'Pending';
  }
  const inside = stepsInside(phases.tree.get(node.id)).map((id) => phases.byId.get(id) ?? 'Pending');
  const own = phases.byId.get(node.id);
  // A call the run never got to (skipped by its condition, omitted after a failure) has no step of its own.
  if (own !== undefined && !inside.some((phase) => phase !== 'Pending')) return own;
  return aggregatePhase(inside) ?? own ?? 'Pending';
}

/** One phase for a group of steps' phases; undefined for none. */
export function aggregatePhase(phases: ReadonlyArray<string>): string | undefined {
  if (phases.length === 0) return undefined;
  if (phases.some((phase) => FAILED.has(phase))) return 'Failed';
  if (phases.includes('Cancelled')) return 'Cancelled';
  if (phases.every((phase) => phase === 'Pending')) return 'Pending';
  if (!phases.every((phase) => DONE.has(phase))) return 'Running';
  return phases.find((phase) => phase === 'Succeeded' || phase === 'Cached') ? 'Succeeded' : phases[0];
}

function stepsInside(node: RunStepTreeNode | undefined): string[] {
  if (!node) return [];
  return node.children.flatMap((child) => [...(child.kind === 'step' ? [child.id] : []), ...stepsInside(child)]);
}

/** `train[0]`, `train[1]` … of a fanned-out step `train`. */
function instancesOf(id: string, byId: ReadonlyMap<string, string>): string[] {
  return [...byId].filter(([key]) => key.startsWith(`${id}[`) && !key.slice(id.length).includes('.')).map(([, phase]) => phase);
}

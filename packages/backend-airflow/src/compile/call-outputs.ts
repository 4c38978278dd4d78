import type { Step, SubWorkflow } from '@couler/ir';
import { PythonNames } from './python-names';

/** Where an output of a sub-workflow call is: a task inside the call's task group, and its output. */
export interface CallOutput {
  /** The task's id relative to the call's group (`evaluate`, or `inner.evaluate` through a nested call). */
  readonly task: string;
  readonly name: string;
  /**
   * When that task is mapped inside the group: its map size, or the id (relative to the call's
   * group, as `task`) of the task that builds its arguments; readers gather every index.
   */
  readonly mapSize?: number | { readonly itemsTask: string };
}

/**
 * The task ids of a body's steps, allocated as planDag allocates them (steps claim their natural
 * snake_case names first, in order), so that a caller can name a task inside a group.
 */
export function bodyTaskIds(steps: ReadonlyArray<Step>): Map<string, string> {
  const names = new PythonNames();
  return new Map(steps.map((step) => [step.name, names.allocate(step.name)]));
}

/**
 * Resolves output `output` of step `stepName` among `steps` when that step calls a sub-workflow:
 * the definition's output is a value of one of its steps, itself maybe a call (nested groups);
 * with `artifact`, its output artifact of that name, an output artifact of one of its steps.
 * Undefined when the step is no call, or the output is not a plain step reference (refused
 * elsewhere, see sub-workflow-support).
 */
export function callOutputOf(steps: ReadonlyArray<Step>, definitions: ReadonlyArray<SubWorkflow>, stepName: string, output: string, artifact = false): CallOutput | undefined {
  const step = steps.find((candidate) => candidate.name === stepName);
  if (step?.kind !== 'subWorkflow') return undefined;
  const definition = definitions.find((candidate) => candidate.name === step.subWorkflow.name);
  const value = artifact ? definition?.outputs?.artifacts?.find((candidate) => candidate.name === output)?.from : definition?.outputs?.parameters?.find((parameter) => parameter.name === output)?.value;
  if (definition === undefined || value === undefined || typeof value === 'string' || !('ref' in value) || value.ref !== 'step') return undefined;
  const taskId = bodyTaskIds(definition.steps).get(value.step);
  if (taskId === undefined) return undefined;
  const inner = callOutputOf(definition.steps, definitions, value.step, value.output, artifact);
  const map = definition.steps.find((candidate) => candidate.name === value.step)?.map;
  // planDag names a mapped step's items task `<task>__items` (no step's task id holds a double underscore).
  const ownSize = map === undefined ? undefined : map.items !== undefined ? map.items.length : { itemsTask: `${taskId}__items` };
  // A mapped task inside a mapped group is refused (see sub-workflow-support): one of the two sizes at most.
  const mapSize = inner?.mapSize === undefined ? ownSize : typeof inner.mapSize === 'number' ? inner.mapSize : { itemsTask: `${taskId}.${inner.mapSize.itemsTask}` };
  return { task: inner === undefined ? taskId : `${taskId}.${inner.task}`, name: inner?.name ?? value.output, ...(mapSize !== undefined && { mapSize }) };
}

import type { Workflow } from '@couler/ir';

/** The workflows `workflow()` of this copy of the DSL returned: checked, canonical and frozen. */
const builtWorkflows = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * Freezes a workflow `workflow()` has just validated and canonicalized, deeply, and remembers
 * it: nothing can change it afterwards (an assignment throws a TypeError), so a tool may trust
 * the check that was made instead of repeating it (`isBuiltWorkflow`).
 */
export function sealBuiltWorkflow(workflow: Workflow): Workflow {
  deepFreeze(workflow);
  builtWorkflows.add(workflow);
  return workflow;
}

/**
 * True when `value` is a workflow that `workflow()` returned: it passed the IR's validation when
 * it was built and is frozen, so it is still valid and canonical. The CLI uses it to skip a
 * second validation of a DSL file's export; anything else (an IR object written by hand, a copy)
 * is false and must be checked with `checkWorkflow`.
 */
export function isBuiltWorkflow(value: unknown): value is Workflow {
  return typeof value === 'object' && value !== null && builtWorkflows.has(value);
}

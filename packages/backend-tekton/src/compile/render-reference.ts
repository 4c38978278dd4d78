import type { Ref } from '@couler/ir';
import { FAN_IN_ITEMS_RESULT, FAN_IN_VALUE_RESULT } from './build-fan-in-task';
import { unsupported } from './unsupported';

/** What the compiler knows about each step's task when it renders a reference to it. */
export interface ReferenceTargets {
  /** Pipeline task name of a step. */
  taskOf(step: string): string;
  /** Task result name of a step output. */
  resultOf(step: string, output: string): string;
  /** Whether the step runs as a matrix (its results can only be read as a whole list). */
  isMapped(step: string): boolean;
  /** The fan-in task that gathers an output of a mapped step, if one does. */
  fanInOf(step: string, output: string): string | undefined;
  /** Whether the step runs in `finally`. */
  inFinally(step: string): boolean;
}

/**
 * A reference as a Pipeline-level variable: what a pipeline task passes in `params`, or a
 * `when` reads. Items and inputs are task-level (see `TaskValues`) and never come here.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for what Tekton has no variable for.
 */
export function pipelineVariable(ref: Ref, targets: ReferenceTargets, where: { path: ReadonlyArray<string | number>; stepName: string; array?: boolean }): string {
  switch (ref.ref) {
    case 'step': {
      const fanIn = targets.fanInOf(ref.step, ref.output);
      if (fanIn !== undefined) return where.array ? `$(tasks.${fanIn}.results.${FAN_IN_ITEMS_RESULT}[*])` : `$(tasks.${fanIn}.results.${FAN_IN_VALUE_RESULT})`;
      if (targets.isMapped(ref.step)) {
        // Every read of a mapped step's output gets a fan-in task; this is a compiler invariant.
        throw new Error(`pipelineVariable: output "${ref.output}" of mapped step "${ref.step}" has no fan-in task`);
      }
      return `$(tasks.${targets.taskOf(ref.step)}.results.${targets.resultOf(ref.step, ref.output)}${where.array ? '[*]' : ''})`;
    }
    case 'parameter':
      return `$(params.${ref.name}${where.array ? '[*]' : ''})`;
    case 'workflow':
      switch (ref.field) {
        case 'name':
          return '$(context.pipelineRun.name)';
        case 'namespace':
          return '$(context.pipelineRun.namespace)';
        case 'uid':
          return '$(context.pipelineRun.uid)';
        case 'status':
          return '$(tasks.status)';
        default:
          throw unsupported('exit-handler', `the workflow's ${ref.field}`, { ...where, hint: 'Tekton has $(tasks.status) and $(tasks.<name>.status) in finally tasks, but no failure list or duration.' });
      }
    default:
      throw new Error(`pipelineVariable: a ${ref.ref} reference is task-level`);
  }
}

/** Argo-style workflow status words as Tekton's aggregate `$(tasks.status)` values. */
export function tektonStatusValues(status: string): string[] {
  if (status === 'Succeeded') return ['Succeeded', 'Completed'];
  if (status === 'Failed' || status === 'Error') return ['Failed'];
  return [status];
}

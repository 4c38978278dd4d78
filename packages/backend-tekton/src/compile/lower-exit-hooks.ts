import type { Step, Workflow } from '@couler/ir';
import { unsupported } from './unsupported';

/**
 * Tekton runs a task whatever the others' results only in the Pipeline's `finally`, once every
 * task has ended: an exit hook (`hook.on: 'exit'`) becomes an exit-handler step, and a step's own
 * hook runs only if that step ran (`$(tasks.<step>.status)` is Succeeded or Failed, not None:
 * Argo starts no onExit for a task it skipped). Nothing reads a hook's outputs or waits for it
 * (IR rule), so running it at the end of the run changes no other task; docs/engines.md says
 * that it runs later than Argo's.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a hook inside a sub-workflow definition, whose
 *   steps are inlined into the Pipeline's tasks, not its finally section, and for a hook on a call,
 *   which has no task of its own whose status a finally task could read.
 */
export function lowerExitHooks(workflow: Workflow): Workflow {
  for (const definition of workflow.spec.subWorkflows ?? []) {
    const hook = definition.steps.find((step) => step.hook?.on === 'exit');
    if (hook === undefined) continue;
    throw unsupported('hook.exit', `an exit hook inside sub-workflow "${definition.name}"`, {
      path: ['subWorkflows', definition.name, 'steps', hook.name, 'hook'],
      stepName: hook.name,
      hint: "Tekton runs hooks as finally tasks of the Pipeline, and a sub-workflow's steps are inlined among its tasks. Move the hook and the step it watches to the workflow's steps, or compile for Argo (onExit per step).",
    });
  }
  const hooks = workflow.spec.steps.filter((step) => step.hook?.on === 'exit');
  if (hooks.length === 0) return workflow;
  const loopSteps = new Set((workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
  const inLoop = hooks.find((step) => step.hook?.of !== undefined && loopSteps.has(step.hook.of));
  if (inLoop) {
    throw unsupported('hook.exit', `an exit hook of step "${inLoop.hook!.of}", which runs once per iteration of an execWhile loop`, {
      path: ['steps', inLoop.name, 'hook', 'of'],
      stepName: inLoop.name,
      hint: 'Tekton unrolls the loop into one task per iteration, and a finally task reads the status of one task. Watch a step outside the loop, or compile for Argo.',
    });
  }
  const calls = new Set(workflow.spec.steps.filter((step) => step.kind === 'subWorkflow').map((step) => step.name));
  const onCall = hooks.find((step) => step.hook?.of !== undefined && calls.has(step.hook.of));
  if (onCall) {
    throw unsupported('hook.exit', `an exit hook of sub-workflow call "${onCall.hook!.of}" (a sub-workflow's onExit, or a hook on the call)`, {
      path: ['steps', onCall.name, 'hook', 'of'],
      stepName: onCall.name,
      hint: "Tekton inlines a call's steps among the Pipeline's tasks, so no one task has the call's status for a finally task to read. Make it an exit handler of the whole workflow (setExitHandler), or compile for Argo (onExit on the calling task).",
    });
  }
  const finallySteps = hooks.map(({ hook, ...step }): Step => (hook?.of === undefined ? step : { ...step, when: { op: 'stepStatus', step: hook.of, statuses: ['Succeeded', 'Failed'] } }) as Step);
  return {
    ...workflow,
    spec: { ...workflow.spec, steps: workflow.spec.steps.filter((step) => !hooks.includes(step)), onExit: [...(workflow.spec.onExit ?? []), ...finallySteps] },
  };
}

import type { Workflow } from '@couler/ir';
import type { UnsupportedCollector } from './unsupported';

const OR_ARGO = 'or compile for Argo (onExit per step)';

/**
 * What the airflow backend cannot write of exit hooks (`hook.on: 'exit'`), each refused with the
 * reason. A step's own exit hook is a teardown task after the step (see dag-plan); the workflow's
 * is the exit handler's job, and a step with one task per loop iteration has no single task to
 * follow.
 */
export function checkExitHookSupport(workflow: Workflow, unsupported: UnsupportedCollector): void {
  const loopSteps = new Set((workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
  for (const step of workflow.spec.steps) {
    if (step.hook?.on !== 'exit') continue;
    const path = ['steps', step.name, 'hook'];
    const watched = step.hook.of;
    if (watched === undefined) {
      unsupported.add(path, `Hook "${step.name}" runs when the workflow ends; the airflow backend writes that as an exit handler, not as a hook.`, {
        stepName: step.name,
        hint: `Make "${step.name}" an exit handler of the workflow (setExitHandler), which Airflow runs after every task with trigger_rule all_done, ${OR_ARGO}.`,
      });
    } else if (loopSteps.has(watched)) {
      unsupported.add([...path, 'of'], `Hook "${step.name}" watches "${watched}", a step of an execWhile loop, which Airflow runs as one task per iteration.`, {
        stepName: step.name,
        hint: `Watch a step outside the loop, ${OR_ARGO}.`,
      });
    }
  }
  for (const definition of workflow.spec.subWorkflows ?? []) {
    for (const step of definition.steps) {
      if (step.hook?.on !== 'exit') continue;
      unsupported.add(['subWorkflows', definition.name, 'steps', step.name, 'hook'], `Hook "${step.name}" is inside sub-workflow "${definition.name}"; the airflow backend writes step exit hooks only among the workflow's own steps.`, {
        stepName: step.name,
        hint: `Move the hook and the step it watches to the workflow's steps, ${OR_ARGO}.`,
      });
    }
  }
}

import { hookTrigger, type Step, type Workflow } from '@couler/ir';
import type { UnsupportedCollector } from './unsupported';

const OR_ARGO = 'or compile for Argo (onExit and hooks per step)';

/**
 * What the airflow backend cannot write of hooks, each refused with the reason. A step's hook is
 * a teardown task after the step, a workflow's status hook one after every main task (see
 * dag-plan and status-hook); the workflow's exit hook is the exit handler's job, and a step with
 * one task per loop iteration, or a call (a task group, which has no state of its own), has no
 * single task to follow.
 */
export function checkHookSupport(workflow: Workflow, unsupported: UnsupportedCollector): void {
  const loopSteps = new Set((workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
  const calls = new Set(workflow.spec.steps.filter((step) => step.kind === 'subWorkflow').map((step) => step.name));
  for (const step of workflow.spec.steps) {
    if (step.hook === undefined) continue;
    const path = ['steps', step.name, 'hook'];
    const watched = step.hook.of;
    if (step.hook.on !== 'exit') checkStatusHook(step, path, unsupported);
    if (watched === undefined && step.hook.on === 'exit') {
      unsupported.add(path, `Hook "${step.name}" runs when the workflow ends; the airflow backend writes that as an exit handler, not as a hook.`, {
        stepName: step.name,
        hint: `Make "${step.name}" an exit handler of the workflow (setExitHandler), which Airflow runs after every task with trigger_rule all_done, ${OR_ARGO}.`,
      });
    } else if (watched !== undefined && loopSteps.has(watched)) {
      unsupported.add([...path, 'of'], `Hook "${step.name}" watches "${watched}", a step of an execWhile loop, which Airflow runs as one task per iteration.`, {
        stepName: step.name,
        hint: `Watch a step outside the loop, ${OR_ARGO}.`,
      });
    } else if (watched !== undefined && calls.has(watched) && step.hook.on !== 'exit') {
      unsupported.add([...path, 'of'], `Hook "${step.name}" waits for a status of "${watched}", a sub-workflow call, which Airflow runs as a task group: Airflow keeps a state per task instance, none per task group.`, {
        stepName: step.name,
        hint: `Watch a step of the workflow, use an exit hook on the call (addHook(call, 'exit', …)), ${OR_ARGO}.`,
      });
    }
  }
  for (const definition of workflow.spec.subWorkflows ?? []) {
    for (const step of definition.steps) {
      if (step.hook === undefined) continue;
      unsupported.add(['subWorkflows', definition.name, 'steps', step.name, 'hook'], `Hook "${step.name}" is inside sub-workflow "${definition.name}"; the airflow backend writes hooks only among the workflow's own steps.`, {
        stepName: step.name,
        hint: `Move the hook and the step it watches to the workflow's steps, ${OR_ARGO}.`,
      });
    }
  }
}

/**
 * Argo's statuses a status hook may wait for on Airflow: those a teardown can read once what it
 * watches has ended. Airflow has one failed state, whether the command failed or the pod around
 * it errored, so Failed is read as Airflow's failed (errors too), and Error only beside Failed.
 */
function checkStatusHook(step: Step, path: ReadonlyArray<string>, unsupported: UnsupportedCollector): void {
  if (step.kind === 'suspend' || step.kind === 'subWorkflow') {
    unsupported.add(path, `Hook "${step.name}" is a ${step.kind === 'suspend' ? 'suspend step' : 'sub-workflow call'}; the airflow backend checks a status hook's status in its task's pre_execute, which ${step.kind === 'suspend' ? "a wait sensor's" : "a call's task group"} does not run.`, {
      stepName: step.name,
      hint: `Make the hook a container or script step, ${OR_ARGO}.`,
    });
  }
  const statuses = hookTrigger(step.hook!);
  const watched = step.hook!.of === undefined ? 'the DAG run' : `"${step.hook!.of}"`;
  if (statuses.includes('Running')) {
    unsupported.add([...path, 'on', 'status'], `Hook "${step.name}" waits for ${watched} to be Running; Airflow starts a task only once the tasks before it are done, and its on_execute_callback runs Python in the worker, not the hook's container.`, {
      stepName: step.name,
      hint: `Wait for Succeeded, Failed or Error, which the hook reads once ${watched} has ended, make "${step.name}" an ordinary step that runs first, ${OR_ARGO}.`,
    });
  }
  if (statuses.includes('Error') && !statuses.includes('Failed')) {
    unsupported.add([...path, 'on', 'status'], `Hook "${step.name}" waits for ${watched} to be Error but not Failed; Airflow has one failed state, whether the command failed or the pod around it errored, so it would run on every failure.`, {
      stepName: step.name,
      hint: `Wait for Failed (Airflow's failed, errors included) or for ['Failed', 'Error'], ${OR_ARGO}.`,
    });
  }
}

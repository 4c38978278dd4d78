import type { Step, Workflow } from '@couler/ir';

/**
 * A step's `totalTimeoutSeconds` counts from when it is scheduled, the time its pod is Pending
 * included. Nothing is Pending on this machine: a step starts its process when it is scheduled,
 * so the total limit is a limit on the running time, like `timeoutSeconds`; the shorter wins.
 * (`pendingTimeoutSeconds` has nothing to bound here and is ignored with a notice.)
 */
export function applyTotalTimeouts(workflow: Workflow): Workflow {
  const limit = (step: Step): Step => {
    if (step.totalTimeoutSeconds === undefined) return step;
    const seconds = step.timeoutSeconds === undefined ? step.totalTimeoutSeconds : Math.min(step.timeoutSeconds, step.totalTimeoutSeconds);
    return { ...step, timeoutSeconds: seconds };
  };
  const steps = workflow.spec.steps.map(limit);
  const onExit = workflow.spec.onExit?.map(limit);
  return { ...workflow, spec: { ...workflow.spec, steps, ...(onExit && { onExit }) } };
}

import type { Step, Workflow } from '@couler/ir';

/** A step of the workflow's main steps or exit handler, with its path for error messages. */
export interface LocatedStep {
  readonly step: Step;
  readonly path: ReadonlyArray<string | number>;
}

/** The main steps and the exit handler's, each at its path (`steps.x`, `onExit.y`): what the pre-run checks walk. */
export function mainAndExitSteps(workflow: Workflow): LocatedStep[] {
  return [
    ...workflow.spec.steps.map((step) => ({ step, path: ['steps', step.name] })),
    ...(workflow.spec.onExit ?? []).map((step) => ({ step, path: ['onExit', step.name] })),
  ];
}

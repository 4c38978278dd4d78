import type { Step } from '../schema/step';
import { STEP_DEFAULT_FIELDS, type StepDefaults } from '../schema/step-defaults';
import type { Workflow } from '../schema/workflow';

export interface ApplyStepDefaultsOptions {
  /**
   * Whether the backend hands a sub-workflow call's retry to the steps of its body, as
   * `withCallSettings` and Airflow's task-group `default_args` do (default true). Then the default
   * retry goes on each call that has none and reaches the body through it, so a call's own retry
   * wins over the default. With false (Argo, which refuses a retry on a call: it would retry the
   * whole body) the default goes on the body's steps directly.
   */
  callsPassRetryOn?: boolean;
}

/** Kinds that run nothing of this document: a wait, another WorkflowTemplate's template, a call. */
const TAKES_NO_DEFAULTS = new Set<Step['kind']>(['suspend', 'templateRef', 'subWorkflow']);

/**
 * The workflow as if each step had written `spec.stepDefaults` itself: every field a step leaves
 * unset takes the default; a field the step sets is kept. `stepDefaults` is removed, so the result
 * can be checked and compiled like any workflow. One function, so every backend without a native
 * defaults block (Tekton, the local engine, Airflow for what `default_args` cannot say) merges
 * alike.
 */
export function applyStepDefaults(workflow: Workflow, options: ApplyStepDefaultsOptions = {}): Workflow {
  const { stepDefaults, ...spec } = workflow.spec;
  if (stepDefaults === undefined) return workflow;
  const callsPassRetryOn = options.callsPassRetryOn ?? true;
  const withDefaults = (step: Step): Step => withStepDefaults(step, stepDefaults, callsPassRetryOn);
  // A body's steps get the retry through the call that runs them, when calls pass it on.
  const { retry: _passedByCalls, ...bodyDefaults } = stepDefaults;
  const inBody = (step: Step): Step => withStepDefaults(step, callsPassRetryOn ? bodyDefaults : stepDefaults, callsPassRetryOn);
  return {
    ...workflow,
    spec: {
      ...spec,
      steps: spec.steps.map(withDefaults),
      ...(spec.onExit && { onExit: spec.onExit.map(withDefaults) }),
      ...(spec.subWorkflows && { subWorkflows: spec.subWorkflows.map((definition) => ({ ...definition, steps: definition.steps.map(inBody) })) }),
    },
  };
}

function withStepDefaults(step: Step, defaults: StepDefaults, callsPassRetryOn: boolean): Step {
  if (step.kind === 'subWorkflow') return callsPassRetryOn && step.retry === undefined && defaults.retry ? { ...step, retry: defaults.retry } : step;
  if (TAKES_NO_DEFAULTS.has(step.kind)) return step;
  const filled: Partial<Pick<Step, (typeof STEP_DEFAULT_FIELDS)[number]>> = {};
  for (const field of STEP_DEFAULT_FIELDS) {
    if (step[field] === undefined && defaults[field] !== undefined) Object.assign(filled, { [field]: defaults[field] });
  }
  return { ...step, ...filled };
}

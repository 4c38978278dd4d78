import type { Condition } from '../schema/condition';
import type { Step, SubWorkflowCallStep } from '../schema/step';

/**
 * A step of a sub-workflow's body as one call runs it: after the call's dependencies, under its
 * condition (and the step's own), with the call's retry, cache and continueOn where the step sets
 * none. Backends that expand or inline calls (the local engine, Tekton) share it, so a call's
 * settings mean the same on both.
 */
export function withCallSettings(step: Step, call: SubWorkflowCallStep): Step {
  const dependencies = [...new Set([...(call.dependencies ?? []), ...(step.dependencies ?? [])])];
  const when: Condition | undefined = call.when && step.when ? { op: 'and', conditions: [call.when, step.when] } : (call.when ?? step.when);
  return {
    ...step,
    ...(dependencies.length > 0 && { dependencies }),
    ...(when && { when }),
    ...(step.retry === undefined && call.retry && { retry: call.retry }),
    ...(step.cache === undefined && call.cache && { cache: call.cache }),
    ...(step.continueOn === undefined && call.continueOn && { continueOn: call.continueOn }),
  } as Step;
}

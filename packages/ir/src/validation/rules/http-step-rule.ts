import type { ValidationContext } from '../validation-context';

import type { Step } from '../../schema/step';

/** Fields that belong to a container of the user's: http and data steps have none. */
const CONTAINER_FIELDS = ['env', 'envFrom', 'resources', 'volumeMounts', 'daemon'] as const;

/** Reports each container field a step that runs no container of the user's has. */
export function reportContainerFields(context: ValidationContext, step: Step, path: ReadonlyArray<string | number>, what: string, hint: string): void {
  for (const field of CONTAINER_FIELDS) {
    const value = step[field];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    context.report('INVALID_FIELD', `${what} "${step.name}" runs no container, so it cannot have ${field}.`, { path: [...path, field], stepIds: [step.name], hint });
  }
}

/**
 * An http step runs no container: no env, resources, volumes or daemon, no input artifacts, and
 * no outputs but its `result` (the response body). A literal URL is an http(s) URL.
 */
export function httpStepRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    if (step.kind !== 'http') continue;
    const stepIds = [step.name];
    reportContainerFields(context, step, path, 'Http step', 'Remove it, or send the request from a container step (curl).');
    if (step.inputs?.artifacts?.length) {
      context.report('INVALID_FIELD', `Http step "${step.name}" runs no container, so it cannot take input artifacts.`, { path: [...path, 'inputs', 'artifacts'], stepIds });
    }
    if (step.outputs?.parameters?.length || step.outputs?.artifacts?.length) {
      context.report('INVALID_FIELD', `Http step "${step.name}" has one output, "result" (the response body); it cannot declare others.`, {
        path: [...path, 'outputs'],
        stepIds,
        hint: `Read the body as { ref: 'step', step: '${step.name}', output: 'result' }.`,
      });
    }
    const { url } = step.http;
    if (typeof url === 'string' && !/^https?:\/\/[^\s/]+/i.test(url)) {
      context.report('INVALID_FIELD', `Http step "${step.name}" has URL "${url}", which is not an http:// or https:// URL.`, { path: [...path, 'http', 'url'], stepIds });
    }
  }
}

import { CoulerError, type HttpStep, type Workflow } from '@couler/ir';
import { parseSuccessCondition } from './parse-success-condition';
import { SuccessConditionError } from './success-condition-syntax';
import { mainAndExitSteps } from '../engine/main-and-exit-steps';

/** `condition` with a caret under `position`, for messages. */
function pointAt(condition: string, position: number): string {
  return `  ${condition}\n  ${' '.repeat(position)}^`;
}

function conditionError(step: HttpStep, path: ReadonlyArray<string | number>, error: SuccessConditionError): CoulerError {
  const condition = step.http.successCondition ?? '';
  const what = error.reason === 'syntax' ? 'cannot be read' : error.reason === 'unsupported' ? 'cannot be evaluated by the local engine' : 'can never hold';
  return new CoulerError(
    error.reason === 'unsupported' ? 'UNSUPPORTED_BY_BACKEND' : 'INVALID_FIELD',
    `The successCondition of http step "${step.name}" ${what} (column ${error.position + 1}): ${error.message}\n${pointAt(condition, error.position)}`,
    { path: [...path, 'http', 'successCondition'], stepIds: [step.name], ...(error.hint !== undefined && { hint: error.hint }) },
  );
}

/**
 * Checks what the local engine must know about http steps before anything runs: each
 * `successCondition` parses, uses only what its evaluator implements and can hold; no body
 * goes with a GET or HEAD (fetch cannot send one). Every problem is reported at once.
 *
 * @throws CoulerError `INVALID_FIELD` (a condition that does not parse or never holds) or
 *   `UNSUPPORTED_BY_BACKEND` (valid expr the evaluator does not implement; a GET body).
 */
export function checkHttpSteps(workflow: Workflow): void {
  const errors: CoulerError[] = [];
  for (const { step, path } of mainAndExitSteps(workflow)) {
    if (step.kind !== 'http') continue;
    if (step.http.successCondition !== undefined) {
      try {
        parseSuccessCondition(step.http.successCondition);
      } catch (error) {
        if (!(error instanceof SuccessConditionError)) throw error;
        errors.push(conditionError(step, path, error));
      }
    }
    if ((step.http.method === 'GET' || step.http.method === 'HEAD') && step.http.body !== undefined && step.http.body !== '') {
      errors.push(
        new CoulerError('UNSUPPORTED_BY_BACKEND', `Http step "${step.name}" sends a body with ${step.http.method}, which the local engine (fetch) cannot do.`, {
          path: [...path, 'http', 'body'],
          stepIds: [step.name],
          hint: 'Send it with POST or PUT, or drop the body.',
        }),
      );
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new CoulerError('INVALID_WORKFLOW', `Workflow "${workflow.metadata.name}" has ${errors.length} http steps the local engine cannot run.`, { errors });
}

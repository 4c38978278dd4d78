import { CoulerError, type DataStep, type Workflow } from '@couler/ir';
import { SuccessConditionError as ExprError } from '../http/success-condition-syntax';
import type { DataNode } from './data-expression-syntax';
import { parseDataExpression } from './parse-data-expression';
import { mainAndExitSteps } from '../engine/main-and-exit-steps';

type Path = ReadonlyArray<string | number>;

/** `expression` with a caret under `position`, for messages (its first 200 characters). */
function pointAt(expression: string, position: number): string {
  const line = expression.slice(0, 200).replace(/\s/g, ' ');
  return position < 200 ? `  ${line}\n  ${' '.repeat(position)}^` : `  ${line}…`;
}

/** The error of one transformation that cannot be used here, at its path. */
export function transformationError(step: DataStep, path: Path, index: number, error: ExprError): CoulerError {
  const { expression } = step.data.transformation[index]!;
  const what = error.reason === 'unsupported' ? 'cannot be evaluated by the local engine' : 'cannot be read';
  return new CoulerError(
    error.reason === 'unsupported' ? 'UNSUPPORTED_BY_BACKEND' : 'INVALID_FIELD',
    `Transformation ${index} of data step "${step.name}" ${what} (column ${error.position + 1}): ${error.message}\n${pointAt(expression, error.position)}`,
    { path: [...path, 'data', 'transformation', index, 'expression'], stepIds: [step.name], ...(error.hint !== undefined && { hint: error.hint }) },
  );
}

/** A transformation parsed, or why it cannot be used. */
export function parseTransformation(expression: string): DataNode | ExprError {
  try {
    return parseDataExpression(expression);
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    return error;
  }
}

/**
 * Checks before anything runs that the local engine can evaluate every transformation of every
 * data step: each parses, and uses only what its evaluator implements. Every problem at once.
 *
 * @throws CoulerError `INVALID_FIELD` (text expr would refuse too) or `UNSUPPORTED_BY_BACKEND`
 *   (valid expr the evaluator does not implement), naming the step, the transformation and the column.
 */
export function checkDataSteps(workflow: Workflow): void {
  const errors: CoulerError[] = [];
  for (const { step, path } of mainAndExitSteps(workflow)) {
    if (step.kind !== 'data') continue;
    step.data.transformation.forEach(({ expression }, index) => {
      const parsed = parseTransformation(expression);
      if (parsed instanceof ExprError) errors.push(transformationError(step, path, index, parsed));
    });
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new CoulerError('INVALID_WORKFLOW', `Workflow "${workflow.metadata.name}" has ${errors.length} data transformations the local engine cannot evaluate.`, { errors });
}

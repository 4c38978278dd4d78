import { isRef, type Comparison, type Condition, type Operand, type Ref, type Step } from '@couler/ir';
import { escapeVariables } from './escape-variables';
import { pipelineVariable, tektonStatusValues, type ReferenceTargets } from './render-reference';
import type { TektonWhenExpression } from './tekton-types';
import { unsupported } from './unsupported';

/** Comparisons `in`/`notin` express: equal / notEqual of a reference and a literal, or of two references. */
function inNotIn(comparison: Comparison): boolean {
  if (comparison.op !== 'equal' && comparison.op !== 'notEqual') return false;
  // Numbers compare as numbers in Couler ("1.0" equals 1); in/notin compares text.
  return typeof comparison.left !== 'number' && typeof comparison.right !== 'number';
}

/** The conjuncts of a condition, when every one is an `in`/`notin` comparison. */
function conjuncts(condition: Condition): Comparison[] | undefined {
  if (condition.op === 'and') {
    const parts = condition.conditions.map(conjuncts);
    return parts.every((part) => part !== undefined) ? parts.flat() as Comparison[] : undefined;
  }
  if (condition.op === 'or' || condition.op === 'not') return undefined;
  return inNotIn(condition) ? [condition] : undefined;
}

export function isInNotIn(condition: Condition | undefined): boolean {
  return condition === undefined || conjuncts(condition) !== undefined;
}

function literalText(value: Operand): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * A condition as `when` expressions, if `in`/`notin` can say it (ANDed, as Tekton ANDs them).
 * `dollar` is the Pipeline param holding `$`, for literals that look like variables.
 */
export function whenExpressions(condition: Condition, targets: ReferenceTargets, where: { path: ReadonlyArray<string | number>; stepName: string }, dollar: { use(): string }): TektonWhenExpression[] | undefined {
  const parts = conjuncts(condition);
  if (!parts) return undefined;
  const literal = (text: string) => {
    const escaped = escapeVariables(text, 'DOLLAR');
    return escaped === text ? text : escapeVariables(text, dollar.use());
  };
  return parts.map((comparison) => {
    const operator = comparison.op === 'equal' ? 'in' : 'notin';
    if (!isRef(comparison.left) && !isRef(comparison.right)) return { input: literal(literalText(comparison.left)), operator, values: [literal(literalText(comparison.right))] };
    const [reference, other] = (isRef(comparison.left) ? [comparison.left, comparison.right] : [comparison.right, comparison.left]) as [Ref, Operand];
    const input = pipelineVariable(reference, targets, where);
    if (reference.ref === 'workflow' && reference.field === 'status' && !isRef(other)) return { input, operator, values: tektonStatusValues(literalText(other)) };
    const values = isRef(other) ? [pipelineVariable(other, targets, where)] : [literal(literalText(other))];
    return { input, operator, values };
  });
}

/** A CEL string literal: single-quoted, backslash escapes. */
function celString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

const CEL_OPERATORS = { equal: '==', notEqual: '!=', bigger: '>', smaller: '<', biggerEqual: '>=', smallerEqual: '<=' } as const;

/**
 * A condition as one CEL expression (`enable-cel-in-whenexpression`). Tekton substitutes
 * variables into the CEL text before evaluating it, so a reference is written inside a string
 * literal; numbers are compared with `double(…)`.
 */
export function celExpression(condition: Condition, targets: ReferenceTargets, where: { path: ReadonlyArray<string | number>; stepName: string }, dollar: { use(): string }): string {
  const operand = (value: Operand, numeric: boolean): string => {
    let text: string;
    if (isRef(value)) text = `'${pipelineVariable(value, targets, where)}'`;
    else if (typeof value === 'number') return numeric ? String(value) : celString(String(value));
    else {
      text = celString(String(value));
      const escaped = escapeVariables(text, 'DOLLAR');
      if (escaped !== text) text = escapeVariables(text, dollar.use());
    }
    return numeric ? `double(${text})` : text;
  };
  const render = (node: Condition): string => {
    switch (node.op) {
      case 'and':
        return node.conditions.map((part) => `(${render(part)})`).join(' && ');
      case 'or':
        return node.conditions.map((part) => `(${render(part)})`).join(' || ');
      case 'not':
        return `!(${render(node.condition)})`;
      default: {
        const numeric = !['equal', 'notEqual'].includes(node.op) || typeof node.left === 'number' || typeof node.right === 'number';
        if (isRef(node.left) && node.left.ref === 'workflow' && node.left.field === 'status') {
          throw unsupported('when', "a CEL condition on the workflow's status", { ...where, hint: 'Compare the status with equal/notEqual alone (in/notin), without and/or/not.' });
        }
        return `${operand(node.left, numeric)} ${CEL_OPERATORS[node.op]} ${operand(node.right, numeric)}`;
      }
    }
  };
  return render(condition);
}

/** Whether a step's `when` stays in the Pipeline (in/notin, or CEL when enabled). */
export function directWhen(step: Step, cel: boolean): boolean {
  return step.when === undefined || cel || isInNotIn(step.when);
}

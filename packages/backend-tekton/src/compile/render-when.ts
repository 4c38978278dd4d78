import { isRef, leavesOfCondition, type Comparison, type Condition, type MembershipCondition, type Operand, type Ref, type Step, type StepStatus, type StepStatusCondition } from '@couler/ir';
import { escapeVariables, needsDollarEscape, substitutedLater } from './escape-variables';
import { pipelineVariable, tektonStatusValues, type ReferenceTargets } from './render-reference';
import type { TektonWhenExpression } from './tekton-types';
import { unsupported } from './unsupported';

/** Comparisons `in`/`notin` express: equal / notEqual of a reference and a literal, or of two references. */
function inNotIn(comparison: Comparison): boolean {
  if (comparison.op !== 'equal' && comparison.op !== 'notEqual') return false;
  // Numbers compare as numbers in Couler ("1.0" equals 1); in/notin compares text.
  return typeof comparison.left !== 'number' && typeof comparison.right !== 'number';
}

type WhenPart = Comparison | MembershipCondition | StepStatusCondition;

/**
 * Whether a membership test is one `when` expression: a literal list (non-empty: Tekton wants
 * values), an array param (`$(params.p[*])`), or a mapped step's output, whose fan-in task has
 * an array result. A JSON list in a plain step output is a string result Tekton cannot split.
 */
function directMembership(condition: MembershipCondition, isMapped: (step: string) => boolean): boolean {
  const { list } = condition;
  if (Array.isArray(list)) return list.length > 0;
  return list.ref === 'parameter' || isMapped(list.step);
}

/** The conjuncts of a condition, when every one is an `in`/`notin` expression. */
function conjuncts(condition: Condition, isMapped: (step: string) => boolean): WhenPart[] | undefined {
  switch (condition.op) {
    case 'and': {
      const parts = condition.conditions.map((part) => conjuncts(part, isMapped));
      return parts.every((part) => part !== undefined) ? (parts.flat() as WhenPart[]) : undefined;
    }
    case 'or':
    case 'not':
      return undefined;
    case 'in':
    case 'notIn':
      return directMembership(condition, isMapped) ? [condition] : undefined;
    case 'stepStatus':
      return [condition];
    default:
      return inNotIn(condition) ? [condition] : undefined;
  }
}

export function isInNotIn(condition: Condition | undefined, isMapped: (step: string) => boolean): boolean {
  return condition === undefined || conjuncts(condition, isMapped) !== undefined;
}

/** Couler's step statuses as Tekton's `$(tasks.<name>.status)` values (a skipped task is `None`). */
export function tektonStepStatusValues(statuses: ReadonlyArray<StepStatus>): string[] {
  return [...new Set(statuses.map((status) => (status === 'Skipped' ? 'None' : status)))];
}

function literalText(value: Operand): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * A condition as `when` expressions, if `in`/`notin` can say it (ANDed, as Tekton ANDs them).
 * `dollar` is the Pipeline param holding `$`, for literals that look like variables.
 */
export function whenExpressions(condition: Condition, targets: ReferenceTargets, where: { path: ReadonlyArray<string | number>; stepName: string }, dollar: { use(): string }): TektonWhenExpression[] | undefined {
  const parts = conjuncts(condition, targets.isMapped);
  if (!parts) return undefined;
  const literal = (text: string) => (needsDollarEscape(text) ? escapeVariables(text, dollar.use()) : text);
  return parts.map((comparison): TektonWhenExpression => {
    if (comparison.op === 'stepStatus') {
      return { input: `$(tasks.${targets.taskOf(comparison.step)}.status)`, operator: 'in', values: tektonStepStatusValues(comparison.statuses) };
    }
    if (comparison.op === 'in' || comparison.op === 'notIn') {
      const operator = comparison.op === 'in' ? 'in' : 'notin';
      const input = isRef(comparison.value) ? pipelineVariable(comparison.value, targets, where) : literal(literalText(comparison.value));
      const values = Array.isArray(comparison.list) ? comparison.list.map((item) => literal(literalText(item))) : [pipelineVariable(comparison.list, targets, { ...where, array: true })];
      return { input, operator, values };
    }
    return comparisonExpression(comparison as Comparison);
  });

  function comparisonExpression(comparison: Comparison): TektonWhenExpression {
    const operator = comparison.op === 'equal' ? 'in' : 'notin';
    if (!isRef(comparison.left) && !isRef(comparison.right)) return { input: literal(literalText(comparison.left)), operator, values: [literal(literalText(comparison.right))] };
    const [reference, other] = (isRef(comparison.left) ? [comparison.left, comparison.right] : [comparison.right, comparison.left]) as [Ref, Operand];
    const input = pipelineVariable(reference, targets, where);
    if (reference.ref === 'workflow' && reference.field === 'status' && !isRef(other)) return { input, operator, values: tektonStatusValues(literalText(other)) };
    const values = isRef(other) ? [pipelineVariable(other, targets, where)] : [literal(literalText(other))];
    return { input, operator, values };
  }
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
      if (needsDollarEscape(text)) text = escapeVariables(text, dollar.use());
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
      case 'in':
      case 'notIn': {
        if (!Array.isArray(node.list)) {
          throw unsupported('condition.membership', 'a CEL membership test in a list parameter or step output', { ...where, hint: 'Use inList/notInList alone or and-ed with in/notin conditions, so it stays a when expression, or test a literal list.' });
        }
        const test = `${operand(node.value, false)} in [${node.list.map((item) => operand(String(item), false)).join(', ')}]`;
        return node.op === 'in' ? test : `!(${test})`;
      }
      case 'stepStatus':
        throw unsupported('condition.step-status', 'a step status inside or/not', { ...where, hint: 'Use stepStatus alone or and-ed with in/notin conditions: Tekton reads $(tasks.<name>.status) only in finally when expressions.' });
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

/**
 * The literal texts a condition compares with. A when expression holding text that Tekton's
 * later phases would replace (`$(tasks.a.results.b)` as text) cannot stay in the Pipeline: the
 * condition task compares it in the shell, where it is quoted.
 */
function substitutedLiterals(condition: Condition): boolean {
  return leavesOfCondition(condition).some((leaf) => {
    let operands: unknown[] = [];
    if ('list' in leaf) operands = [leaf.value, ...(Array.isArray(leaf.list) ? leaf.list : [])];
    else if ('left' in leaf) operands = [leaf.left, leaf.right];
    return operands.some((operand) => typeof operand === 'string' && substitutedLater(operand, 'pipeline'));
  });
}

/** Whether a step's `when` stays in the Pipeline (in/notin, or CEL when enabled). */
export function directWhen(step: Step, cel: boolean, isMapped: (step: string) => boolean): boolean {
  if (step.when === undefined) return true;
  return (cel || isInNotIn(step.when, isMapped)) && !substitutedLiterals(step.when);
}

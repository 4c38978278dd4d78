import type { Comparison, Condition, MembershipCondition, StepStatus } from '@couler/ir';
import { describeRef, parseJsonList, resolveOperand, resolveRef, type ResolveScope } from './resolve-value';

/** What a condition is evaluated against: references, and how main steps ended. */
export interface ConditionScope extends ResolveScope {
  /** Whose condition it is, as messages name it: `Step "release"`, `Loop "retrain"`. */
  readonly owner: string;
  /** How a main step ended (`stepStatus`; validation keeps it to exit-handler steps). */
  stepStatus(step: string): StepStatus;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function asNumber(value: string | number | boolean): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * Compares as numbers when both sides read as numbers (`"0.93"` > `0.9`), else as text
 * (`"heads"` = `"heads"`, booleans as `true`/`false`). Text is trimmed: outputs end in newlines.
 */
function compare(comparison: Comparison, scope: ResolveScope): boolean {
  const left = resolveOperand(comparison.left, scope);
  const right = resolveOperand(comparison.right, scope);
  const leftNumber = asNumber(left);
  const rightNumber = asNumber(right);
  let order: number;
  if (leftNumber !== undefined && rightNumber !== undefined) order = leftNumber - rightNumber;
  else {
    const leftText = String(left).trim();
    const rightText = String(right).trim();
    order = leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
  }
  switch (comparison.op) {
    case 'equal':
      return order === 0;
    case 'notEqual':
      return order !== 0;
    case 'bigger':
      return order > 0;
    case 'smaller':
      return order < 0;
    case 'biggerEqual':
      return order >= 0;
    case 'smallerEqual':
      return order <= 0;
  }
}

/** A list item as text: strings as they are, anything else (`2`, `true`, `null`) as its JSON text. */
function itemText(item: unknown): string {
  return typeof item === 'string' ? item : JSON.stringify(item);
}

/**
 * `in`/`notIn`: the value and the list's items compare as trimmed text, so `2` in a literal list
 * matches the output "2\n". A list read from a parameter or an output must hold a JSON list.
 */
function isMember(condition: MembershipCondition, scope: ConditionScope): boolean {
  const value = String(resolveOperand(condition.value, scope)).trim();
  const { list } = condition;
  const items = Array.isArray(list) ? list : parseJsonList(resolveRef(list, scope), `${scope.owner} looks for "${value}" in ${describeRef(list)}`);
  return items.some((item) => itemText(item).trim() === value);
}

/** Evaluates a structured condition; throws `ResolveError` when a reference has no value or a list is not one. */
export function evaluateCondition(condition: Condition, scope: ConditionScope): boolean {
  switch (condition.op) {
    case 'and':
      return condition.conditions.every((inner) => evaluateCondition(inner, scope));
    case 'or':
      return condition.conditions.some((inner) => evaluateCondition(inner, scope));
    case 'not':
      return !evaluateCondition(condition.condition, scope);
    case 'in':
      return isMember(condition, scope);
    case 'notIn':
      return !isMember(condition, scope);
    case 'stepStatus':
      return condition.statuses.includes(scope.stepStatus(condition.step));
    default:
      return compare(condition, scope);
  }
}

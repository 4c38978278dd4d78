import type { Comparison, Condition } from '@couler/ir';
import { resolveOperand, type ResolveScope } from './resolve-value';

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

/** Evaluates a structured condition; throws `ResolveError` when a reference has no value. */
export function evaluateCondition(condition: Condition, scope: ResolveScope): boolean {
  switch (condition.op) {
    case 'and':
      return condition.conditions.every((inner) => evaluateCondition(inner, scope));
    case 'or':
      return condition.conditions.some((inner) => evaluateCondition(inner, scope));
    case 'not':
      return !evaluateCondition(condition.condition, scope);
    default:
      return compare(condition, scope);
  }
}

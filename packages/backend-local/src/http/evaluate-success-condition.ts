import { compareValues, isRecord, showValue as show, type ExprValue } from '../expr/compare-values';
import type { ConditionNode } from './success-condition-syntax';

/** What a condition reads: Argo's agent gives `response` and `request`, headers as name → values. */
export interface ConditionScope {
  readonly response: { readonly statusCode: number; readonly body: string; readonly headers: Readonly<Record<string, ReadonlyArray<string>>> };
  readonly request: { readonly method: string; readonly url: string; readonly body: string; readonly headers: Readonly<Record<string, ReadonlyArray<string>>> };
}

type ConditionValue = ExprValue;

/** A condition that failed while it was evaluated (an index out of range, a missing header …). */
export class ConditionEvaluationError extends Error {
  override readonly name = 'ConditionEvaluationError';
}

function index(target: ConditionValue, key: ConditionValue): ConditionValue {
  if (isRecord(target)) {
    if (typeof key !== 'string') throw new ConditionEvaluationError(`A map is indexed by a string, not ${show(key)}.`);
    // A missing key is nil, as in expr: `response.headers["X-Missing"] == nil` holds.
    return Object.hasOwn(target, key) ? target[key]! : null;
  }
  if (Array.isArray(target) || typeof target === 'string') {
    if (typeof key !== 'number' || !Number.isInteger(key)) throw new ConditionEvaluationError(`A list is indexed by a whole number, not ${show(key)}.`);
    const length = target.length;
    const at = key < 0 ? length + key : key;
    if (at < 0 || at >= length) throw new ConditionEvaluationError(`Index ${key} is out of range: ${show(target)} has ${length} ${typeof target === 'string' ? 'characters' : 'values'}.`);
    return typeof target === 'string' ? target[at]! : (target as ReadonlyArray<ConditionValue>)[at]!;
  }
  throw new ConditionEvaluationError(`${show(target)} cannot be indexed with ${show(key)}${target === null ? ' (a header the response does not have is nil)' : ''}.`);
}

function bool(value: ConditionValue, operator: string): boolean {
  if (typeof value !== 'boolean') throw new ConditionEvaluationError(`"${operator}" needs true or false, not ${show(value)}.`);
  return value;
}

function evaluate(node: ConditionNode, scope: ConditionScope): ConditionValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluate(item, scope));
    case 'name':
      return scope[node.name] as unknown as ConditionValue;
    case 'index':
      return index(evaluate(node.target, scope), evaluate(node.index, scope));
    case 'not':
      return !bool(evaluate(node.operand, scope), '!');
    case 'binary': {
      const left = evaluate(node.left, scope);
      // Both sides of && and || are booleans, but the right one is only evaluated when needed.
      if (node.operator === '&&') return bool(left, '&&') && bool(evaluate(node.right, scope), '&&');
      if (node.operator === '||') return bool(left, '||') || bool(evaluate(node.right, scope), '||');
      return compareValues(node.operator, left, evaluate(node.right, scope), (message) => {
        throw new ConditionEvaluationError(message);
      });
    }
  }
}

/**
 * Evaluates a parsed `successCondition` against one exchange.
 *
 * @throws ConditionEvaluationError when the condition fails on this response (a header it
 *   indexes is missing, an index is out of range …); the step then fails.
 */
export function evaluateSuccessCondition(condition: ConditionNode, scope: ConditionScope): boolean {
  const value = evaluate(condition, scope);
  if (typeof value !== 'boolean') throw new ConditionEvaluationError(`The condition gave ${show(value)}, not true or false.`);
  return value;
}

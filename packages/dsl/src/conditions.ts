import { COMPARISON_OPERATORS, type ComparisonOperator, type Condition, type Scalar } from '@couler/ir';
import { dslError } from './handles';
import { describe, toOperand } from './values';

/**
 * Couler's predicates. `equal(flip, 'heads')` compares a step's output (its first declared
 * output, else its standard output) with a literal; either side may be a step, an output, a
 * workflow parameter or a literal. With one argument, `equal('tails')` is the partial form
 * `execWhile` takes: the loop's last step is the left side.
 */

const PARTIAL = Symbol.for('couler.dsl.partialCondition');

/** `equal('tails')`: a comparison whose left side `execWhile` fills in. */
export interface PartialCondition {
  readonly [PARTIAL]: true;
  readonly op: ComparisonOperator;
  readonly right: Scalar;
}

export function isPartialCondition(value: unknown): value is PartialCondition {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PARTIAL] === true;
}

type Comparator = {
  (left: unknown, right: unknown): Condition;
  (literal: Scalar): PartialCondition;
};

function comparator(op: ComparisonOperator): Comparator {
  return ((...operands: unknown[]) => {
    if (operands.length === 1) {
      const [literal] = operands;
      if (typeof literal !== 'string' && typeof literal !== 'number' && typeof literal !== 'boolean') {
        throw dslError('INVALID_DSL_USAGE', `${op}() with one argument takes the literal to compare with (for execWhile); got ${describe(literal)}.`, {
          hint: `Compare two things: ${op}(step, 'value').`,
        });
      }
      return { [PARTIAL]: true, op, right: literal } satisfies PartialCondition;
    }
    if (operands.length !== 2) throw dslError('INVALID_DSL_USAGE', `${op}() compares two things; got ${operands.length} arguments.`);
    return { op, left: toOperand(operands[0], `${op}() left side`), right: toOperand(operands[1], `${op}() right side`) };
  }) as Comparator;
}

export const equal = comparator('equal');
export const notEqual = comparator('notEqual');
export const bigger = comparator('bigger');
export const smaller = comparator('smaller');
export const biggerEqual = comparator('biggerEqual');
export const smallerEqual = comparator('smallerEqual');

/** All of the conditions hold. */
export function and(...conditions: Condition[]): Condition {
  return { op: 'and', conditions: conditions.map((condition, index) => requireCondition(condition, `and() argument ${index + 1}`)) };
}

/** At least one of the conditions holds. */
export function or(...conditions: Condition[]): Condition {
  return { op: 'or', conditions: conditions.map((condition, index) => requireCondition(condition, `or() argument ${index + 1}`)) };
}

/** The condition does not hold. */
export function not(condition: Condition): Condition {
  return { op: 'not', condition: requireCondition(condition, 'not()') };
}

export function isCondition(value: unknown): value is Condition {
  if (typeof value !== 'object' || value === null) return false;
  const { op } = value as { op?: unknown };
  if (op === 'and' || op === 'or') return Array.isArray((value as { conditions?: unknown }).conditions);
  if (op === 'not') return isCondition((value as { condition?: unknown }).condition);
  return COMPARISON_OPERATORS.includes(op as ComparisonOperator) && 'left' in value && 'right' in value;
}

/** The condition itself, or a located error that says how to write one. */
export function requireCondition(value: unknown, where: string): Condition {
  if (isCondition(value)) return value;
  if (isPartialCondition(value)) {
    throw dslError('INVALID_DSL_USAGE', `${where} got ${value.op}(${JSON.stringify(value.right)}), which compares only one thing.`, {
      hint: `Say what to compare it with: ${value.op}(step, ${JSON.stringify(value.right)}). The one-argument form is for execWhile.`,
    });
  }
  throw dslError('INVALID_DSL_USAGE', `${where} needs a condition; got ${describe(value)}.`, {
    hint: "Build one with equal, notEqual, bigger, smaller, biggerEqual, smallerEqual (and, or, not), e.g. equal(flip, 'heads').",
  });
}

import { COMPARISON_OPERATORS, STEP_STATUSES, type ComparisonOperator, type Condition, type ListOperand, type Scalar, type StepStatus } from '@couler/ir';
import { dslError, isOutputHandle, isParameterHandle, isStepHandle, type OutputHandle, type ParameterHandle, type StepHandle } from './handles';
import { describe, refOf, toOperand } from './values';

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

type ListInput = ReadonlyArray<Scalar> | StepHandle | OutputHandle | ParameterHandle;

function toListOperand(list: unknown, where: string): ListOperand {
  if (Array.isArray(list)) {
    const bad = list.find((item) => typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean');
    if (bad !== undefined) throw dslError('TYPE_MISMATCH', `${where} holds ${describe(bad)}; list items must be strings, numbers or booleans.`);
    return [...list] as Scalar[];
  }
  if (isStepHandle(list) || isOutputHandle(list) || isParameterHandle(list)) {
    const ref = refOf(list, where);
    if (ref.ref === 'step' || ref.ref === 'parameter') return ref;
  }
  throw dslError('TYPE_MISMATCH', `${where} must be a literal list, a list parameter or a step output holding a JSON list; got ${describe(list)}.`, {
    hint: "inList(branch, ['main', 'release']) or inList('main', parameter('branches', { type: 'list' }))",
  });
}

function membership(op: 'in' | 'notIn', name: string) {
  return (...operands: [value: unknown, list: ListInput]): Condition => {
    if (operands.length !== 2) throw dslError('INVALID_DSL_USAGE', `${name}() takes a value and a list; got ${operands.length} argument${operands.length === 1 ? '' : 's'}.`);
    const [value, list] = operands;
    return { op, value: toOperand(value, `${name}() value`), list: toListOperand(list, `${name}() list`) };
  };
}

/** `value` is one of the list's items (compared as text): `inList('main', branches)`. */
export const inList = membership('in', 'inList');
/** `value` is none of the list's items (compared as text). */
export const notInList = membership('notIn', 'notInList');

/**
 * How a main step ended, in an exit handler: `stepStatus(train, 'Failed')` holds when `train`
 * failed (retries spent); several statuses mean any of them. `'Skipped'`: it never ran.
 */
export function stepStatus(step: StepHandle, ...statuses: StepStatus[]): Condition {
  if (!isStepHandle(step)) throw dslError('TYPE_MISMATCH', `stepStatus() takes a step (what runContainer and the like return); got ${describe(step)}.`);
  if (statuses.length === 0) throw dslError('INVALID_DSL_USAGE', `stepStatus(${step.name}) needs at least one status: ${STEP_STATUSES.join(', ')}.`);
  const unknown = statuses.find((status) => !STEP_STATUSES.includes(status));
  if (unknown !== undefined) {
    throw dslError('INVALID_DSL_USAGE', `stepStatus() statuses are ${STEP_STATUSES.join(', ')}; got ${describe(unknown)}.`, {
      hint: 'An error counts as Failed; a step whose when was false, or whose upstream failed, is Skipped.',
    });
  }
  return { op: 'stepStatus', step: step.name, statuses: [...new Set(statuses)] };
}

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
  if (op === 'in' || op === 'notIn') return 'value' in value && 'list' in value;
  if (op === 'stepStatus') return Array.isArray((value as { statuses?: unknown }).statuses);
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
    hint: "Build one with equal, notEqual, bigger, smaller, biggerEqual, smallerEqual, inList, notInList, stepStatus (and, or, not), e.g. equal(flip, 'heads').",
  });
}

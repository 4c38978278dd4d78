import * as z from 'zod';
import { ParameterRefSchema, RefSchema, ScalarSchema, StepOutputRefSchema, isRef, type ParameterRef, type Ref, type Scalar, type StepOutputRef } from './value';

/**
 * Structured conditions (Couler's `equal`, `bigger`, … plus `and`/`or`/`not`). Kept as data, not
 * as an expression string, so each backend renders them in its own language: Argo `when:`,
 * Tekton `in`/`notin` or CEL, Airflow branch callables, the local engine's evaluator.
 */

export const COMPARISON_OPERATORS = [
  'equal',
  'notEqual',
  'bigger',
  'smaller',
  'biggerEqual',
  'smallerEqual',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** An operand: a literal or a reference (step output, workflow parameter, item, workflow fact). */
export const OperandSchema = z.union([ScalarSchema, RefSchema]);
export type Operand = Scalar | Ref;

export interface Comparison {
  op: ComparisonOperator;
  left: Operand;
  right: Operand;
}
export interface AndCondition {
  op: 'and';
  conditions: Condition[];
}
export interface OrCondition {
  op: 'or';
  conditions: Condition[];
}
export interface NotCondition {
  op: 'not';
  condition: Condition;
}
/**
 * Whether a value is one of a list's items (Tekton's `in`/`notin` over an array param). The list
 * is literal, a `list` workflow parameter, or a step output holding a JSON list; items and the
 * value are compared as text (a JSON number or boolean item by its JSON text).
 */
export interface MembershipCondition {
  op: 'in' | 'notIn';
  value: Operand;
  list: ListOperand;
}
export type ListOperand = Scalar[] | ParameterRef | StepOutputRef;

/**
 * How a main step ended, read by an exit-handler step (Tekton's `$(tasks.x.status)` in
 * `finally`): `Succeeded`; `Failed` (it failed or errored, retries spent); `Skipped` (its `when`
 * was false, or a step it waits for did not succeed, so it never ran).
 */
export const STEP_STATUSES = ['Succeeded', 'Failed', 'Skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export interface StepStatusCondition {
  op: 'stepStatus';
  step: string;
  statuses: StepStatus[];
}

export type Condition = Comparison | AndCondition | OrCondition | NotCondition | MembershipCondition | StepStatusCondition;

export const ComparisonSchema = z
  .strictObject({ op: z.enum(COMPARISON_OPERATORS), left: OperandSchema, right: OperandSchema })
  .meta({ id: 'Comparison' });

export const ListOperandSchema = z
  .union([z.array(ScalarSchema), ParameterRefSchema, StepOutputRefSchema])
  .meta({ id: 'ListOperand', description: 'A literal list, a list parameter, or a step output holding a JSON list.' });

export const MembershipConditionSchema = z
  .strictObject({ op: z.enum(['in', 'notIn']), value: OperandSchema, list: ListOperandSchema })
  .meta({ id: 'MembershipCondition', description: 'Whether value is (in) or is not (notIn) one of the list\'s items, compared as text.' });

export const StepStatusConditionSchema = z
  .strictObject({ op: z.literal('stepStatus'), step: z.string(), statuses: z.array(z.enum(STEP_STATUSES)).min(1) })
  .meta({ id: 'StepStatusCondition', description: 'A main step ended in one of these statuses; only in exit-handler steps.' });

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    ComparisonSchema,
    MembershipConditionSchema,
    StepStatusConditionSchema,
    z.strictObject({ op: z.literal('and'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ op: z.literal('or'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ op: z.literal('not'), condition: ConditionSchema }),
  ]),
).meta({ id: 'Condition', description: 'A comparison, or and/or/not of conditions.' });

/** A condition that is not and/or/not: what the others combine. */
export type LeafCondition = Comparison | MembershipCondition | StepStatusCondition;

/** The leaves of a condition, depth first, left to right. */
export function leavesOfCondition(condition: Condition | undefined): LeafCondition[] {
  if (condition === undefined) return [];
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.conditions.flatMap(leavesOfCondition);
    case 'not':
      return leavesOfCondition(condition.condition);
    default:
      return [condition];
  }
}

/** Every reference a condition reads, depth first, left to right. */
export function refsOfCondition(condition: Condition | undefined): Ref[] {
  return leavesOfCondition(condition).flatMap((leaf) => {
    switch (leaf.op) {
      case 'in':
      case 'notIn':
        return [leaf.value, ...(Array.isArray(leaf.list) ? [] : [leaf.list])].filter(isRef);
      case 'stepStatus':
        return [];
      default:
        return [leaf.left, leaf.right].filter(isRef);
    }
  });
}

/** Every `stepStatus` condition inside a condition, depth first. */
export function stepStatusesOfCondition(condition: Condition | undefined): StepStatusCondition[] {
  return leavesOfCondition(condition).filter((leaf): leaf is StepStatusCondition => leaf.op === 'stepStatus');
}

/** Whether a condition uses `in`/`notIn` anywhere. */
export function hasMembership(condition: Condition | undefined): boolean {
  return leavesOfCondition(condition).some((leaf) => leaf.op === 'in' || leaf.op === 'notIn');
}

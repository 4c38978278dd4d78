import { z } from 'zod';
import { RefSchema, ScalarSchema, isRef, type Ref, type Scalar } from './value';

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
export type Condition = Comparison | AndCondition | OrCondition | NotCondition;

export const ComparisonSchema = z
  .strictObject({ op: z.enum(COMPARISON_OPERATORS), left: OperandSchema, right: OperandSchema })
  .meta({ id: 'Comparison' });

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    ComparisonSchema,
    z.strictObject({ op: z.literal('and'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ op: z.literal('or'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ op: z.literal('not'), condition: ConditionSchema }),
  ]),
).meta({ id: 'Condition', description: 'A comparison, or and/or/not of conditions.' });

/** Every reference a condition reads, depth first, left to right. */
export function refsOfCondition(condition: Condition | undefined): Ref[] {
  if (condition === undefined) return [];
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.conditions.flatMap(refsOfCondition);
    case 'not':
      return refsOfCondition(condition.condition);
    default:
      return [condition.left, condition.right].filter(isRef);
  }
}

import * as z from 'zod';

/**
 * Values that flow between steps. A literal string is always a literal: it is never parsed for
 * `{{…}}` or `$(…)`. A reference is a structured object, so a backend can render it in its own
 * syntax and a hostile string can never turn into an expression by accident.
 */

/** A JSON scalar: what map items, parameter defaults and condition literals may be. */
export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

/** An output of another step: a declared output parameter or artifact, or `result` (stdout). */
export const StepOutputRefSchema = z
  .strictObject({
    ref: z.literal('step'),
    step: z.string().meta({ description: 'Name of the producing step.' }),
    output: z.string().meta({ description: 'Output parameter or artifact name, or `result` for stdout.' }),
  })
  .meta({ id: 'StepOutputRef', description: 'An output of another step. Of a mapped step it is the JSON list of every iteration\'s value.' });
export type StepOutputRef = z.infer<typeof StepOutputRefSchema>;

/** A workflow parameter (`spec.parameters`), possibly overridden at submit time. */
export const ParameterRefSchema = z
  .strictObject({ ref: z.literal('parameter'), name: z.string() })
  .meta({ id: 'ParameterRef', description: 'A workflow parameter.' });
export type ParameterRef = z.infer<typeof ParameterRefSchema>;

/** An input parameter of the step that holds this reference (`inputs.parameters`). */
export const InputRefSchema = z
  .strictObject({ ref: z.literal('input'), name: z.string() })
  .meta({ id: 'InputRef', description: 'An input parameter of the enclosing step.' });
export type InputRef = z.infer<typeof InputRefSchema>;

/** The current item of the enclosing step's `map`; `key` selects a field of a record item. */
export const ItemRefSchema = z
  .strictObject({ ref: z.literal('item'), key: z.string().optional() })
  .meta({ id: 'ItemRef', description: 'The current map item, or one field of it.' });
export type ItemRef = z.infer<typeof ItemRefSchema>;

export const WORKFLOW_FIELDS = ['name', 'namespace', 'uid', 'status', 'duration', 'failures'] as const;
/** A fact about the running workflow; `status` and `failures` only exist in exit handlers. */
export const WorkflowRefSchema = z
  .strictObject({ ref: z.literal('workflow'), field: z.enum(WORKFLOW_FIELDS) })
  .meta({ id: 'WorkflowRef', description: 'A fact about the running workflow.' });
export type WorkflowRef = z.infer<typeof WorkflowRefSchema>;

export const RefSchema = z.discriminatedUnion('ref', [
  StepOutputRefSchema,
  ParameterRefSchema,
  InputRefSchema,
  ItemRefSchema,
  WorkflowRefSchema,
]);
export type Ref = z.infer<typeof RefSchema>;

/** Literal text and references joined into one string, e.g. `--lr=` + a parameter. */
export const ConcatSchema = z
  .strictObject({ concat: z.array(z.union([z.string(), RefSchema])).min(1) })
  .meta({ id: 'Concat', description: 'Literal strings and references joined into one string.' });
export type Concat = z.infer<typeof ConcatSchema>;

/** What a command argument, env value or input parameter may hold. */
export const ValueSchema = z.union([z.string(), RefSchema, ConcatSchema]).meta({ id: 'Value' });
export type Value = z.infer<typeof ValueSchema>;

export function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && typeof (value as { ref?: unknown }).ref === 'string';
}

export function isConcat(value: unknown): value is Concat {
  return typeof value === 'object' && value !== null && Array.isArray((value as { concat?: unknown }).concat);
}

/** Every reference inside a value, in order. */
export function refsOfValue(value: Value | undefined): Ref[] {
  if (value === undefined || typeof value === 'string') return [];
  if (isConcat(value)) return value.concat.filter(isRef);
  return [value];
}

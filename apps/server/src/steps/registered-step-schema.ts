import { z } from 'zod';

/** A step's name: a DNS-1123 label, as engines name their objects (a step placed from it is named after it). */
export const STEP_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const StepNameSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(STEP_NAME_PATTERN, 'must be lower-case letters, digits and "-", starting and ending with a letter or digit (DNS-1123)')
  .meta({ description: 'DNS-1123 label (`churn-model`), unique in the tenant.' });

/** Parameter and output names reach the step as environment variables: identifiers only. */
const IDENTIFIER = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a letter or "_" followed by letters, digits or "_"');

/** Most bytes a registered step takes as JSON (its script included). */
export const MAX_STEP_BYTES = 64 * 1024;

const FieldValueSchema = z.union([z.string().max(MAX_STEP_BYTES), z.number(), z.boolean()]);
const WordsSchema = z.array(z.string().max(4096)).max(100);

/** One parameter, in the subset of JSON Schema the builder draws forms from. */
export const ParameterFieldSchema = z
  .strictObject({
    type: z.enum(['string', 'integer', 'number', 'boolean']),
    title: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    default: FieldValueSchema.optional(),
    enum: z.array(z.string().max(200)).min(1).max(100).optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    multiline: z.boolean().optional().meta({ description: 'A text area (scripts) rather than one line.' }),
  })
  .meta({ id: 'ParameterField' });

export const ParametersSchema = z
  .strictObject({
    type: z.literal('object'),
    properties: z.record(IDENTIFIER, ParameterFieldSchema),
    required: z.array(z.string().max(63)).max(50).optional(),
  })
  .superRefine((schema, context) => {
    if (Object.keys(schema.properties).length > 50) context.addIssue({ code: 'custom', message: 'at most 50 parameters', path: ['properties'] });
    for (const [index, key] of (schema.required ?? []).entries()) {
      if (!(key in schema.properties)) context.addIssue({ code: 'custom', message: `"${key}" is required but not among the properties`, path: ['required', index] });
    }
    for (const [key, field] of Object.entries(schema.properties)) {
      if (field.default === undefined) continue;
      const expected = field.type === 'integer' || field.type === 'number' ? 'number' : field.type;
      if (typeof field.default !== expected || (field.type === 'integer' && !Number.isInteger(field.default))) {
        context.addIssue({ code: 'custom', message: `the default must be of type ${field.type}`, path: ['properties', key, 'default'] });
      }
    }
  })
  .meta({ id: 'StepParameters', description: 'JSON Schema of the parameters: the builder draws the step’s form from it.' });

/** What a registered step runs: a zoo entry with its values set, or a container or script of its own. */
export const StepDefinitionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('zoo'),
      zoo: z.string().min(1).max(100).regex(/^[a-z0-9][-a-z0-9.]*$/, 'must be a zoo entry id (`logistic-regression`)').meta({ description: 'The zoo entry it specializes.' }),
      values: z.record(z.string().max(63), FieldValueSchema).meta({ description: 'The values it sets on that entry’s form.' }),
    }),
    z.strictObject({ kind: z.literal('container'), image: z.string().min(1).max(500), command: WordsSchema.optional(), args: WordsSchema.optional() }),
    z.strictObject({ kind: z.literal('script'), image: z.string().min(1).max(500), command: WordsSchema.optional(), source: z.string().min(1).max(MAX_STEP_BYTES) }),
  ])
  .meta({ id: 'StepDefinition', description: 'A zoo entry it specializes, or its own container or script; its parameters reach its own kinds as environment variables of the same names.' });

/** What a client sends to register or replace a step. */
export const RegisteredStepInputSchema = z
  .strictObject({
    name: StepNameSchema,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    definition: StepDefinitionSchema,
    parameters: ParametersSchema.default({ type: 'object', properties: {} }),
    outputs: z.array(IDENTIFIER).max(50).default([]).meta({ description: 'Output parameters the step writes to /tmp/<name>.' }),
  })
  .meta({ id: 'StepRegistration', description: 'A step to register: its name, what it runs, the schema of its parameters.' });
export type RegisteredStepInput = z.infer<typeof RegisteredStepInputSchema>;

export const RegisteredStepSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    description: z.string(),
    definition: StepDefinitionSchema,
    parameters: ParametersSchema,
    outputs: z.array(z.string()),
    createdBy: z.string().meta({ description: 'The name of the user who registered it.' }),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RegisteredStep', description: 'A step of the tenant’s registry, offered by the builder beside the zoo’s.' });
export type RegisteredStep = z.infer<typeof RegisteredStepSchema>;

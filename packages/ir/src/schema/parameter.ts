import * as z from 'zod';
import { ScalarSchema, ValueSchema } from './value';

/** Declared types let `validate` catch a `bigger` on a string or a `map` over a number. */
export const PARAMETER_TYPES = ['string', 'number', 'integer', 'boolean', 'json', 'list'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export const ParameterTypeSchema = z.enum(PARAMETER_TYPES);

export const WorkflowParameterSchema = z
  .strictObject({
    name: z.string(),
    type: ParameterTypeSchema.optional(),
    default: ScalarSchema.optional(),
    enum: z.array(ScalarSchema).optional(),
    description: z.string().optional(),
  })
  .meta({ id: 'WorkflowParameter' });
export type WorkflowParameter = z.infer<typeof WorkflowParameterSchema>;

export const InputParameterSchema = z
  .strictObject({
    name: z.string(),
    value: ValueSchema.optional(),
    default: z.string().optional(),
    type: ParameterTypeSchema.optional(),
    description: z.string().optional(),
  })
  .meta({ id: 'InputParameter' });
export type InputParameter = z.infer<typeof InputParameterSchema>;

/**
 * Where an output parameter's value comes from: a file the step writes (`path`, container and
 * script steps) or a query on the created object (`jsonPath`/`jqFilter`, resource and job steps).
 */
export const OutputParameterSchema = z
  .strictObject({
    name: z.string(),
    path: z.string().min(1).optional(),
    jsonPath: z.string().min(1).optional(),
    jqFilter: z.string().min(1).optional(),
    default: z.string().optional(),
    type: ParameterTypeSchema.optional(),
    global: z.boolean().optional().meta({ description: 'Also exported as a workflow output.' }),
    description: z.string().optional(),
  })
  .meta({ id: 'OutputParameter' });
export type OutputParameter = z.infer<typeof OutputParameterSchema>;

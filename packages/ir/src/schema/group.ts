import * as z from 'zod';
import { ConditionSchema } from './condition';

/**
 * Groups say something about several steps at once. They never hide steps: every member is
 * also in `spec.steps`, so a backend that ignores a group still sees the whole DAG.
 */

/** Branches that run side by side (Couler's `concurrent`); steps in a branch run in order. */
export const ConcurrentGroupSchema = z
  .strictObject({
    name: z.string(),
    kind: z.literal('concurrent'),
    branches: z.array(z.array(z.string()).min(1)).min(1),
    parallelism: z.number().int().min(1).optional(),
  })
  .meta({ id: 'ConcurrentGroup' });
export type ConcurrentGroup = z.infer<typeof ConcurrentGroupSchema>;

/**
 * `execWhile`: the body (`steps`) runs once, then again while `condition` (over the body's
 * outputs) holds, at most `maxIterations` times in all. Steps outside that depend on a body step
 * run after the last iteration and see its outputs.
 */
export const WhileGroupSchema = z
  .strictObject({
    name: z.string(),
    kind: z.literal('while'),
    steps: z.array(z.string()).min(1),
    condition: ConditionSchema,
    maxIterations: z.number().int().min(1).meta({ description: 'The cap: no engine loops forever.' }),
  })
  .meta({ id: 'WhileGroup' });
export type WhileGroup = z.infer<typeof WhileGroupSchema>;

export const GroupSchema = z.discriminatedUnion('kind', [ConcurrentGroupSchema, WhileGroupSchema]).meta({ id: 'Group' });
export type Group = z.infer<typeof GroupSchema>;

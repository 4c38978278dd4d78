import * as z from 'zod';
import { RetryPolicySchema } from './common';

/**
 * Settings every step of the workflow takes unless it sets its own (a step's own value wins,
 * field by field). Only settings that mean the same on one step of every engine are here: a
 * retry policy and the three time limits. Steps that run nothing of this document (suspend,
 * templateRef, sub-workflow calls) take none; the steps of a sub-workflow's body do.
 */
export const StepDefaultsSchema = z
  .strictObject({
    retry: RetryPolicySchema.optional().meta({ description: 'Retry policy of every step that has none (a sub-workflow call\'s retry comes first for the steps of its body).' }),
    timeoutSeconds: z.number().int().min(1).optional().meta({ description: "Running-time limit of every step that sets none." }),
    totalTimeoutSeconds: z.number().int().min(1).optional().meta({ description: "Time limit counted from the step's start, Pending included, of every step that sets none." }),
    pendingTimeoutSeconds: z.number().int().min(1).optional().meta({ description: 'Limit on the time Pending of every step that sets none.' }),
  })
  .meta({ id: 'StepDefaults' });
export type StepDefaults = z.infer<typeof StepDefaultsSchema>;

/** The fields of `StepDefaults`, in the order they are applied and reported. */
export const STEP_DEFAULT_FIELDS = ['retry', 'timeoutSeconds', 'totalTimeoutSeconds', 'pendingTimeoutSeconds'] as const satisfies ReadonlyArray<keyof StepDefaults>;

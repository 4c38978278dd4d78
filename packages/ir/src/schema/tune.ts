import * as z from 'zod';
import { sortKeys } from './common';
import { ScalarSchema } from './value';

/**
 * The values one hyperparameter may take: a list of choices, or a range of whole or real
 * numbers, searched on a log scale when `log` is set (learning rates, regularization).
 */
export const SearchDimensionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('choice'), values: z.array(ScalarSchema).min(1) }),
    z.strictObject({ type: z.literal('integer'), min: z.number().int(), max: z.number().int(), log: z.boolean().optional() }),
    z.strictObject({ type: z.literal('number'), min: z.number(), max: z.number(), log: z.boolean().optional() }),
  ])
  .meta({ id: 'SearchDimension', description: 'Choices, or a range of integers or numbers (log scale when `log`).' });
export type SearchDimension = z.infer<typeof SearchDimensionSchema>;

export const TUNE_GOALS = ['maximize', 'minimize'] as const;
export type TuneGoal = (typeof TUNE_GOALS)[number];

/**
 * Marks a step as tunable (paper §IV.C): its hyperparameters are workflow parameters the step
 * reads, and a tuning pass (`@couler/tuner-llm`) sets their defaults to the values it picks.
 * Backends run the step as it is; only passes read this field.
 */
export const TuneSpecSchema = z
  .strictObject({
    space: z
      .record(z.string(), SearchDimensionSchema)
      .overwrite(sortKeys)
      .meta({ description: 'Hyperparameters by the name of the workflow parameter that holds each.' }),
    metric: z.string().min(1).meta({ description: 'The metric to optimize, e.g. "accuracy" or "loss".' }),
    goal: z.enum(TUNE_GOALS),
    output: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          'The output parameter holding the measured metric: a number, or a JSON object with the metric as a key. Default: the output named like the metric, else the only output parameter.',
      }),
    fidelity: z
      .strictObject({ parameter: z.string(), min: z.number(), max: z.number() })
      .optional()
      .meta({ description: 'A workflow parameter that sets how much a trial trains (epochs, trees): successive halving starts trials at min and ends at max.' }),
  })
  .meta({ id: 'TuneSpec' });
export type TuneSpec = z.infer<typeof TuneSpecSchema>;

/**
 * The output parameter of a tunable step that holds its metric, by the rule of `TuneSpec.output`;
 * undefined when the step does not say and cannot be guessed.
 */
export function metricOutputOf(tune: TuneSpec, declaredOutputs: ReadonlyArray<string>): string | undefined {
  if (tune.output !== undefined) return tune.output;
  if (declaredOutputs.includes(tune.metric)) return tune.metric;
  return declaredOutputs.length === 1 ? declaredOutputs[0] : undefined;
}

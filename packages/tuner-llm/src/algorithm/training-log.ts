import { z } from 'zod';

/**
 * A predicted training log t_i (Algorithm 4, line 4): the metric after each epoch (or boosting
 * round, or fold), the final metric, the time, and one or two sentences of reasoning.
 */
export const TrainingLogSchema = z.strictObject({
  epochs: z
    .array(z.strictObject({ epoch: z.number().int().min(1), metric: z.number(), loss: z.number().optional() }))
    .min(1)
    .max(200),
  finalMetric: z.number(),
  trainingSeconds: z.number().min(0),
  reasoning: z.string().max(2000),
});
export type TrainingLog = z.infer<typeof TrainingLogSchema>;

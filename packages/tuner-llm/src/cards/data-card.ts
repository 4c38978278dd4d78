import { z } from 'zod';

/**
 * A Data Card (paper §IV.C, after Hugging Face's dataset cards): what the LLM is told about the
 * data — its name, the type of its inputs, the label space, the default evaluation metrics, and
 * size and shape facts.
 */
export const DataCardSchema = z.strictObject({
  name: z.string().min(1),
  /** `tabular`, `image`, `text`, `audio`, `time-series` … */
  inputType: z.string().min(1),
  description: z.string().optional(),
  /** The label space: class names, or a description of a regression target. */
  labels: z.union([z.array(z.string()).min(1), z.string().min(1)]),
  /** Default evaluation metrics, the first being the main one: `accuracy`, `macro-f1` … */
  metrics: z.array(z.string().min(1)).min(1),
  /** Size and shape facts: rows, features, classes, image size … */
  size: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.number())])).optional(),
});
export type DataCard = z.infer<typeof DataCardSchema>;

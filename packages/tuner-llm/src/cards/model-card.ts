import { z } from 'zod';

/**
 * A Model Card (paper §IV.C, after Mitchell et al.'s model cards): the model's name, its
 * structure, a description, and its architecture hyperparameters (the ones not being tuned).
 */
export const ModelCardSchema = z.strictObject({
  name: z.string().min(1),
  /** `an ensemble of CART trees`, `ResNet-18`, `2-layer transformer` … */
  structure: z.string().min(1),
  description: z.string().min(1),
  architecture: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type ModelCard = z.infer<typeof ModelCardSchema>;

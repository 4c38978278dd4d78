import * as z from 'zod';
import { StringMapSchema } from './common';
import { ConcatSchema, ParameterRefSchema } from './value';

/**
 * Cluster settings of a workflow's run that belong to Kubernetes engines. Each is its own
 * construct (`workflow.*` in `CONSTRUCTS`): an engine without an equivalent refuses it.
 */

/** When the claims of `volumeClaimTemplates` are deleted (Argo's `volumeClaimGC`). */
export const VolumeClaimGCSchema = z
  .strictObject({ strategy: z.enum(['OnWorkflowCompletion', 'OnWorkflowSuccess']) })
  .meta({ id: 'VolumeClaimGC' });

/**
 * Labels and annotations of each run (Argo's `workflowMetadata`), as opposed to those of the
 * definition (`metadata`); `labelsFrom` labels a run with values known when it is submitted.
 */
export const RunMetadataSchema = z
  .strictObject({
    labels: StringMapSchema.optional(),
    annotations: StringMapSchema.optional(),
    labelsFrom: z
      .record(z.string(), z.union([ParameterRefSchema, ConcatSchema]))
      .optional()
      .meta({ description: 'Label name → a workflow parameter, or a concat of text and parameters.' }),
  })
  .meta({ id: 'RunMetadata' });
export type RunMetadata = z.infer<typeof RunMetadataSchema>;

/** A PodDisruptionBudget over the run's pods: exactly one of minAvailable, maxUnavailable (a count or a percentage). */
export const PodDisruptionBudgetSchema = z
  .strictObject({
    minAvailable: z.union([z.number().int().min(0), z.string().regex(/^[0-9]+%$/)]).optional(),
    maxUnavailable: z.union([z.number().int().min(0), z.string().regex(/^[0-9]+%$/)]).optional(),
  })
  .meta({ id: 'PodDisruptionBudget', description: 'Exactly one of minAvailable, maxUnavailable.' });
export type PodDisruptionBudget = z.infer<typeof PodDisruptionBudgetSchema>;

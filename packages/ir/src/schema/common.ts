import { z } from 'zod';
import { QUANTITY_PATTERN } from './names';

/**
 * Records are canonical when their keys are sorted: `{b, a}` and `{a, b}` serialize alike.
 * @internal
 */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}

/** A string → string map (labels, annotations, node selectors), canonically ordered. */
export const StringMapSchema = z.record(z.string(), z.string()).overwrite(sortKeys);

/** A Kubernetes secret key by reference; the IR never holds secret values. */
export const SecretKeyRefSchema = z
  .strictObject({ name: z.string().min(1), key: z.string().min(1), optional: z.boolean().optional() })
  .meta({ id: 'SecretKeyRef', description: 'A key of a Kubernetes Secret, by reference.' });
export type SecretKeyRef = z.infer<typeof SecretKeyRefSchema>;

export const QuantitySchema = z
  .string()
  .regex(QUANTITY_PATTERN, 'Use a Kubernetes quantity such as "500m", "2", "4Gi".');

export const ResourceListSchema = z
  .strictObject({
    cpu: QuantitySchema.optional(),
    memory: QuantitySchema.optional(),
    gpu: z.number().int().min(0).optional().meta({ description: 'Whole GPUs.' }),
    ephemeralStorage: QuantitySchema.optional(),
  })
  .meta({ id: 'ResourceList' });
export type ResourceList = z.infer<typeof ResourceListSchema>;

export const ResourcesSchema = z
  .strictObject({
    requests: ResourceListSchema.optional(),
    limits: ResourceListSchema.optional(),
    gpuResourceName: z
      .string()
      .optional()
      .meta({ description: 'Extended resource that `gpu` counts; default `nvidia.com/gpu`.' }),
  })
  .meta({ id: 'Resources' });
export type Resources = z.infer<typeof ResourcesSchema>;

export const TolerationSchema = z
  .strictObject({
    key: z.string().optional(),
    operator: z.enum(['Exists', 'Equal']).optional(),
    value: z.string().optional(),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
    tolerationSeconds: z.number().int().optional(),
  })
  .meta({ id: 'Toleration' });
export type Toleration = z.infer<typeof TolerationSchema>;

export const VolumeMountSchema = z
  .strictObject({
    name: z.string().min(1),
    mountPath: z.string().min(1),
    readOnly: z.boolean().optional(),
    subPath: z.string().optional(),
  })
  .meta({ id: 'VolumeMount' });
export type VolumeMount = z.infer<typeof VolumeMountSchema>;

export const RETRY_ON = ['always', 'failure', 'error', 'transient'] as const;
export const RetryPolicySchema = z
  .strictObject({
    limit: z.number().int().min(0).meta({ description: 'Retries after the first attempt.' }),
    on: z
      .enum(RETRY_ON)
      .optional()
      .meta({
        description:
          'Which failures are retried: always (default), failure (non-zero exit), error (infrastructure), transient (known transient error patterns only).',
      }),
    backoff: z
      .strictObject({
        durationSeconds: z.number().min(0),
        factor: z.number().min(1).optional(),
        maxDurationSeconds: z
          .number()
          .min(0)
          .optional()
          .meta({ description: 'Longest time spent retrying, all attempts and waits together.' }),
        capSeconds: z
          .number()
          .min(0)
          .optional()
          .meta({ description: 'Longest single wait between two attempts, however many times the factor applied (Argo `backoff.cap`).' }),
      })
      .optional(),
    transientPatterns: z
      .array(z.string())
      .optional()
      .meta({ description: 'Extra error patterns (regular expressions) to treat as transient.' }),
  })
  .meta({ id: 'RetryPolicy' });
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

export const CacheHintSchema = z
  .strictObject({
    enabled: z.boolean().optional().meta({ description: 'Default true when the hint is present.' }),
    ttlSeconds: z.number().int().min(0).optional(),
    excludeInputs: z
      .array(z.string())
      .optional()
      .meta({ description: 'Input, argument or env names left out of the memoization key.' }),
    key: z.string().optional().meta({ description: 'An explicit key instead of the content hash.' }),
    storage: z.string().optional().meta({ description: 'Engine cache store, e.g. the Argo memoize ConfigMap name.' }),
  })
  .meta({ id: 'CacheHint' });
export type CacheHint = z.infer<typeof CacheHintSchema>;

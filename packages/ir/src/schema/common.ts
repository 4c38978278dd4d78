import * as z from 'zod';
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

/**
 * A retry policy: retry a failed attempt up to `limit` times, when `on` says so.
 *
 * What `on` retries, the same on every engine (each backend's README says how it maps):
 * - `always` (default): every failure — a non-zero exit, a kill by a signal (an out-of-memory
 *   kill included), a timeout — and every error around the step (the engine could not start it,
 *   stage its inputs, read its outputs).
 * - `failure`: failures of the step's own process: a non-zero exit, a kill by a signal (an
 *   out-of-memory kill included), a timeout. Not errors around it (Argo `OnFailure`).
 * - `error`: errors around the step only, not the step's own exit (Argo `OnError`).
 * - `transient`: only failures known to pass by themselves: a kill by SIGKILL or the
 *   out-of-memory killer (exit status 137), the engine's own list of transient errors, and any
 *   failure whose message or last log lines match one of `transientPatterns`. Not a plain
 *   non-zero exit, not a timeout.
 *
 * `transientPatterns` add to what `transient` recognizes (as Argo's `TRANSIENT_ERROR_PATTERN`
 * adds to `OnTransientError`); they never narrow `always` or `failure`, which retry every
 * failure anyway. They are allowed only with `on: 'transient'`, so that a policy such as
 * `{ on: 'failure', transientPatterns: ['OOM'] }` cannot mean one thing on one engine and
 * another elsewhere. Each is a regular expression, matched case-insensitively, written in the
 * syntax JavaScript and Go (RE2) share: no lookaround, no backreferences.
 */
export const RetryPolicySchema = z
  .strictObject({
    limit: z.number().int().min(0).meta({ description: 'Retries after the first attempt.' }),
    on: z
      .enum(RETRY_ON)
      .optional()
      .meta({
        description:
          'Which failures are retried: always (default: every failure and every error around the step), failure (a non-zero exit, a kill by a signal, a timeout), error (errors around the step only), transient (a SIGKILL or out-of-memory kill, the engine\'s known transient errors, and failures matching transientPatterns).',
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
      .meta({
        description:
          "Regular expressions (case-insensitive) that mark a failure as transient when its message or last log lines match; only with on: 'transient', whose known transient errors they extend.",
      }),
  })
  .superRefine((policy, context) => {
    const patterns = policy.transientPatterns ?? [];
    if (patterns.length > 0 && policy.on !== 'transient') {
      const on = policy.on === undefined ? 'no "on" (always)' : `on: '${policy.on}'`;
      context.addIssue({
        code: 'custom',
        path: ['transientPatterns'],
        message: `only extend what on: 'transient' retries, and this policy has ${on}, which retries every ${policy.on === 'error' ? 'error around the step' : 'failure'} whatever its message. Write on: 'transient' to retry only failures that match the patterns (or a kill by SIGKILL), or drop transientPatterns`,
      });
    }
    patterns.forEach((source, index) => {
      const problem = patternProblem(source);
      if (problem) context.addIssue({ code: 'custom', path: ['transientPatterns', index], message: `the pattern ${JSON.stringify(source)} ${problem}` });
    });
  })
  .meta({ id: 'RetryPolicy' });

/**
 * Why `source` cannot be a transient pattern on every engine, or undefined. The local engine
 * reads it as a JavaScript regular expression, Argo as a Go (RE2) one: lookaround and
 * backreferences exist only in the first.
 */
function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'i');
  } catch (error) {
    return `is not a regular expression (${(error as Error).message}); escape special characters with a backslash`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'uses a backreference, which Go (RE2) regular expressions cannot express; match the text itself';
  if (/\((\?[=!]|\?<[=!])/.test(source)) return 'uses lookaround, which Go (RE2) regular expressions cannot express; match the text itself';
  return undefined;
}

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

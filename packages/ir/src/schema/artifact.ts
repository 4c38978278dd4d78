import { z } from 'zod';
import { SecretKeyRefSchema } from './common';
import { StepOutputRefSchema } from './value';

/**
 * The run's own id inside an artifact key, rendered as each engine's (Argo `{{workflow.uid}}`,
 * Airflow's run id, Tekton's PipelineRun uid, the local run's id), so two runs of one workflow
 * never overwrite each other's objects. The same shape as the `uid` WorkflowRef of values.
 */
export const RunIdPartSchema = z
  .strictObject({ ref: z.literal('workflow'), field: z.literal('uid') })
  .meta({ id: 'RunIdPart', description: "The run's id, as the engine names it." });
export type RunIdPart = z.infer<typeof RunIdPartSchema>;

/**
 * An object key or path: literal text, or literal text and the run's id joined. Literal parts are
 * never parsed for `{{…}}` or `$(…)`; only a `RunIdPart` becomes the engine's placeholder.
 */
export const ArtifactKeySchema = z
  .union([z.string().min(1), z.strictObject({
      concat: z
        .array(z.union([z.string(), RunIdPartSchema]))
        .min(1)
        .refine((parts) => parts.some((part) => typeof part !== 'string' || part.length > 0), 'a key cannot be empty'),
    })])
  .meta({ id: 'ArtifactKey', description: "An object key: literal text, or literal text and the run's id joined (`concat`)." });
export type ArtifactKey = z.infer<typeof ArtifactKeySchema>;

/**
 * Where an artifact lives (Table II of the Couler tech report, plus HTTP). An artifact without a
 * location lives in the engine's default artifact store: Argo's artifact repository, the local
 * engine's content-addressed store. That is what `createLocalArtifact` makes.
 */
export const S3LocationSchema = z.strictObject({
  type: z.literal('s3'),
  bucket: z.string().min(1),
  key: ArtifactKeySchema,
  endpoint: z.string().optional(),
  region: z.string().optional(),
  insecure: z.boolean().optional(),
  accessKey: SecretKeyRefSchema.optional(),
  secretKey: SecretKeyRefSchema.optional(),
});
export const OssLocationSchema = z.strictObject({
  type: z.literal('oss'),
  bucket: z.string().min(1),
  key: ArtifactKeySchema,
  endpoint: z.string().min(1),
  accessKey: SecretKeyRefSchema.optional(),
  secretKey: SecretKeyRefSchema.optional(),
});
export const GcsLocationSchema = z.strictObject({
  type: z.literal('gcs'),
  bucket: z.string().min(1),
  key: ArtifactKeySchema,
  serviceAccountKey: SecretKeyRefSchema.optional(),
});
export const HdfsLocationSchema = z.strictObject({
  type: z.literal('hdfs'),
  addresses: z.array(z.string().min(1)).min(1),
  path: z.string().min(1),
  user: z.string().optional(),
});
export const GitLocationSchema = z.strictObject({
  type: z.literal('git'),
  repo: z.string().min(1),
  revision: z.string().optional(),
  depth: z.number().int().min(1).optional(),
  username: SecretKeyRefSchema.optional(),
  password: SecretKeyRefSchema.optional(),
  sshPrivateKey: SecretKeyRefSchema.optional(),
});
export const HttpLocationSchema = z.strictObject({
  type: z.literal('http'),
  url: z.string().min(1),
  headers: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })).optional(),
});

export const ARTIFACT_LOCATION_TYPES = ['s3', 'oss', 'gcs', 'hdfs', 'git', 'http'] as const;
export type ArtifactLocationType = (typeof ARTIFACT_LOCATION_TYPES)[number];

export const ArtifactLocationSchema = z
  .discriminatedUnion('type', [
    S3LocationSchema,
    OssLocationSchema,
    GcsLocationSchema,
    HdfsLocationSchema,
    GitLocationSchema,
    HttpLocationSchema,
  ])
  .meta({ id: 'ArtifactLocation' });
export type ArtifactLocation = z.infer<typeof ArtifactLocationSchema>;

export const OutputArtifactSchema = z
  .strictObject({
    name: z.string(),
    path: z.string().min(1).meta({ description: 'File or directory the step writes.' }),
    location: ArtifactLocationSchema.optional(),
    global: z.boolean().optional().meta({ description: 'Also exported as a workflow output.' }),
    archive: z.enum(['tar', 'none']).optional(),
    optional: z.boolean().optional(),
    description: z.string().optional(),
  })
  .meta({ id: 'OutputArtifact' });
export type OutputArtifact = z.infer<typeof OutputArtifactSchema>;

/** Exactly one source: another step's artifact (`from`), a `location`, inline `raw` text, or a declared `dataset`. */
export const InputArtifactSchema = z
  .strictObject({
    name: z.string(),
    path: z.string().min(1).meta({ description: 'Where the step sees the artifact.' }),
    from: StepOutputRefSchema.optional(),
    location: ArtifactLocationSchema.optional(),
    raw: z.string().optional(),
    dataset: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A dataset of `spec.datasets`: the step reads the engine's synced copy instead of downloading the source (added in v1alpha1: optional)." }),
    mode: z.number().int().optional(),
    optional: z.boolean().optional(),
  })
  .meta({ id: 'InputArtifact' });
export type InputArtifact = z.infer<typeof InputArtifactSchema>;

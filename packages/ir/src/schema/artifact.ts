import * as z from 'zod';
import { ArtifactTypeSchema } from './artifact-type';
import { SecretKeyRefSchema } from './common';
import { DNS1123_LABEL_PATTERN } from './names';
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
/**
 * An Azure Blob Storage blob (Argo's `AzureArtifact`). `endpoint` is the account's blob service URL
 * (`https://<account>.blob.core.windows.net`); `accountKey` names the account's access key, and
 * `useSDKCreds` asks the engine for the SDK's own credentials (managed identity, environment) instead.
 */
export const AzureLocationSchema = z.strictObject({
  type: z.literal('azure'),
  container: z.string().min(1).meta({ description: 'The blob container.' }),
  blob: ArtifactKeySchema.meta({ description: 'The blob name (its path inside the container).' }),
  endpoint: z.string().min(1).optional().meta({ description: 'The blob service URL, e.g. "https://myaccount.blob.core.windows.net".' }),
  accountKey: SecretKeyRefSchema.optional().meta({ description: "The secret key holding the storage account's access key." }),
  useSDKCreds: z.boolean().optional().meta({ description: "Use the Azure SDK's default credentials instead of an account key." }),
});
/**
 * A file in a JFrog Artifactory repository (Argo's `ArtifactoryArtifact`): its full http(s) URL,
 * read with GET and written with PUT. `username` and `password` name the Secret keys for HTTP basic
 * auth (an API key or access token goes in `password`); the values never enter the IR.
 */
export const ArtifactoryLocationSchema = z.strictObject({
  type: z.literal('artifactory'),
  url: ArtifactKeySchema.meta({ description: 'The file\'s URL, e.g. "https://acme.jfrog.io/artifactory/ml-models/runs/model.tgz"; `concat` puts the run\'s id in it.' }),
  username: SecretKeyRefSchema.optional().meta({ description: 'The secret key holding the user name.' }),
  password: SecretKeyRefSchema.optional().meta({ description: 'The secret key holding the password, API key or access token.' }),
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

/**
 * Argo names the volume of an artifact driver plugin's socket `artifact-plugin-<name>`, a
 * DNS-1123 label of at most 63 characters: the name itself may have 47.
 */
export const ARTIFACT_PLUGIN_NAME_MAX_LENGTH = 47;

/**
 * An object kept by an Argo artifact driver plugin (Argo 4.0+, `Artifact.plugin`): a gRPC
 * server the cluster's admin registers under `artifactDrivers` in the controller's ConfigMap,
 * run by Argo beside each pod that moves the artifact. `configuration` is handed to the plugin
 * as it is (YAML or JSON text, the plugin's own schema); `key` is where the object is in the
 * plugin's storage. Added in v1alpha1: a location type engines without such a driver refuse.
 */
export const PluginLocationSchema = z.strictObject({
  type: z.literal('plugin'),
  name: z
    .string()
    .max(ARTIFACT_PLUGIN_NAME_MAX_LENGTH)
    .regex(DNS1123_LABEL_PATTERN, 'a DNS-1123 label: lower-case letters, digits and "-"')
    .meta({ description: "The artifact driver plugin's name, as registered in the controller's artifactDrivers." }),
  configuration: z.string().min(1).meta({ description: "What the plugin is given: text in the plugin's own format (YAML is Argo's advice), literal." }),
  key: ArtifactKeySchema.meta({ description: "Where the object is in the plugin's storage; `concat` puts the run's id in it." }),
  connectionTimeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .meta({ description: 'How long Argo waits to connect to the plugin once it started (Argo default: 5).' }),
});

export const ARTIFACT_LOCATION_TYPES = ['s3', 'oss', 'gcs', 'azure', 'artifactory', 'hdfs', 'git', 'http', 'plugin'] as const;
export type ArtifactLocationType = (typeof ARTIFACT_LOCATION_TYPES)[number];

/**
 * Typed by hand, as a union of the inferred locations: the location appears in many places of a
 * workflow, and with its whole inferred type in each the workflow's type passed what TypeScript
 * can write out.
 */
export type ArtifactLocation =
  | z.infer<typeof S3LocationSchema>
  | z.infer<typeof OssLocationSchema>
  | z.infer<typeof GcsLocationSchema>
  | z.infer<typeof AzureLocationSchema>
  | z.infer<typeof ArtifactoryLocationSchema>
  | z.infer<typeof HdfsLocationSchema>
  | z.infer<typeof GitLocationSchema>
  | z.infer<typeof HttpLocationSchema>
  | z.infer<typeof PluginLocationSchema>;

export const ArtifactLocationSchema: z.ZodType<ArtifactLocation> = z
  .discriminatedUnion('type', [
    S3LocationSchema,
    OssLocationSchema,
    GcsLocationSchema,
    AzureLocationSchema,
    ArtifactoryLocationSchema,
    HdfsLocationSchema,
    GitLocationSchema,
    HttpLocationSchema,
    PluginLocationSchema,
  ])
  .meta({ id: 'ArtifactLocation' });

/**
 * When the engine deletes an artifact's stored object (Argo's `artifactGC` strategies): when the
 * run ends, when the run is deleted, or never. Set for the whole workflow or per output artifact.
 */
export const ARTIFACT_GC_STRATEGIES = ['OnWorkflowCompletion', 'OnWorkflowDeletion', 'Never'] as const;
export const ArtifactGCStrategySchema = z
  .enum(ARTIFACT_GC_STRATEGIES)
  .meta({ id: 'ArtifactGCStrategy', description: 'When the stored object of an output artifact is deleted: when the run ends, when the run is deleted, or never.' });
export type ArtifactGCStrategy = z.infer<typeof ArtifactGCStrategySchema>;

/** The artifact repository a run uses: a key of a ConfigMap in the run's namespace (Argo's `artifactRepositoryRef`). */
export const ArtifactRepositoryRefSchema = z
  .strictObject({
    configMap: z
      .string()
      .max(253)
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, 'must be a ConfigMap name: lower-case letters, digits, "-" and "."')
      .meta({ description: 'The ConfigMap holding artifact repositories.' }),
    key: z
      .string()
      .max(253)
      .regex(/^[-._a-zA-Z0-9]+$/, 'must be a ConfigMap key: letters, digits, "-", "_" and "."')
      .meta({ description: 'The key of the repository inside the ConfigMap.' }),
  })
  .meta({ id: 'ArtifactRepositoryRef' });
export type ArtifactRepositoryRef = z.infer<typeof ArtifactRepositoryRefSchema>;

export const OutputArtifactSchema = z
  .strictObject({
    name: z.string(),
    path: z.string().min(1).meta({ description: 'File or directory the step writes.' }),
    location: ArtifactLocationSchema.optional(),
    global: z.boolean().optional().meta({ description: 'Also exported as a workflow output.' }),
    archive: z.enum(['tar', 'none']).optional(),
    compressionLevel: z
      .number()
      .int()
      .min(0)
      .max(9)
      .optional()
      .meta({ description: 'Gzip level of the tar archive (0 stores, 9 packs hardest); only with the tar archive.' }),
    optional: z.boolean().optional(),
    artifactGC: ArtifactGCStrategySchema.optional().meta({ description: "Replaces the workflow's artifactGC for this artifact." }),
    description: z.string().optional(),
    artifactType: ArtifactTypeSchema.optional().meta({ description: 'What the artifact holds (a KFP type such as Model or Dataset); checked against the types its consumers declare.' }),
  })
  .meta({ id: 'OutputArtifact' });
export type OutputArtifact = z.infer<typeof OutputArtifactSchema>;

/**
 * Exactly one source: another step's artifact (`from`), a `location`, inline `raw` text, a
 * declared `dataset`, or (in a sub-workflow's body) one of the definition's input artifacts (`input`).
 */
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
    input: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "An input artifact of the enclosing sub-workflow definition (`inputs.artifacts`): whatever its call passes. Only in a definition's body (added in v1alpha1: optional)." }),
    mode: z.number().int().min(0).max(0o777).optional().meta({ description: 'Permission bits of the file the step sees (0 to 0o777).' }),
    recurseMode: z.boolean().optional().meta({ description: "Apply `mode` to every file of a directory too; needs `mode`." }),
    subPath: z.string().min(1).optional().meta({ description: 'Read only this path inside the artifact (a directory artifact or location).' }),
    optional: z.boolean().optional(),
    artifactType: ArtifactTypeSchema.optional().meta({ description: 'What the step expects to read (a KFP type such as Dataset); a producer that declares another type is an error.' }),
  })
  .meta({ id: 'InputArtifact' });
export type InputArtifact = z.infer<typeof InputArtifactSchema>;

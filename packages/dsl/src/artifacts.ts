import { ARTIFACT_GC_STRATEGIES, ARTIFACT_PLUGIN_NAME_MAX_LENGTH, ArtifactTypeSchema, DNS1123_LABEL_PATTERN, type ArtifactGCStrategy, type ArtifactType, type KfpSystemArtifactType, type ArtifactKey, type ArtifactLocation, type Concat, isConcat, type SecretKeyRef } from '@couler/ir';
import { dslError } from './handles';
import { checkOptions, type OptionKeys } from './internal/check-options';

/**
 * Artifacts of Table II. `create*Artifact(path, …)` describes a file or directory a step writes
 * (`output:`) or reads (`input:`); where it is stored is the artifact's location. A parameter
 * artifact is a small value read from the file (an output parameter); a local artifact lives in
 * the engine's default artifact store.
 */

const ARTIFACT = Symbol.for('couler.dsl.artifact');

export interface ArtifactSpec {
  readonly [ARTIFACT]: true;
  /** `parameter`: the file's text becomes an output parameter; `artifact`: the file is stored. */
  readonly kind: 'parameter' | 'artifact';
  readonly path: string;
  /** Output name; derived from the file name when not given (`/out/model.pkl` → `model`). */
  readonly name?: string;
  readonly location?: ArtifactLocation;
  /** Also exported as a workflow output (Couler's `is_global`). */
  readonly global?: boolean;
  readonly archive?: 'tar' | 'none';
  readonly optional?: boolean;
  /** Parameter artifacts: the value when the file cannot be read (else the step fails). */
  readonly default?: string;
  /** Inputs only: the declared dataset whose synced copy the step reads (`dataset(…).mount`). */
  readonly dataset?: string;
  /** Raw artifacts: the file's text, written into the step's container. */
  readonly raw?: string;
  readonly mode?: number;
  readonly recurseMode?: boolean;
  readonly subPath?: string;
  readonly compressionLevel?: number;
  readonly artifactGC?: ArtifactGCStrategy;
  /** What the artifact holds (KFP's `Model`, `Dataset` …); checked between producer and consumer. */
  readonly type?: ArtifactType;
}

export function isArtifactSpec(value: unknown): value is ArtifactSpec {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ARTIFACT] === true;
}

interface CommonArtifactOptions {
  name?: string;
  global?: boolean;
  optional?: boolean;
}

const COMMON_ARTIFACT_KEYS = { name: true, global: true, optional: true } as const satisfies Record<keyof CommonArtifactOptions, true>;

/** Options of a file read by a step (an input): how it lands in the container. */
export interface ReadArtifactOptions {
  /** Permission bits of the file the step sees (0o644, 0o755 …). */
  mode?: number;
  /** Apply `mode` to every file of a directory too. */
  recurseMode?: boolean;
  /** Read only this path inside the artifact (a file in a stored directory or archive). */
  subPath?: string;
}

/** Options of an object a step stores (an output). */
export interface StoredArtifactOptions {
  /** When the stored object is deleted; replaces configWorkflow({ artifactGC }) for this artifact. */
  artifactGC?: ArtifactGCStrategy;
  /** Gzip level (0–9) of the tar archive the output is stored as. */
  compressionLevel?: number;
}

/**
 * An artifact's type: one of KFP's system types (offered by the editor) or a component
 * library's own type name (`CSV`, `XGBoostModel`).
 */
export type ArtifactTypeInput = KfpSystemArtifactType | (string & {});

/** Options of a file or directory artifact: what it holds. */
export interface TypedArtifactOptions {
  /**
   * What the artifact holds, as KFP's `Output[Model]`/`Input[Dataset]`: a step that expects a
   * Dataset and reads a Model is refused when the workflow is built. No engine reads it.
   */
  type?: ArtifactTypeInput;
}

const TYPED_KEYS = { type: true } as const satisfies Record<keyof TypedArtifactOptions, true>;

/** An artifact type, checked: it is a name, and a typo should not pass as a library's own type unnoticed. */
export function toArtifactType(value: unknown, where: string): ArtifactType {
  const parsed = ArtifactTypeSchema.safeParse(value);
  if (!parsed.success) {
    throw dslError('INVALID_DSL_USAGE', `${where} must be a type name such as 'Model' or 'Dataset'; got ${JSON.stringify(value)}.`, {
      hint: "Use one of KFP's system types (Artifact, Dataset, Model, Metrics, ClassificationMetrics, SlicedClassificationMetrics, HTML, Markdown) or your library's own name: letters, digits, '_', '.' and '-'.",
    });
  }
  return parsed.data;
}

/** Whether `value` can be an artifact type (a KFP v1 component may declare any text as its type). */
export function isTypedArtifactType(value: string): boolean {
  return ArtifactTypeSchema.safeParse(value).success;
}

const READ_KEYS = { mode: true, recurseMode: true, subPath: true } as const satisfies Record<keyof ReadArtifactOptions, true>;
const STORED_KEYS = { artifactGC: true, compressionLevel: true } as const satisfies Record<keyof StoredArtifactOptions, true>;

/** An artifactGC strategy, checked: a typo would otherwise reach the engine as an unknown strategy. */
export function toArtifactGC(value: unknown, where: string): ArtifactGCStrategy {
  if (!(ARTIFACT_GC_STRATEGIES as readonly unknown[]).includes(value)) {
    throw dslError('INVALID_DSL_USAGE', `${where} must be one of ${ARTIFACT_GC_STRATEGIES.map((strategy) => `'${strategy}'`).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value as ArtifactGCStrategy;
}

/** An artifact given as a step's input with options only an output has: refused, not dropped. */
export function refuseOutputOnlyOptions(artifact: ArtifactSpec, api: string): void {
  const given = (['artifactGC', 'compressionLevel', 'global'] as const).filter((key) => artifact[key] !== undefined);
  if (given.length) {
    throw dslError('INVALID_DSL_USAGE', `${api}({ input }) got an artifact with ${given.map((key) => `"${key}"`).join(' and ')}, which only a stored output has.`, {
      hint: 'Set them on the artifact the producing step writes (output:), or drop them from the input.',
    });
  }
}

/** An artifact given as a step's output with options only an input has: refused, not dropped. */
export function refuseInputOnlyOptions(artifact: ArtifactSpec, api: string): void {
  const given = (['raw', 'mode', 'recurseMode', 'subPath'] as const).filter((key) => artifact[key] !== undefined);
  if (given.length) {
    throw dslError('INVALID_DSL_USAGE', `${api}({ output }) got an artifact with ${given.map((key) => `"${key}"`).join(' and ')}, which only a step's input has.`, {
      hint: 'Set them where a step reads the artifact (input:), or drop them from the output.',
    });
  }
}

/** The options object form of a creator: its options with the path among them. */
export type WithPath<Options> = Options & { path: string };

/**
 * The two call shapes every creator takes: Couler's `(path, options)`, and one options object
 * holding the path, `({ path, bucket, key })`, as many TypeScript APIs are called.
 */
function pathAndOptions<Options extends object>(api: string, first: unknown, second: Options | undefined): [string, Options] {
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return [first as string, (second ?? {}) as Options];
  if (second !== undefined) {
    throw dslError('INVALID_DSL_USAGE', `${api}() takes the path and the options, or one object with the path among the options; it got an object and options.`, {
      hint: `${api}('/data/out', { … }) or ${api}({ path: '/data/out', … }).`,
    });
  }
  const { path, ...options } = first as { path?: unknown };
  if (path === undefined) {
    throw dslError('INVALID_DSL_USAGE', `${api}({ … }) needs "path": the file or directory in the step's container.`, {
      hint: `${api}({ path: '/data/out', … }), or the path first: ${api}('/data/out', { … }).`,
    });
  }
  return [path as string, options as Options];
}

type SpecOptions = CommonArtifactOptions & TypedArtifactOptions & ReadArtifactOptions & StoredArtifactOptions & { location?: ArtifactLocation; archive?: 'tar' | 'none'; default?: string; raw?: string };

function spec(kind: ArtifactSpec['kind'], api: string, path: string, options: SpecOptions): ArtifactSpec {
  if (typeof path !== 'string' || path.trim() === '') {
    throw dslError('INVALID_DSL_USAGE', `${api}() needs the path of the file or directory; got ${JSON.stringify(path)}.`);
  }
  return {
    [ARTIFACT]: true,
    kind,
    path,
    ...(options.name !== undefined && { name: options.name }),
    ...(options.location && { location: options.location }),
    ...(options.global && { global: true }),
    ...(options.archive && { archive: options.archive }),
    ...(options.optional && { optional: true }),
    ...(options.default !== undefined && { default: options.default }),
    ...(options.raw !== undefined && { raw: options.raw }),
    ...(options.mode !== undefined && { mode: options.mode }),
    ...(options.recurseMode !== undefined && { recurseMode: options.recurseMode }),
    ...(options.subPath !== undefined && { subPath: options.subPath }),
    ...(options.compressionLevel !== undefined && { compressionLevel: options.compressionLevel }),
    ...(options.artifactGC !== undefined && { artifactGC: toArtifactGC(options.artifactGC, `${api}({ artifactGC })`) }),
    ...(options.type !== undefined && { type: toArtifactType(options.type, `${api}({ type })`) }),
  };
}

export interface ParameterArtifactOptions extends CommonArtifactOptions {
  /** The value when the file cannot be read: the step then succeeds with it instead of failing. */
  default?: string | number | boolean;
}

/** The input that reads a dataset's synced copy at `path` (what `DatasetHandle.mount` returns). */
export function datasetArtifact(path: string, dataset: string, name?: string): ArtifactSpec {
  return { ...spec('artifact', 'mount', path, name !== undefined ? { name } : {}), dataset };
}

/** A value the step writes to `path`; later steps read it as a parameter. */
const PARAMETER_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, default: true } as const satisfies Record<keyof ParameterArtifactOptions, true>;

export function createParameterArtifact(path: string, options?: ParameterArtifactOptions): ArtifactSpec;
export function createParameterArtifact(options: WithPath<ParameterArtifactOptions>): ArtifactSpec;
export function createParameterArtifact(first: string | WithPath<ParameterArtifactOptions>, second?: ParameterArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<ParameterArtifactOptions>('createParameterArtifact', first, second);
  checkOptions('createParameterArtifact()', options, PARAMETER_ARTIFACT_KEYS);
  const fallback = options.default;
  if (fallback !== undefined && !['string', 'number', 'boolean'].includes(typeof fallback)) {
    throw dslError('INVALID_DSL_USAGE', `createParameterArtifact({ default }) must be a string, number or boolean; got ${typeof fallback}.`);
  }
  const { default: _default, ...rest } = options;
  return spec('parameter', 'createParameterArtifact', path, { ...rest, ...(fallback !== undefined && { default: String(fallback) }) });
}

export interface LocalArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  /** How a directory is stored: `tar` (default) or `none`. */
  archive?: 'tar' | 'none';
}

const LOCAL_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, archive: true } as const satisfies Record<keyof LocalArtifactOptions, true>;

/** A file or directory kept in the engine's default artifact store. */
export function createLocalArtifact(path: string, options?: LocalArtifactOptions): ArtifactSpec;
export function createLocalArtifact(options: WithPath<LocalArtifactOptions>): ArtifactSpec;
export function createLocalArtifact(first: string | WithPath<LocalArtifactOptions>, second?: LocalArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<LocalArtifactOptions>('createLocalArtifact', first, second);
  checkOptions('createLocalArtifact()', options, LOCAL_ARTIFACT_KEYS);
  return spec('artifact', 'createLocalArtifact', path, options);
}

export interface S3ArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  bucket: string;
  /** The object's key; `concat('models/', workflowUid, '/model.pkl')` gives each run its own object. */
  key: string | Concat;
  endpoint?: string;
  region?: string;
  insecure?: boolean;
  /** Secret keys holding the credentials (values never enter the workflow). */
  accessKeySecret?: SecretKeyRef;
  secretKeySecret?: SecretKeyRef;
}

const S3_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, bucket: true, key: true, endpoint: true, region: true, insecure: true, accessKeySecret: true, secretKeySecret: true } as const satisfies Record<keyof S3ArtifactOptions, true>;

export function createS3Artifact(path: string, options: S3ArtifactOptions): ArtifactSpec;
export function createS3Artifact(options: WithPath<S3ArtifactOptions>): ArtifactSpec;
export function createS3Artifact(first: string | WithPath<S3ArtifactOptions>, second?: S3ArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<S3ArtifactOptions>('createS3Artifact', first, second);
  requireFields('createS3Artifact', options, ['bucket', 'key'], S3_ARTIFACT_KEYS);
  const { bucket, endpoint, region, insecure, accessKeySecret, secretKeySecret } = options;
  const key = objectKey('createS3Artifact', options.key);
  return spec('artifact', 'createS3Artifact', path, {
    ...options,
    location: {
      type: 's3',
      bucket,
      key,
      ...(endpoint !== undefined && { endpoint }),
      ...(region !== undefined && { region }),
      ...(insecure !== undefined && { insecure }),
      ...(accessKeySecret && { accessKey: accessKeySecret }),
      ...(secretKeySecret && { secretKey: secretKeySecret }),
    },
  });
}

export interface OssArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  bucket: string;
  /** The object's key; `concat('models/', workflowUid, '/model.pkl')` gives each run its own object. */
  key: string | Concat;
  endpoint: string;
  accessKeySecret?: SecretKeyRef;
  secretKeySecret?: SecretKeyRef;
}

const OSS_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, bucket: true, key: true, endpoint: true, accessKeySecret: true, secretKeySecret: true } as const satisfies Record<keyof OssArtifactOptions, true>;

export function createOssArtifact(path: string, options: OssArtifactOptions): ArtifactSpec;
export function createOssArtifact(options: WithPath<OssArtifactOptions>): ArtifactSpec;
export function createOssArtifact(first: string | WithPath<OssArtifactOptions>, second?: OssArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<OssArtifactOptions>('createOssArtifact', first, second);
  requireFields('createOssArtifact', options, ['bucket', 'key', 'endpoint'], OSS_ARTIFACT_KEYS);
  const { bucket, endpoint, accessKeySecret, secretKeySecret } = options;
  const key = objectKey('createOssArtifact', options.key);
  return spec('artifact', 'createOssArtifact', path, {
    ...options,
    location: {
      type: 'oss',
      bucket,
      key,
      endpoint,
      ...(accessKeySecret && { accessKey: accessKeySecret }),
      ...(secretKeySecret && { secretKey: secretKeySecret }),
    },
  });
}

export interface GcsArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  bucket: string;
  /** The object's key; `concat('models/', workflowUid, '/model.pkl')` gives each run its own object. */
  key: string | Concat;
  serviceAccountKeySecret?: SecretKeyRef;
}

const GCS_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, bucket: true, key: true, serviceAccountKeySecret: true } as const satisfies Record<keyof GcsArtifactOptions, true>;

export function createGcsArtifact(path: string, options: GcsArtifactOptions): ArtifactSpec;
export function createGcsArtifact(options: WithPath<GcsArtifactOptions>): ArtifactSpec;
export function createGcsArtifact(first: string | WithPath<GcsArtifactOptions>, second?: GcsArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<GcsArtifactOptions>('createGcsArtifact', first, second);
  requireFields('createGcsArtifact', options, ['bucket', 'key'], GCS_ARTIFACT_KEYS);
  const { bucket, serviceAccountKeySecret } = options;
  const key = objectKey('createGcsArtifact', options.key);
  return spec('artifact', 'createGcsArtifact', path, {
    ...options,
    location: { type: 'gcs', bucket, key, ...(serviceAccountKeySecret && { serviceAccountKey: serviceAccountKeySecret }) },
  });
}

export interface AzureArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  container: string;
  /** The blob's name; `concat('models/', workflowUid, '/model.pkl')` gives each run its own blob. */
  blob: string | Concat;
  /** The blob service URL, `https://<account>.blob.core.windows.net` (Argo needs it; the local engine can take it from the connection string). */
  endpoint?: string;
  /** The storage account's access key. */
  accountKeySecret?: SecretKeyRef;
  /** Use the Azure SDK's default credentials (managed identity, environment) instead of an account key. */
  useSDKCreds?: boolean;
}

const AZURE_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, container: true, blob: true, endpoint: true, accountKeySecret: true, useSDKCreds: true } as const satisfies Record<keyof AzureArtifactOptions, true>;

/** An artifact in Azure Blob Storage: one blob, or a prefix of blobs for a directory (`archive: 'none'`). */
export function createAzureArtifact(path: string, options: AzureArtifactOptions): ArtifactSpec;
export function createAzureArtifact(options: WithPath<AzureArtifactOptions>): ArtifactSpec;
export function createAzureArtifact(first: string | WithPath<AzureArtifactOptions>, second?: AzureArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<AzureArtifactOptions>('createAzureArtifact', first, second);
  requireFields('createAzureArtifact', options, ['container', 'blob'], AZURE_ARTIFACT_KEYS);
  const { container, endpoint, accountKeySecret, useSDKCreds } = options;
  const blob = objectKey('createAzureArtifact', options.blob);
  return spec('artifact', 'createAzureArtifact', path, {
    ...options,
    location: {
      type: 'azure',
      container,
      blob,
      ...(endpoint !== undefined && { endpoint }),
      ...(accountKeySecret && { accountKey: accountKeySecret }),
      ...(useSDKCreds !== undefined && { useSDKCreds }),
    },
  });
}

export interface ArtifactoryArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  /** The file's full URL in its repository; `concat('https://acme.jfrog.io/artifactory/ml/', workflowUid, '/model.tgz')` gives each run its own file. */
  url: string | Concat;
  /** The user name for HTTP basic auth (with passwordSecret). */
  usernameSecret?: SecretKeyRef;
  /** The password, API key or access token for HTTP basic auth (with usernameSecret). */
  passwordSecret?: SecretKeyRef;
}

const ARTIFACTORY_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, url: true, usernameSecret: true, passwordSecret: true } as const satisfies Record<keyof ArtifactoryArtifactOptions, true>;

/** A file in a JFrog Artifactory repository, read with GET and written with PUT at its URL. */
export function createArtifactoryArtifact(path: string, options: ArtifactoryArtifactOptions): ArtifactSpec;
export function createArtifactoryArtifact(options: WithPath<ArtifactoryArtifactOptions>): ArtifactSpec;
export function createArtifactoryArtifact(first: string | WithPath<ArtifactoryArtifactOptions>, second?: ArtifactoryArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<ArtifactoryArtifactOptions>('createArtifactoryArtifact', first, second);
  requireFields('createArtifactoryArtifact', options, ['url'], ARTIFACTORY_ARTIFACT_KEYS);
  const { usernameSecret, passwordSecret } = options;
  const url = objectKey('createArtifactoryArtifact', options.url);
  return spec('artifact', 'createArtifactoryArtifact', path, {
    ...options,
    location: { type: 'artifactory', url, ...(usernameSecret && { username: usernameSecret }), ...(passwordSecret && { password: passwordSecret }) },
  });
}

export interface PluginArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  /** The artifact driver plugin, as the cluster's admin registered it (`artifactDrivers` in Argo's controller ConfigMap). */
  plugin: string;
  /** What the plugin is given, in its own format: YAML or JSON text, or a plain object written as JSON. */
  configuration: string | Readonly<Record<string, unknown>>;
  /** Where the object is in the plugin's storage; `concat('runs/', workflowUid, '/model.tgz')` gives each run its own. */
  key: string | Concat;
  /** How long Argo waits to connect to the plugin once it started, in seconds (Argo's default: 5). */
  connectionTimeoutSeconds?: number;
}

const PLUGIN_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, plugin: true, configuration: true, key: true, connectionTimeoutSeconds: true } as const satisfies Record<keyof PluginArtifactOptions, true>;

/** The configuration as text: a plain object is written as JSON, which is YAML too. */
function pluginConfiguration(value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) return JSON.stringify(value);
  throw dslError('INVALID_DSL_USAGE', `createPluginArtifact({ configuration }) must be the plugin's configuration, YAML or JSON text or a plain object; got ${JSON.stringify(value) ?? String(value)}.`, {
    hint: "createPluginArtifact('/out/model', { plugin: 'acme-store', configuration: 'bucket: ml', key: 'models/model.tgz' })",
  });
}

/**
 * An artifact kept by an Argo artifact driver plugin (Argo 4.0+): a gRPC server the cluster's
 * admin registers, which Argo runs beside each pod that moves the artifact. Only Argo has such
 * drivers; the other engines refuse the artifact with UNSUPPORTED_BY_BACKEND.
 */
export function createPluginArtifact(path: string, options: PluginArtifactOptions): ArtifactSpec;
export function createPluginArtifact(options: WithPath<PluginArtifactOptions>): ArtifactSpec;
export function createPluginArtifact(first: string | WithPath<PluginArtifactOptions>, second?: PluginArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<PluginArtifactOptions>('createPluginArtifact', first, second);
  requireFields('createPluginArtifact', options, ['plugin', 'configuration', 'key'], PLUGIN_ARTIFACT_KEYS);
  const { plugin, connectionTimeoutSeconds } = options;
  if (typeof plugin !== 'string' || plugin.length > ARTIFACT_PLUGIN_NAME_MAX_LENGTH || !DNS1123_LABEL_PATTERN.test(plugin)) {
    throw dslError('INVALID_DSL_USAGE', `createPluginArtifact({ plugin }) must be the plugin's name, a DNS-1123 label of at most ${ARTIFACT_PLUGIN_NAME_MAX_LENGTH} characters (Argo names a volume after it); got ${JSON.stringify(plugin)}.`);
  }
  if (connectionTimeoutSeconds !== undefined && !(Number.isInteger(connectionTimeoutSeconds) && connectionTimeoutSeconds >= 1)) {
    throw dslError('INVALID_DSL_USAGE', `createPluginArtifact({ connectionTimeoutSeconds }) must be a whole number of seconds, at least 1; got ${JSON.stringify(connectionTimeoutSeconds)}.`);
  }
  const key = objectKey('createPluginArtifact', options.key);
  return spec('artifact', 'createPluginArtifact', path, {
    ...options,
    location: { type: 'plugin', name: plugin, configuration: pluginConfiguration(options.configuration), key, ...(connectionTimeoutSeconds !== undefined && { connectionTimeoutSeconds }) },
  });
}

export interface HdfsArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions, StoredArtifactOptions {
  /** Name node addresses, `host:port`. */
  addresses: string[];
  /** Path in HDFS. */
  hdfsPath: string;
  user?: string;
}

const HDFS_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, ...STORED_KEYS, addresses: true, hdfsPath: true, user: true } as const satisfies Record<keyof HdfsArtifactOptions, true>;

export function createHdfsArtifact(path: string, options: HdfsArtifactOptions): ArtifactSpec;
export function createHdfsArtifact(options: WithPath<HdfsArtifactOptions>): ArtifactSpec;
export function createHdfsArtifact(first: string | WithPath<HdfsArtifactOptions>, second?: HdfsArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<HdfsArtifactOptions>('createHdfsArtifact', first, second);
  requireFields('createHdfsArtifact', options, ['addresses', 'hdfsPath'], HDFS_ARTIFACT_KEYS);
  const { addresses, hdfsPath, user } = options;
  return spec('artifact', 'createHdfsArtifact', path, {
    ...options,
    location: { type: 'hdfs', addresses: [...addresses], path: hdfsPath, ...(user !== undefined && { user }) },
  });
}

export interface GitArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions {
  repo: string;
  revision?: string;
  depth?: number;
  usernameSecret?: SecretKeyRef;
  passwordSecret?: SecretKeyRef;
  sshPrivateKeySecret?: SecretKeyRef;
}

/** A Git checkout, read by a step (`input:`). */
const GIT_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, repo: true, revision: true, depth: true, usernameSecret: true, passwordSecret: true, sshPrivateKeySecret: true } as const satisfies Record<keyof GitArtifactOptions, true>;

export function createGitArtifact(path: string, options: GitArtifactOptions): ArtifactSpec;
export function createGitArtifact(options: WithPath<GitArtifactOptions>): ArtifactSpec;
export function createGitArtifact(first: string | WithPath<GitArtifactOptions>, second?: GitArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<GitArtifactOptions>('createGitArtifact', first, second);
  requireFields('createGitArtifact', options, ['repo'], GIT_ARTIFACT_KEYS);
  const { repo, revision, depth, usernameSecret, passwordSecret, sshPrivateKeySecret } = options;
  return spec('artifact', 'createGitArtifact', path, {
    ...options,
    location: {
      type: 'git',
      repo,
      ...(revision !== undefined && { revision }),
      ...(depth !== undefined && { depth }),
      ...(usernameSecret && { username: usernameSecret }),
      ...(passwordSecret && { password: passwordSecret }),
      ...(sshPrivateKeySecret && { sshPrivateKey: sshPrivateKeySecret }),
    },
  });
}

export interface HttpArtifactOptions extends CommonArtifactOptions, TypedArtifactOptions, ReadArtifactOptions {
  url: string;
  headers?: Record<string, string>;
}

/** A file downloaded over HTTP(S), read by a step (`input:`). */
const HTTP_ARTIFACT_KEYS = { ...COMMON_ARTIFACT_KEYS, ...TYPED_KEYS, ...READ_KEYS, url: true, headers: true } as const satisfies Record<keyof HttpArtifactOptions, true>;

export function createHttpArtifact(path: string, options: HttpArtifactOptions): ArtifactSpec;
export function createHttpArtifact(options: WithPath<HttpArtifactOptions>): ArtifactSpec;
export function createHttpArtifact(first: string | WithPath<HttpArtifactOptions>, second?: HttpArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<HttpArtifactOptions>('createHttpArtifact', first, second);
  requireFields('createHttpArtifact', options, ['url'], HTTP_ARTIFACT_KEYS);
  const { url, headers } = options;
  return spec('artifact', 'createHttpArtifact', path, {
    ...options,
    location: {
      type: 'http',
      url,
      ...(headers && { headers: Object.entries(headers).map(([name, value]) => ({ name, value })) }),
    },
  });
}

export interface RawArtifactOptions extends Omit<ReadArtifactOptions, 'subPath'> {
  /** The file's text. */
  data: string;
  name?: string;
  optional?: boolean;
}

const RAW_ARTIFACT_KEYS = { data: true, name: true, optional: true, mode: true, recurseMode: true } as const satisfies Record<keyof RawArtifactOptions, true>;

/** A file whose text is in the workflow itself (Argo's raw artifact), read by a step (`input:`). */
export function createRawArtifact(path: string, options: RawArtifactOptions): ArtifactSpec;
export function createRawArtifact(options: WithPath<RawArtifactOptions>): ArtifactSpec;
export function createRawArtifact(first: string | WithPath<RawArtifactOptions>, second?: RawArtifactOptions): ArtifactSpec {
  const [path, options] = pathAndOptions<RawArtifactOptions>('createRawArtifact', first, second);
  requireFields('createRawArtifact', options, ['data'], RAW_ARTIFACT_KEYS);
  if (typeof options.data !== 'string') throw dslError('INVALID_DSL_USAGE', `createRawArtifact({ data }) must be text; got ${typeof options.data}.`);
  const { data, ...rest } = options;
  return spec('artifact', 'createRawArtifact', path, { ...rest, raw: data });
}

/**
 * An object key: text, or `concat(…)` of text and `workflowUid` (the run's id, which each engine
 * writes as its own). Another reference would name a different object per step or per item, which
 * no engine's artifact location can express, so it is refused.
 */
function objectKey(api: string, key: string | Concat): ArtifactKey {
  if (typeof key === 'string') return key;
  if (!isConcat(key)) throw dslError('INVALID_DSL_USAGE', `${api}() got a key that is neither text nor concat(…): ${JSON.stringify(key)}.`, { hint: "Write the key as text, or concat('models/', workflowUid, '/model.pkl') for one object per run." });
  return {
    concat: key.concat.map((part) => {
      if (typeof part === 'string') return part;
      if (part.ref === 'workflow' && part.field === 'uid') return { ref: 'workflow', field: 'uid' } as const;
      throw dslError('INVALID_DSL_USAGE', `${api}() got a key naming ${JSON.stringify(part)}; a key may name only the run's id (workflowUid).`, {
        hint: "Artifact locations are fixed when the run starts: write concat('models/', workflowUid, '/model.pkl'), and pass other values to the step instead.",
      });
    }),
  };
}

/** Checks the option keys, then that `fields` are given. */
function requireFields(api: string, options: object | undefined, fields: string[], known: OptionKeys): void {
  checkOptions(`${api}()`, options, known);
  const missing = fields.filter((field) => (options as Record<string, unknown> | undefined)?.[field] === undefined);
  if (missing.length) {
    throw dslError('INVALID_DSL_USAGE', `${api}() needs ${missing.map((field) => `"${field}"`).join(' and ')}.`, {
      hint: `Pass them in the options: ${api}(path, { ${fields.map((field) => `${field}: …`).join(', ')} }), or ${api}({ path, ${fields.map((field) => `${field}: …`).join(', ')} }).`,
    });
  }
}

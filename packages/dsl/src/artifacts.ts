import type { ArtifactLocation, SecretKeyRef } from '@couler/ir';
import { dslError } from './handles';

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
}

export function isArtifactSpec(value: unknown): value is ArtifactSpec {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ARTIFACT] === true;
}

interface CommonArtifactOptions {
  name?: string;
  global?: boolean;
  optional?: boolean;
}

function spec(kind: ArtifactSpec['kind'], api: string, path: string, options: CommonArtifactOptions & { location?: ArtifactLocation; archive?: 'tar' | 'none'; default?: string }): ArtifactSpec {
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
  };
}

export interface ParameterArtifactOptions extends CommonArtifactOptions {
  /** The value when the file cannot be read: the step then succeeds with it instead of failing. */
  default?: string | number | boolean;
}

/** A value the step writes to `path`; later steps read it as a parameter. */
export function createParameterArtifact(path: string, options: ParameterArtifactOptions = {}): ArtifactSpec {
  const fallback = options.default;
  if (fallback !== undefined && !['string', 'number', 'boolean'].includes(typeof fallback)) {
    throw dslError('INVALID_DSL_USAGE', `createParameterArtifact({ default }) must be a string, number or boolean; got ${typeof fallback}.`);
  }
  const { default: _default, ...rest } = options;
  return spec('parameter', 'createParameterArtifact', path, { ...rest, ...(fallback !== undefined && { default: String(fallback) }) });
}

/** A file or directory kept in the engine's default artifact store. */
export function createLocalArtifact(path: string, options: CommonArtifactOptions & { archive?: 'tar' | 'none' } = {}): ArtifactSpec {
  return spec('artifact', 'createLocalArtifact', path, options);
}

export interface S3ArtifactOptions extends CommonArtifactOptions {
  bucket: string;
  key: string;
  endpoint?: string;
  region?: string;
  insecure?: boolean;
  /** Secret keys holding the credentials (values never enter the workflow). */
  accessKeySecret?: SecretKeyRef;
  secretKeySecret?: SecretKeyRef;
}

export function createS3Artifact(path: string, options: S3ArtifactOptions): ArtifactSpec {
  requireFields('createS3Artifact', options, ['bucket', 'key']);
  const { bucket, key, endpoint, region, insecure, accessKeySecret, secretKeySecret } = options;
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

export interface OssArtifactOptions extends CommonArtifactOptions {
  bucket: string;
  key: string;
  endpoint: string;
  accessKeySecret?: SecretKeyRef;
  secretKeySecret?: SecretKeyRef;
}

export function createOssArtifact(path: string, options: OssArtifactOptions): ArtifactSpec {
  requireFields('createOssArtifact', options, ['bucket', 'key', 'endpoint']);
  const { bucket, key, endpoint, accessKeySecret, secretKeySecret } = options;
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

export interface GcsArtifactOptions extends CommonArtifactOptions {
  bucket: string;
  key: string;
  serviceAccountKeySecret?: SecretKeyRef;
}

export function createGcsArtifact(path: string, options: GcsArtifactOptions): ArtifactSpec {
  requireFields('createGcsArtifact', options, ['bucket', 'key']);
  const { bucket, key, serviceAccountKeySecret } = options;
  return spec('artifact', 'createGcsArtifact', path, {
    ...options,
    location: { type: 'gcs', bucket, key, ...(serviceAccountKeySecret && { serviceAccountKey: serviceAccountKeySecret }) },
  });
}

export interface HdfsArtifactOptions extends CommonArtifactOptions {
  /** Name node addresses, `host:port`. */
  addresses: string[];
  /** Path in HDFS. */
  hdfsPath: string;
  user?: string;
}

export function createHdfsArtifact(path: string, options: HdfsArtifactOptions): ArtifactSpec {
  requireFields('createHdfsArtifact', options, ['addresses', 'hdfsPath']);
  const { addresses, hdfsPath, user } = options;
  return spec('artifact', 'createHdfsArtifact', path, {
    ...options,
    location: { type: 'hdfs', addresses: [...addresses], path: hdfsPath, ...(user !== undefined && { user }) },
  });
}

export interface GitArtifactOptions extends CommonArtifactOptions {
  repo: string;
  revision?: string;
  depth?: number;
  usernameSecret?: SecretKeyRef;
  passwordSecret?: SecretKeyRef;
  sshPrivateKeySecret?: SecretKeyRef;
}

/** A Git checkout, read by a step (`input:`). */
export function createGitArtifact(path: string, options: GitArtifactOptions): ArtifactSpec {
  requireFields('createGitArtifact', options, ['repo']);
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

export interface HttpArtifactOptions extends CommonArtifactOptions {
  url: string;
  headers?: Record<string, string>;
}

/** A file downloaded over HTTP(S), read by a step (`input:`). */
export function createHttpArtifact(path: string, options: HttpArtifactOptions): ArtifactSpec {
  requireFields('createHttpArtifact', options, ['url']);
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

function requireFields(api: string, options: object | undefined, fields: string[]): void {
  const missing = fields.filter((field) => (options as Record<string, unknown> | undefined)?.[field] === undefined);
  if (missing.length) {
    throw dslError('INVALID_DSL_USAGE', `${api}() needs ${missing.map((field) => `"${field}"`).join(' and ')}.`, {
      hint: `Pass them in the options: ${api}(path, { ${fields.map((field) => `${field}: …`).join(', ')} }).`,
    });
  }
}

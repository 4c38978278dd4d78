import type { ArtifactLocation, Dataset, SecretKeyRef } from '@couler/ir';
import { type ArtifactSpec, datasetArtifact } from './artifacts';
import { dslError } from './handles';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import { isSecretHandle, type SecretHandle } from './secrets';
import { describe } from './values';

const DATASET = Symbol.for('couler.dsl.dataset');

/** A declared dataset; `mount(path)` is the input that reads its synced copy at `path`. */
export interface DatasetHandle {
  readonly [DATASET]: true;
  readonly name: string;
  mount(path: string, options?: { name?: string }): ArtifactSpec;
}

export function isDatasetHandle(value: unknown): value is DatasetHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DATASET] === true;
}

/** Where a dataset lives: a location made by `s3Source`, `ossSource`, `gcsSource`, `azureSource`, `artifactorySource`, `hdfsSource` or `httpSource`. */
export type DatasetSource = Extract<ArtifactLocation, { type: 's3' | 'oss' | 'gcs' | 'azure' | 'artifactory' | 'hdfs' | 'http' }>;

export interface DatasetOptions {
  /** DNS-1123, at most 63 characters: it also names the cache volume on Kubernetes engines. */
  name: string;
  /** Who owns the data (the tech report's Code 7 `spec.owner`). */
  owner?: string;
  source: DatasetSource;
  /**
   * The Secret holding the credentials (`createSecret`/`obtainSecret`, or its name): keys
   * `accessKey` and `secretKey` for s3 and oss, `serviceAccountKey` for gcs, `accountKey` for azure, `username` and `password` for artifactory.
   */
  secret?: SecretHandle | string;
  /** Cache volume size on Kubernetes engines, e.g. '20Gi' (default 10Gi). */
  storage?: string;
  storageClassName?: string;
  description?: string;
}

const DATASET_KEYS = { name: true, owner: true, source: true, secret: true, storage: true, storageClassName: true, description: true } as const satisfies Record<keyof DatasetOptions, true>;

/** The keys each source type reads from its secret. */
const SECRET_KEYS: Readonly<Record<string, ReadonlyArray<readonly [field: string, key: string]>>> = {
  s3: [['accessKey', 'accessKey'], ['secretKey', 'secretKey']],
  oss: [['accessKey', 'accessKey'], ['secretKey', 'secretKey']],
  gcs: [['serviceAccountKey', 'serviceAccountKey']],
  azure: [['accountKey', 'accountKey']],
  artifactory: [['username', 'username'], ['password', 'password']],
};

/**
 * Declares input data many steps read (the tech report's `Dataset`, Code 7): engines sync it
 * once per version of the source, and each reader gets the synced copy instead of a download.
 *
 * ```ts
 * const rows = dataset({ name: 'train-rows', owner: 'alice', source: s3Source({ bucket: 'data', key: 'rows.csv' }), secret: 's3-creds' });
 * runContainer({ image: 'python:3.12', command: ['python', 'train.py'], input: rows.mount('/data/rows.csv') });
 * ```
 */
export function dataset(options: DatasetOptions): DatasetHandle {
  const builder = currentBuilder('dataset');
  checkOptions('dataset()', options, DATASET_KEYS);
  const { name, owner, source, secret, storage, storageClassName, description } = options ?? ({} as DatasetOptions);
  if (typeof name !== 'string' || name === '') throw dslError('INVALID_DSL_USAGE', `dataset() needs a "name"; got ${describe(name)}.`, { hint: "dataset({ name: 'train-rows', source: s3Source({ … }) })" });
  if (typeof source !== 'object' || source === null || !(source.type in SOURCE_TYPES)) {
    throw dslError('INVALID_DSL_USAGE', `dataset("${name}") needs a "source" made by s3Source, ossSource, gcsSource, azureSource, artifactorySource, hdfsSource or httpSource; got ${describe(source)}.`);
  }
  const declared: Dataset = {
    name,
    ...(owner !== undefined && { owner }),
    source: withSecret(name, source, secret, builder.secrets),
    ...(storage !== undefined && { storage }),
    ...(storageClassName !== undefined && { storageClassName }),
    ...(description !== undefined && { description }),
  };
  const datasets = builder.spec.datasets ?? [];
  const known = datasets.find((each) => each.name === name);
  if (known && JSON.stringify(known) !== JSON.stringify(declared)) {
    throw dslError('DUPLICATE_NAME', `Two dataset() calls name "${name}" with other sources or settings; give one of them another name.`);
  }
  if (!known) builder.spec.datasets = [...datasets, declared];
  return { [DATASET]: true, name, mount: (path, mountOptions) => datasetArtifact(path, name, mountOptions?.name) };
}

const SOURCE_TYPES = { s3: true, oss: true, gcs: true, azure: true, artifactory: true, hdfs: true, http: true } as const;

/** The source with the secret's keys as its credential references; the Secret is declared. */
function withSecret(name: string, source: DatasetSource, secret: SecretHandle | string | undefined, secrets: Map<string, { name: string; keys: string[] }>): DatasetSource {
  if (secret === undefined) return source;
  const fields = SECRET_KEYS[source.type];
  if (!fields) throw dslError('INVALID_DSL_USAGE', `dataset("${name}") reads from ${source.type}, which takes no secret here.`, { hint: source.type === 'http' ? 'Pass headers in httpSource({ url, headers }).' : 'HDFS reads as the location\'s user.' });
  const secretName = isSecretHandle(secret) ? secret.name : secret;
  if (typeof secretName !== 'string' || secretName === '') throw dslError('INVALID_DSL_USAGE', `dataset("${name}") got a secret that is neither a Secret handle nor a name: ${describe(secret)}.`);
  const keys = fields.map(([, key]) => key);
  if (isSecretHandle(secret)) {
    const missing = keys.filter((key) => !secret.keys.includes(key));
    if (missing.length > 0) throw dslError('INVALID_DSL_USAGE', `dataset("${name}") reads keys ${missing.map((key) => `"${key}"`).join(' and ')} of Secret "${secretName}", which declares only ${secret.keys.map((key) => `"${key}"`).join(', ')}.`);
  }
  const known = secrets.get(secretName);
  secrets.set(secretName, { name: secretName, keys: [...new Set([...(known?.keys ?? []), ...keys])].sort() });
  const refs: Record<string, SecretKeyRef> = Object.fromEntries(fields.map(([field, key]) => [field, { name: secretName, key }]));
  return { ...source, ...refs } as DatasetSource;
}

type SourceOf<T extends DatasetSource['type']> = Omit<Extract<DatasetSource, { type: T }>, 'type'>;

/** An S3 (or MinIO) object or prefix; credentials come from `dataset({ secret })` or the SDK's chain. */
export const s3Source = (options: SourceOf<'s3'>): DatasetSource => ({ type: 's3', ...options });
/** An Alibaba OSS object or prefix, read through its S3 API. */
export const ossSource = (options: SourceOf<'oss'>): DatasetSource => ({ type: 'oss', ...options });
/** A GCS object or prefix. */
export const gcsSource = (options: SourceOf<'gcs'>): DatasetSource => ({ type: 'gcs', ...options });
/** An Azure Blob Storage blob or prefix; `endpoint` is the blob service URL (`https://<account>.blob.core.windows.net`). */
export const azureSource = (options: SourceOf<'azure'>): DatasetSource => ({ type: 'azure', ...options });
/** A file in JFrog Artifactory, by its URL; basic-auth credentials come from `dataset({ secret })` (keys `username` and `password`). */
export const artifactorySource = (options: SourceOf<'artifactory'>): DatasetSource => ({ type: 'artifactory', ...options });
/** An HDFS file or directory, read through WebHDFS. */
export const hdfsSource = (options: SourceOf<'hdfs'>): DatasetSource => ({ type: 'hdfs', ...options });
/** A file over HTTP(S). */
export const httpSource = (options: SourceOf<'http'>): DatasetSource => ({ type: 'http', ...options });

import { CoulerError } from '../errors/index';
import type { TransferEnvVar } from './transfer/index';

/**
 * Where a backend without an artifact driver of its own (Airflow, Tekton) puts artifacts that
 * have no location: an S3 bucket (AWS, MinIO …) or a GCS bucket through its S3 XML API. The
 * transfer tool (`TRANSFER_SOURCE`) reads and writes it.
 */
export interface ArtifactStoreSettings {
  /** `s3://bucket/prefix` or `gs://bucket/prefix`; each backend names its objects under the prefix. */
  readonly url: string;
  /** The S3 API's base URL, e.g. `http://minio.storage:9000` (default AWS, or Google's for `gs://`). */
  readonly endpoint?: string;
  /** Signing region (default `us-east-1`; `auto` for `gs://`). */
  readonly region?: string;
  /**
   * Kubernetes Secret holding `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (HMAC keys for GCS),
   * read into the transfer tool's environment only. Without it, `s3://` requests are unsigned
   * and a `gs://` store is reached through GCS's JSON API with the metadata server's token
   * (Workload Identity).
   */
  readonly secretName?: string;
}

export interface ResolvedArtifactStore {
  /** The store's URL without a trailing slash. */
  readonly url: string;
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly secretName: string | undefined;
}

const STORE_KEYS = ['url', 'endpoint', 'region', 'secretName'];

function invalid(path: ReadonlyArray<string>, message: string, hint?: string): CoulerError {
  return new CoulerError('INVALID_FIELD', message, { path, ...(hint !== undefined && { hint }) });
}

/**
 * Checks an `artifactStore` setting that may come from a command line or a JSON file, so that a
 * typo is a located error instead of a store nobody can reach.
 *
 * @throws CoulerError `INVALID_FIELD` naming the field and what it accepts.
 */
export function resolveArtifactStore(store: unknown, path: ReadonlyArray<string>): ResolvedArtifactStore | undefined {
  if (store === undefined) return undefined;
  const example = 'For example { "url": "s3://my-bucket/couler", "endpoint": "http://minio:9000", "secretName": "couler-artifacts" }.';
  if (typeof store !== 'object' || store === null || Array.isArray(store)) throw invalid(path, `artifactStore must be an object, not ${JSON.stringify(store)}.`, example);
  const fields = store as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!STORE_KEYS.includes(key)) throw invalid([...path, key], `artifactStore has no field "${key}".`, `Its fields are: ${STORE_KEYS.join(', ')}.`);
  }
  const { url, endpoint, region, secretName } = fields;
  if (typeof url !== 'string' || !/^(s3|gs):\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^\s]*)?$/.test(url)) {
    throw invalid([...path, 'url'], `artifactStore.url must be s3://bucket[/prefix] or gs://bucket[/prefix], not ${JSON.stringify(url)}.`, example);
  }
  if (endpoint !== undefined && (typeof endpoint !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(endpoint))) {
    throw invalid([...path, 'endpoint'], `artifactStore.endpoint must be an http:// or https:// URL, not ${JSON.stringify(endpoint)}.`);
  }
  if (region !== undefined && (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region))) throw invalid([...path, 'region'], `artifactStore.region must be a region name such as "eu-west-1", not ${JSON.stringify(region)}.`);
  if (secretName !== undefined && (typeof secretName !== 'string' || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(secretName) || secretName.length > 253)) {
    throw invalid([...path, 'secretName'], `artifactStore.secretName must be a Kubernetes Secret name, not ${JSON.stringify(secretName)}.`);
  }
  return {
    url: url.replace(/\/+$/, ''),
    endpoint: endpoint as string | undefined,
    region: (region as string | undefined) ?? (url.startsWith('gs:') ? 'auto' : 'us-east-1'),
    secretName: secretName as string | undefined,
  };
}

/** The transfer tool's `COULER_<profile>_…` variables for the store, as plain data (keys from its Secret). */
export function artifactStoreEnv(store: ResolvedArtifactStore, profile: string): TransferEnvVar[] {
  const variable = (name: string) => `COULER_${profile}_${name}`;
  return [
    ...(store.endpoint !== undefined ? [{ name: variable('ENDPOINT'), value: store.endpoint }] : []),
    { name: variable('REGION'), value: store.region },
    ...(store.secretName !== undefined
      ? [
          { name: variable('ACCESS_KEY'), secret: { name: store.secretName, key: 'AWS_ACCESS_KEY_ID' } },
          { name: variable('SECRET_KEY'), secret: { name: store.secretName, key: 'AWS_SECRET_ACCESS_KEY' } },
        ]
      : []),
  ];
}

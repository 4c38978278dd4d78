import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { type ArtifactLocation, describeArtifactKey } from '@couler/ir';
import type { StoreSecrets } from '../store-secrets';
import { StoreFailure } from '../store-failure';

type S3Location = Extract<ArtifactLocation, { type: 's3' | 'oss' }>;

/** What a project may set for every S3 location (`couler.config` `artifactStores.s3`). */
export interface S3StoreSettings {
  /** Endpoint of an S3-compatible server when a location names none (MinIO: `http://minio:9000`). */
  readonly endpoint?: string;
  /** Region when a location names none; else the SDK's chain (`AWS_REGION`, the profile), else us-east-1. */
  readonly region?: string;
  /** Path-style URLs (`endpoint/bucket/key`). Default: on for any endpoint but AWS's and OSS's own. */
  readonly forcePathStyle?: boolean;
}

/** Hosts that serve virtual-hosted buckets (`bucket.host`); other S3-compatible servers get path style. */
const VIRTUAL_HOSTED = /(^|\.)(amazonaws\.com|aliyuncs\.com)$/i;

/**
 * The endpoint URL of a location: Argo writes `host:port` and says `insecure: true` for HTTP, so a
 * bare host gets `https://` unless insecure; a URL with a scheme is used as it is.
 */
export function endpointUrl(endpoint: string, insecure: boolean | undefined): string {
  return /^https?:\/\//i.test(endpoint) ? endpoint : `${insecure ? 'http' : 'https'}://${endpoint}`;
}

/** OSS's region is its endpoint's first label: `oss-cn-hangzhou.aliyuncs.com` → `oss-cn-hangzhou`. */
function ossRegion(endpoint: string): string | undefined {
  return /^(?:https?:\/\/)?(oss-[a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com/i.exec(endpoint)?.[1];
}

/**
 * The S3 client settings for a location: its endpoint and region (or the project's), path style
 * for S3-compatible servers, and its access keys from the run's secrets; without keys the SDK's
 * own chain (environment, shared profiles, instance roles) decides.
 */
export function s3ClientConfig(location: S3Location, secrets: StoreSecrets, settings: S3StoreSettings = {}): S3ClientConfig {
  const endpoint = location.endpoint ?? settings.endpoint;
  const url = endpoint === undefined ? undefined : endpointUrl(endpoint, location.type === 's3' ? location.insecure : false);
  const region = (location.type === 's3' ? location.region : endpoint && ossRegion(endpoint)) ?? settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const where = `The ${location.type} location ${location.bucket}/${describeArtifactKey(location.key)}`;
  if ((location.accessKey === undefined) !== (location.secretKey === undefined)) {
    throw new StoreFailure(`${where} names ${location.accessKey ? 'an accessKey but no secretKey' : 'a secretKey but no accessKey'}; give both, or neither to use the SDK's credential chain.`, 'permanent');
  }
  const accessKeyId = location.accessKey && secrets.read(location.accessKey, `${where}'s accessKey`);
  const secretAccessKey = location.secretKey && secrets.read(location.secretKey, `${where}'s secretKey`);
  return {
    region,
    ...(url !== undefined && { endpoint: url, forcePathStyle: settings.forcePathStyle ?? !VIRTUAL_HOSTED.test(new URL(url).hostname) }),
    ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    // The engine's retry table retries a step; the SDK's own retries cover a single request.
    maxAttempts: 3,
  };
}

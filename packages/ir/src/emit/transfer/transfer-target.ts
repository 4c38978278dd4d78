import type { ArtifactKey, ArtifactLocation } from '../../schema/artifact';
import { type ArtifactKeySyntax, keyHasRunId, renderArtifactKey } from '../../schema/artifact-key';
import type { SecretKeyRef } from '../../schema/common';
import { hdfsPath, webHdfsAddress } from './hdfs-target';

/** One environment variable of the transfer tool's container: a plain value or a Secret's key. */
export type TransferEnvVar = { readonly name: string; readonly value: string } | { readonly name: string; readonly secret: SecretKeyRef };

/** What the transfer tool needs to move one artifact: the URL it reads or writes and its settings. */
export interface TransferTarget {
  /** In the caller's syntax: every literal character through `syntax.literal`, the run's id as `syntax.runId`. */
  readonly url: string;
  /** `COULER_<profile>_…` variables, for the transfer tool's container only: no credential passes through the step's. */
  readonly env: ReadonlyArray<TransferEnvVar>;
}

/**
 * The transfer tool's URL and settings for an artifact's own location, or why the tool cannot
 * move it (a sentence that completes "cannot move artifact X: …"). Plain data, so that each
 * backend writes it in its own syntax (Python for Airflow, YAML for Tekton).
 * @param profile names the tool's environment variables (`COULER_<profile>_ENDPOINT`, …), one
 *   profile per location so that two locations of one step keep their own credentials.
 */
/**
 * Why a bucket name cannot be written in the tool's `<scheme>://<bucket>/<key>` URL: S3, GCS and
 * OSS bucket names are letters, digits, dots, dashes and underscores, so another character means
 * another URL (a "/" would move part of the name into the key, and the object to another bucket).
 */
function bucketRefusal(bucket: string): { readonly refused: string } | undefined {
  if (/^[A-Za-z0-9._-]+$/.test(bucket)) return undefined;
  return { refused: `its bucket ${JSON.stringify(bucket)} is not a bucket name (letters, digits, ".", "-" and "_" only)` };
}

/** Literal text as it is, and no placeholder for the run's id: a key naming it is refused. */
const PLAIN_TEXT: Pick<ArtifactKeySyntax, 'literal'> = { literal: (text) => text };

/**
 * @param syntax how the caller writes the URL: its escaping of literal text and its placeholder for
 *   the run's id (`{{ run_id }}`, a shell variable). Without a placeholder, a key naming the run's
 *   id is refused rather than written as text every run would share.
 */
export function transferTarget(
  location: ArtifactLocation,
  direction: 'input' | 'output',
  profile: string,
  syntax: Pick<ArtifactKeySyntax, 'literal'> & Partial<Pick<ArtifactKeySyntax, 'runId'>> = PLAIN_TEXT,
): TransferTarget | { readonly refused: string } {
  const runId = syntax.runId;
  const keyed = 'key' in location;
  if (keyed && keyHasRunId(location.key) && runId === undefined) return { refused: "its key names the run's id, which this engine cannot place in the transfer tool's URL" };
  // One key with the URL's start as its first text, so that literal text is escaped in one piece as before.
  const objectUrl = (scheme: string, bucket: string, key: ArtifactKey) =>
    renderArtifactKey({ concat: [`${scheme}://${bucket}/`, ...(typeof key === 'string' ? [key] : key.concat)] }, { literal: syntax.literal, runId: runId ?? '' });
  const found = plainTransferTarget(location, direction, profile, objectUrl);
  return 'refused' in found || keyed ? found : { ...found, url: syntax.literal(found.url) };
}

/** @param objectUrl an object's URL in the caller's syntax; every other URL is returned as plain text. */
function plainTransferTarget(
  location: ArtifactLocation,
  direction: 'input' | 'output',
  profile: string,
  objectUrl: (scheme: string, bucket: string, key: ArtifactKey) => string,
): TransferTarget | { readonly refused: string } {
  const variable = (name: string) => `COULER_${profile}_${name}`;
  switch (location.type) {
    case 's3': {
      const invalid = bucketRefusal(location.bucket);
      if (invalid) return invalid;
      const env: TransferEnvVar[] = [];
      if (location.endpoint !== undefined) {
        const endpoint = /^https?:\/\//.test(location.endpoint) ? location.endpoint : `${location.insecure ? 'http' : 'https'}://${location.endpoint}`;
        env.push({ name: variable('ENDPOINT'), value: endpoint });
      }
      if (location.region !== undefined) env.push({ name: variable('REGION'), value: location.region });
      if (location.accessKey) env.push({ name: variable('ACCESS_KEY'), secret: location.accessKey });
      if (location.secretKey) env.push({ name: variable('SECRET_KEY'), secret: location.secretKey });
      return { url: objectUrl('s3', location.bucket, location.key), env };
    }
    case 'http':
      if (direction === 'output') return { refused: 'the transfer tool only reads HTTP locations; it uploads to object storage' };
      return { url: location.url, env: location.headers?.length ? [{ name: variable('HEADERS'), value: location.headers.map((header) => `${header.name}: ${header.value}`).join('\n') }] : [] };
    case 'gcs':
      // No HMAC keys: the tool speaks GCS's JSON API with a token from this key, or from the metadata server (Workload Identity) without one.
      return bucketRefusal(location.bucket) ?? {
        url: objectUrl('gs', location.bucket, location.key), env: location.serviceAccountKey ? [{ name: variable('SERVICE_ACCOUNT_KEY'), secret: location.serviceAccountKey }] : [],
      };
    case 'oss': {
      const invalid = bucketRefusal(location.bucket);
      if (invalid) return invalid;
      // OSS's SDKs take an endpoint without a scheme as http://; the tool uses TLS unless http:// is written.
      const env: TransferEnvVar[] = [{ name: variable('ENDPOINT'), value: /^https?:\/\//.test(location.endpoint) ? location.endpoint : `https://${location.endpoint}` }];
      if (location.accessKey) env.push({ name: variable('ACCESS_KEY'), secret: location.accessKey });
      if (location.secretKey) env.push({ name: variable('SECRET_KEY'), secret: location.secretKey });
      return { url: objectUrl('oss', location.bucket, location.key), env };
    }
    case 'hdfs': {
      const path = hdfsPath(location, direction);
      if (typeof path !== 'string') return path;
      const namenodes: string[] = [];
      for (const address of location.addresses) {
        const namenode = webHdfsAddress(address);
        if (typeof namenode !== 'string') return namenode;
        namenodes.push(namenode);
      }
      const env: TransferEnvVar[] = [{ name: variable('HDFS_NAMENODES'), value: namenodes.join('\n') }];
      if (location.user !== undefined) env.push({ name: variable('HDFS_USER'), value: location.user });
      return { url: `hdfs://${path}`, env };
    }
    case 'azure':
      // The tool speaks S3's, GCS's and OSS's APIs and WebHDFS; Azure's SharedKey signing and block-blob upload are not among them.
      return { refused: 'the transfer tool does not speak Azure Blob Storage; keep the artifact in S3, GCS or OSS for this engine, or run it on Argo (native azure artifacts) or the local engine' };
    case 'artifactory':
      // The tool only reads HTTP (GET with literal headers): it cannot PUT an output, nor take basic-auth credentials from a Secret at run time.
      return { refused: 'the transfer tool does not speak Artifactory (an HTTP PUT and GET with basic auth from a Secret); keep the artifact in S3, GCS or OSS for this engine, or run it on Argo (native artifactory artifacts) or the local engine' };
    case 'git':
      // Cloned by gitCloneScript before the step runs; nothing pushes to a Git location (Argo's Git driver cannot either).
      if (direction === 'output') return { refused: "a Git location is read-only: artifacts are cloned from one, never pushed to it (Argo's Git driver cannot push either); push from the step's command" };
      return { refused: 'the transfer tool does not clone Git repositories (gitCloneScript does, before the step runs)' };
    case 'plugin':
      // An artifact driver plugin is a gRPC server Argo runs beside the pod; nothing else can start or call it.
      return { refused: "an artifact driver plugin is a gRPC server only Argo's executor starts and calls; keep the artifact in S3, GCS or OSS for this engine, or run it on Argo" };
  }
}

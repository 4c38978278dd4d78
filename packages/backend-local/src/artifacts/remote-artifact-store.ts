import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArtifactLocation, ArtifactLocationType } from '@couler/ir';

export interface RemoteArtifactContext {
  readonly stepName: string;
  readonly artifactName: string;
  readonly signal?: AbortSignal;
  /**
   * How an output is laid out, as Argo does: absent or `tar`, one gzipped tar of the file or
   * directory at the key; `none`, a file as it is and a directory as one object per file under it.
   */
  readonly archive?: 'tar' | 'none';
  /** Bytes moved so far (and the total when known), for the run's progress view. */
  readonly onProgress?: (progress: RemoteTransferProgress) => void;
}

export interface RemoteTransferProgress {
  readonly bytes: number;
  readonly totalBytes?: number;
}

/**
 * What identifies one version of a remote artifact: an ETag (S3, OSS, Azure), a generation (GCS), or a
 * modification time and size (HDFS). A cache in front of a store keys its copies by it.
 */
export interface RemoteArtifactVersion {
  readonly version: string;
  /** Bytes, when the location is one object; absent for a tree. */
  readonly size?: number;
}

/**
 * How the engine retries what a store throws: an error with `failureKind: 'transient'`
 * (throttling, 5xx, a reset connection) is retried by the default policy, one with
 * `failureKind: 'permanent'` (no such object, missing credentials) never; any other is an error
 * of the engine, retried only under `retry.on: always|error`.
 */
export type RemoteFailureKind = 'transient' | 'permanent';

/** The `failureKind` a store put on a thrown error, if any. */
export function remoteFailureKind(error: unknown): RemoteFailureKind | undefined {
  const kind = typeof error === 'object' && error !== null ? (error as { failureKind?: unknown }).failureKind : undefined;
  return kind === 'transient' || kind === 'permanent' ? kind : undefined;
}

/**
 * Fetches and puts artifacts that live outside the engine (S3, GCS, OSS, Azure, Artifactory, HDFS, Git, HTTP).
 * The local engine ships `http` and `git`; `@couler/artifact-stores` has S3 (and OSS), GCS,
 * Azure Blob, Artifactory and HDFS, which `couler run` passes through `artifactStores` in the run options. A step whose artifact has no
 * store fails with a message naming the artifact, the step and the location type.
 */
export interface RemoteArtifactStore {
  readonly type: ArtifactLocationType;
  /** Writes the artifact at `location` to `target` (a file, or a directory for trees). */
  fetch(location: ArtifactLocation, target: string, context: RemoteArtifactContext): Promise<void>;
  /** Uploads the file or directory at `source` to `location`. */
  put?(location: ArtifactLocation, source: string, context: RemoteArtifactContext): Promise<void>;
  /** The current version of what `location` holds, without downloading it; undefined when nothing is there. */
  stat?(location: ArtifactLocation, context: RemoteArtifactContext): Promise<RemoteArtifactVersion | undefined>;
  /**
   * Every object key under `location` (its key as a directory), sorted, as Argo's `ListObjects`
   * gives a data step; fails when nothing is there. Stores that cannot list leave it out.
   */
  list?(location: ArtifactLocation, context: RemoteArtifactContext): Promise<string[]>;
}

export type RemoteArtifactStores = Readonly<Partial<Record<ArtifactLocationType, RemoteArtifactStore>>>;

/** Plain HTTP(S): GET for inputs, PUT for outputs, with the location's headers. */
export const httpArtifactStore: RemoteArtifactStore = {
  type: 'http',
  async fetch(location, target, context) {
    if (location.type !== 'http') throw new Error(`http store given a ${location.type} location`);
    const headers = Object.fromEntries((location.headers ?? []).map((header) => [header.name, header.value]));
    const response = await fetch(location.url, { headers, ...(context.signal && { signal: context.signal }) });
    if (!response.ok) throw new Error(`GET ${location.url} answered ${response.status} ${response.statusText}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, Buffer.from(await response.arrayBuffer()));
  },
  async put(location, source, context) {
    if (location.type !== 'http') throw new Error(`http store given a ${location.type} location`);
    const headers = Object.fromEntries((location.headers ?? []).map((header) => [header.name, header.value]));
    const response = await fetch(location.url, { method: 'PUT', headers, body: await readFile(source), ...(context.signal && { signal: context.signal }) });
    if (!response.ok) throw new Error(`PUT ${location.url} answered ${response.status} ${response.statusText}`);
  },
  /** The ETag, else Last-Modified and Content-Length, of a HEAD request: what a dataset's copy is keyed by. */
  async stat(location, context) {
    if (location.type !== 'http') throw new Error(`http store given a ${location.type} location`);
    const headers = Object.fromEntries((location.headers ?? []).map((header) => [header.name, header.value]));
    const response = await fetch(location.url, { method: 'HEAD', headers, ...(context.signal && { signal: context.signal }) });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`HEAD ${location.url} answered ${response.status} ${response.statusText}`);
    const length = response.headers.get('content-length');
    const size = length === null ? undefined : Number(length);
    const version = response.headers.get('etag') ?? `${response.headers.get('last-modified') ?? ''}+${length ?? ''}`;
    return { version, ...(size !== undefined && { size }) };
  },
};

function run(command: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { ...(signal && { signal }), maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${String(stderr).trim().split('\n').slice(-3).join(' ') || error.message}`));
      else resolve();
    });
  });
}

/** Git: a clone of `repo` at `revision` (default branch when absent) into a directory. */
export const gitArtifactStore: RemoteArtifactStore = {
  type: 'git',
  async fetch(location, target, context) {
    if (location.type !== 'git') throw new Error(`git store given a ${location.type} location`);
    if (location.username || location.password || location.sshPrivateKey) {
      throw new Error('Git credentials from Kubernetes secrets are not available to the local engine; use a repository your git can already reach');
    }
    await mkdir(dirname(target), { recursive: true });
    const depth = location.revision === undefined && location.depth !== undefined ? ['--depth', String(location.depth)] : [];
    await run('git', ['clone', '--quiet', ...depth, location.repo, target], context.signal);
    if (location.revision !== undefined) await run('git', ['-C', target, 'checkout', '--quiet', location.revision], context.signal);
  },
};

export const DEFAULT_REMOTE_ARTIFACT_STORES: RemoteArtifactStores = { http: httpArtifactStore, git: gitArtifactStore };

/** Where to look for a store when a location type has none. */
export function missingStoreMessage(type: ArtifactLocationType, direction: 'input' | 'output', artifactName: string, stepName: string): string {
  return (
    `The ${direction} artifact "${artifactName}" of step "${stepName}" lives in ${type.toUpperCase()}, and the local engine has no ${type} store ` +
    `with credentials for it. Pass one in the run options (artifactStores: { ${type}: … }, as \`couler run\` does with @couler/artifact-stores), or make the artifact local ` +
    `(createLocalArtifact) to keep it in the engine's own store.`
  );
}

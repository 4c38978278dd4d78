import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArtifactLocation, ArtifactLocationType } from '@couler/ir';

export interface RemoteArtifactContext {
  readonly stepName: string;
  readonly artifactName: string;
  readonly signal?: AbortSignal;
}

/**
 * Fetches and puts artifacts that live outside the engine (S3, GCS, OSS, HDFS, Git, HTTP).
 * The local engine ships `http` and `git`; give others through `artifactStores` in the run
 * options, e.g. one built on the AWS SDK with your credentials. A step whose artifact has no
 * store fails with a message naming the artifact, the step and the location type.
 */
export interface RemoteArtifactStore {
  readonly type: ArtifactLocationType;
  /** Writes the artifact at `location` to `target` (a file, or a directory for trees). */
  fetch(location: ArtifactLocation, target: string, context: RemoteArtifactContext): Promise<void>;
  /** Uploads the file or directory at `source` to `location`. */
  put?(location: ArtifactLocation, source: string, context: RemoteArtifactContext): Promise<void>;
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
    `with credentials for it. Pass one in the run options (artifactStores: { ${type}: … }), or make the artifact local ` +
    `(createLocalArtifact) to keep it in the engine's own store.`
  );
}

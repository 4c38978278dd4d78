import { constants, type ReadStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ArtifactStore, openStateStore, resolveCoulerHome, type StoredArtifact } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import { safeFileName } from './content-disposition';
import { downloadPath, type RunArtifact } from './run-artifact';
import { tarDirectory } from './tar-directory';

const SHA256 = /^[0-9a-f]{64}$/;

/** An artifact opened for download: its bytes, or a tar of its directory. */
export interface OpenedArtifact {
  readonly kind: 'file' | 'dir';
  readonly stream: Readable;
  /** The file's size; a tar's is not known before it is written. */
  readonly size?: number;
}

/**
 * The artifacts of runs on the local cluster, read from the local engine's own state (its SQLite)
 * and its content-addressed store. A request names a run, a step instance and an artifact name;
 * the file read is found by the hash the engine recorded under those names, never by a path
 * made from them, so `..`, slashes or absolute paths in the names cannot point anywhere else.
 */
export class LocalRunArtifacts {
  private readonly store: ArtifactStore;

  constructor(private readonly home?: string) {
    this.store = new ArtifactStore(resolveCoulerHome(home).artifacts);
  }

  list(runId: string): RunArtifact[] {
    const state = openStateStore(this.home);
    try {
      return state.getSteps(runId).flatMap((step) =>
        Object.entries(step.outputs.artifacts).map(([name, artifact]) => ({
          step: step.id,
          stepName: step.stepName,
          name,
          kind: artifact.kind,
          size: artifact.size,
          location: `this server's local artifact store, sha256:${artifact.hash}`,
          download: downloadPath(runId, step.id, name),
        })),
      );
    } finally {
      state.close();
    }
  }

  /** The artifact `name` of step instance `stepId`; NOT_FOUND when the engine recorded none. */
  async open(runId: string, stepId: string, name: string): Promise<OpenedArtifact> {
    const artifact = this.find(runId, stepId, name);
    if (!artifact || !SHA256.test(artifact.hash)) throw new CoulerError('NOT_FOUND', `Step "${stepId}" of run "${runId}" has no artifact "${name}".`, { path: ['params', 'name'], hint: `GET /api/v1/runs/${runId}/artifacts lists them.` });
    const path = this.store.pathOf(artifact.hash);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) throw new CoulerError('ARTIFACT_UNAVAILABLE', `Artifact "${name}" of step "${stepId}" is no longer in the local store (collected as garbage?).`, { path: ['params', 'name'], hint: 'Retry the step from the run page to make it again.' });
    // A step that wrote a link as its artifact left a link in the store: following it could read any file of this machine.
    if (stats.isSymbolicLink() || (artifact.kind === 'file') !== stats.isFile() || (artifact.kind === 'dir') !== stats.isDirectory()) {
      throw new CoulerError('ARTIFACT_UNAVAILABLE', `Artifact "${name}" of step "${stepId}" is a symbolic link (or not what the engine recorded); the server does not follow links out of an artifact.`, { path: ['params', 'name'], hint: 'Make the step copy the file into its output path instead of linking to it.' });
    }
    if (artifact.kind === 'dir') return { kind: 'dir', stream: tarDirectory(path, safeFileName(name)) };
    const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const { size } = await file.stat();
    const stream: ReadStream = file.createReadStream();
    return { kind: 'file', stream, size };
  }

  private find(runId: string, stepId: string, name: string): StoredArtifact | undefined {
    const state = openStateStore(this.home);
    try {
      const step = state.getSteps(runId).find((candidate) => candidate.id === stepId);
      return step && Object.hasOwn(step.outputs.artifacts, name) ? step.outputs.artifacts[name] : undefined;
    } finally {
      state.close();
    }
  }
}

import { rm } from 'node:fs/promises';
import type { ArtifactStore } from '../artifacts/artifact-store';
import type { StateStore } from './state-store';

export interface GarbageCollection {
  readonly runsDeleted: ReadonlyArray<string>;
  readonly cacheEntriesDeleted: number;
  readonly artifactsDeleted: number;
  readonly bytesFreed: number;
}

export interface CollectGarbageOptions {
  /** Delete finished runs (their records and directories) that finished before this time. */
  readonly runsFinishedBefore?: Date;
  /** Delete these runs whatever their age (not ones still running). */
  readonly runIds?: ReadonlyArray<string>;
  readonly now?: Date;
}

/**
 * `couler clean`: drops the chosen finished runs, expired cache entries, then every stored
 * artifact that neither a remaining run nor a cache entry refers to.
 */
export async function collectGarbage(store: StateStore, artifacts: ArtifactStore, options: CollectGarbageOptions = {}): Promise<GarbageCollection> {
  const now = (options.now ?? new Date()).toISOString();
  const runsDeleted: string[] = [];
  const chosen = new Set(options.runIds ?? []);
  for (const run of store.listRuns(Number.MAX_SAFE_INTEGER)) {
    if (run.phase === 'Running' || run.phase === 'Pending') continue;
    const old = options.runsFinishedBefore !== undefined && run.finishedAt !== undefined && run.finishedAt < options.runsFinishedBefore.toISOString();
    if (!old && !chosen.has(run.id)) continue;
    store.deleteRun(run.id);
    await rm(run.runDir, { recursive: true, force: true });
    runsDeleted.push(run.id);
  }
  const expired = store.listCacheEntries().filter((entry) => entry.expiresAt !== undefined && entry.expiresAt <= now).map((entry) => entry.key);
  store.deleteCacheEntries(expired);
  const referenced = store.referencedArtifacts();
  let artifactsDeleted = 0;
  let bytesFreed = 0;
  for (const artifact of store.listArtifacts()) {
    if (referenced.has(artifact.hash)) continue;
    await artifacts.remove(artifact.hash);
    store.forgetArtifact(artifact.hash);
    artifactsDeleted++;
    bytesFreed += artifact.size;
  }
  return { runsDeleted, cacheEntriesDeleted: expired.length, artifactsDeleted, bytesFreed };
}

import { rm } from 'node:fs/promises';
import type { ArtifactGCStrategy, Workflow } from '@couler/ir';
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
 * The artifactGC strategy of one output (the artifact's own, else the workflow's). Without one,
 * an artifact goes with its run (OnWorkflowDeletion), as `couler clean` always did.
 */
function strategyOf(workflow: Workflow, stepName: string, output: string): ArtifactGCStrategy {
  const steps = [...workflow.spec.steps, ...(workflow.spec.onExit ?? []), ...(workflow.spec.subWorkflows ?? []).flatMap((definition) => definition.steps)];
  const artifact = steps.find((step) => step.name === stepName)?.outputs?.artifacts?.find((candidate) => candidate.name === output);
  return artifact?.artifactGC ?? workflow.spec.artifactGC ?? 'OnWorkflowDeletion';
}

/**
 * `couler clean`: drops the chosen finished runs, expired cache entries, then every stored
 * artifact that neither a remaining run nor a cache entry refers to.
 */
export async function collectGarbage(store: StateStore, artifacts: ArtifactStore, options: CollectGarbageOptions = {}): Promise<GarbageCollection> {
  const now = (options.now ?? new Date()).toISOString();
  const runsDeleted: string[] = [];
  const chosen = new Set(options.runIds ?? []);
  const runs = store.listRuns(Number.MAX_SAFE_INTEGER);
  const runById = new Map(runs.map((run) => [run.id, run]));
  const outputs = store.artifactOutputs().map((output) => {
    const run = runById.get(output.runId);
    return { ...output, finished: run !== undefined && run.phase !== 'Running' && run.phase !== 'Pending', strategy: run ? strategyOf(run.workflow, output.stepName, output.name) : 'OnWorkflowDeletion' };
  });
  for (const run of runs) {
    if (run.phase === 'Running' || run.phase === 'Pending') continue;
    const old = options.runsFinishedBefore !== undefined && run.finishedAt !== undefined && run.finishedAt < options.runsFinishedBefore.toISOString();
    if (!old && !chosen.has(run.id)) continue;
    // artifactGC: Never outlives the run: remembered before the run's outputs are forgotten.
    store.keepArtifacts(outputs.filter((output) => output.runId === run.id && output.strategy === 'Never').map((output) => output.hash));
    store.deleteRun(run.id);
    await rm(run.runDir, { recursive: true, force: true });
    runsDeleted.push(run.id);
  }
  const expired = store.listCacheEntries().filter((entry) => entry.expiresAt !== undefined && entry.expiresAt <= now).map((entry) => entry.key);
  store.deleteCacheEntries(expired);
  // An artifact is kept while a remaining run holds it, except a finished run's OnWorkflowCompletion outputs.
  const deleted = new Set(runsDeleted);
  const referenced = new Set(store.listCacheEntries().flatMap((entry) => Object.values(entry.outputs.artifacts).map((artifact) => artifact.hash)));
  for (const output of outputs) {
    if (deleted.has(output.runId)) continue;
    if (output.finished && output.strategy === 'OnWorkflowCompletion') continue;
    referenced.add(output.hash);
  }
  for (const hash of store.keptArtifacts()) referenced.add(hash);
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

import type { EngineEvent } from '../engine/engine-event';
import { EngineError } from '../engine/step-plan';
import { remoteFailureKind, type RemoteArtifactContext } from './remote-artifact-store';

/** Progress events at most this often per artifact, plus the last one: a view, not a log. */
const PROGRESS_INTERVAL_MS = 500;

export interface RemoteTransfer {
  readonly runId: string;
  readonly stepId: string;
  readonly stepName: string;
  readonly artifactName: string;
  readonly direction: 'download' | 'upload';
  readonly signal: AbortSignal;
  readonly archive?: 'tar' | 'none';
  readonly emit: (event: EngineEvent) => void;
}

/**
 * Runs one store call with the context it gets (progress as `artifact-progress` events, a few a
 * second) and turns what it throws into an EngineError the retry table reads: a store's
 * `transient` failure is retried by the default policy, a `permanent` one never.
 */
export async function remoteTransfer(transfer: RemoteTransfer, describe: string, call: (context: RemoteArtifactContext) => Promise<void>): Promise<void> {
  let last = 0;
  let latest: EngineEvent | undefined;
  const context: RemoteArtifactContext = {
    stepName: transfer.stepName,
    artifactName: transfer.artifactName,
    signal: transfer.signal,
    ...(transfer.archive && { archive: transfer.archive }),
    onProgress: ({ bytes, totalBytes }) => {
      latest = { type: 'artifact-progress', runId: transfer.runId, stepId: transfer.stepId, artifact: transfer.artifactName, direction: transfer.direction, bytes, ...(totalBytes !== undefined && { totalBytes }) };
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      transfer.emit(latest);
      latest = undefined;
    },
  };
  try {
    await call(context);
  } catch (error) {
    const kind = remoteFailureKind(error);
    throw new EngineError(`${describe} failed: ${error instanceof Error ? error.message : String(error)}`, kind === 'permanent', kind === 'transient');
  }
  if (latest) transfer.emit(latest);
}

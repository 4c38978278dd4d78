import type { EngineEvent, StepPhase, StepRecord } from '@couler/backend-local';
import { CoulerError, type BackendV1RunHandle, type BackendV1RunStatus } from '@couler/ir';
import { classifyMessage, type FailedStep } from '../monitor/auto-retry';
import { SHUTDOWN, type ClusterRunner, type ClusterRunOutcome, type DispatchedRun } from './cluster-runner';
import type { RemoteClusterKind, RemoteEngine } from './remote-engine';

export interface RemoteClusterOptions {
  /** How often a running run's status is read from the engine. Default 2 s. */
  readonly pollMs?: number;
  /** Per request to the engine, where its backend takes one. Default 30 s. */
  readonly timeoutMs?: number;
}

/** `train[2]`, `train(0:a)`, `train.3` → `train`: the IR step an engine's step instance ran. */
const stepName = (instance: string) => instance.replace(/[#[(].*$/, '').replace(/\.\d+$/, '');

function toStepRecord(runId: string, step: BackendV1RunStatus['steps'][number]): StepRecord {
  return {
    runId,
    id: step.name,
    stepName: stepName(step.name),
    stage: 'main',
    iteration: 0,
    phase: step.phase as StepPhase,
    ...(step.message !== undefined && { message: step.message }),
    ...(step.startedAt !== undefined && { startedAt: step.startedAt }),
    ...(step.finishedAt !== undefined && { finishedAt: step.finishedAt }),
    attempts: 1,
    outputs: { parameters: {}, artifacts: {} },
  };
}

const FINISHED = new Set(['Succeeded', 'Failed', 'Error', 'Skipped', 'Cached', 'Cancelled', 'Omitted']);
/** Waits `ms`, or less when `signal` aborts first; never rejects. */
export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * Finds or creates the engine's run of this dispatch: a resumed run follows its stored handle
 * (created now if the server stopped before it was), a retry asks the engine to retry it in
 * place where it can, and anything else is a new run whose handle is stored first when the
 * server names it.
 */
async function engineRun(engine: RemoteEngine, run: DispatchedRun, signal: AbortSignal, emit: (message: string) => void, onSubmitted: ((handle: BackendV1RunHandle) => Promise<void>) | undefined, keep: (handle: BackendV1RunHandle) => void): Promise<void> {
  // A handle of another engine (the run was on a cluster of another kind before) is not this one's to follow.
  const stored = run.externalRun?.backendId === engine.backend.backendId ? run.externalRun : null;
  const where = (handle: BackendV1RunHandle) => `${engine.noun} "${handle.runId}"${engine.where(handle)} on cluster "${run.cluster.name}"`;
  if (stored && run.action === 'resume') {
    keep(stored);
    emit(`Following ${engine.noun} "${stored.runId}" again on cluster "${run.cluster.name}".`);
    try {
      await engine.backend.doStatus!(stored, { ...engine.request, abortSignal: signal });
    } catch (error) {
      // Stored but never created (the server stopped between the two): create it now, under the same name.
      if (!engine.isNotFound(error) || engine.newHandle === undefined) throw error;
      await engine.create(run, stored, signal);
    }
    return;
  }
  if (stored && run.action === 'retry' && engine.retry) {
    const retried = await engine.retry(stored, run);
    emit(retried.message);
    if (retried.done) {
      keep(stored);
      return;
    }
  }
  const named = engine.newHandle?.(run);
  if (named) {
    keep(named);
    await onSubmitted?.(named);
    const created = await engine.create(run, named, signal);
    emit(`Created ${where(created)}.`);
    return;
  }
  // The engine names the run: its handle can only be stored once it exists.
  const created = await engine.create(run, undefined, signal);
  keep(created);
  await onSubmitted?.(created);
  emit(`Created ${where(created)}.`);
}

/**
 * A cluster whose engine is reached over its API (Argo, Tekton, Airflow): a run is compiled by
 * the engine's backend, created there, and followed by reading its status: step changes become
 * the run's events, the logs are read once it ends. A cancel stops it on the engine; a shutdown
 * leaves it running for the next server to follow through the stored handle. Failures of the
 * engine's API are transient or permanent as `kind` says, for the server's automatic retry.
 */
export function createRemoteCluster(kind: RemoteClusterKind, options: RemoteClusterOptions = {}): ClusterRunner {
  const pollMs = options.pollMs ?? 2000;
  return {
    kind: kind.kind,
    checkHealth: (settings) => kind.checkHealth(settings),
    async run(run, { signal, onEvent, onSubmitted }): Promise<ClusterRunOutcome> {
      const emitEvent = (event: EngineEvent) => onEvent(event);
      const notice = (message: string) => emitEvent({ type: 'notice', runId: run.id, message });
      let handle: BackendV1RunHandle | null = null;
      let engine: RemoteEngine | undefined;
      /** Stopped: a shutdown leaves the run going for the next server to follow; a cancel (by a user, by the monitor) ends it. */
      const stopped = async (steps: StepRecord[]): Promise<ClusterRunOutcome> => {
        const [engineName, ...object] = (engine?.noun ?? 'the engine run').split(' ');
        const message =
          handle === null || engine === undefined ? `Cancelled before ${engineName} had the ${object.join(' ')}.` : signal.reason === SHUTDOWN ? `Stopped following ${engine.noun} "${handle.runId}".` : await engine.cancel(handle);
        notice(message);
        return { phase: 'Cancelled', message, steps };
      };
      try {
        engine = kind.connect(run.cluster.settings, { pollMs, ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }) });
        const connected = engine;
        await engineRun(connected, run, signal, notice, onSubmitted, (kept) => {
          handle = kept;
        });
        const followed = handle as unknown as BackendV1RunHandle;
        emitEvent({ type: 'run-started', runId: run.id, workflow: run.workflow.metadata.name, steps: run.workflow.spec.steps.map((step) => step.name), resumed: run.action !== 'start', at: new Date().toISOString() });
        const seen = new Map<string, string>();
        for (;;) {
          if (signal.aborted) return stopped([]);
          const status = await connected.backend.doStatus!(followed, { ...connected.request, abortSignal: signal });
          for (const step of status.steps) {
            const before = seen.get(step.name);
            if (before === step.phase) continue;
            seen.set(step.name, step.phase);
            const at = new Date().toISOString();
            if (step.phase !== 'Pending' && before === undefined) emitEvent({ type: 'step-started', runId: run.id, stepId: step.name, stepName: stepName(step.name), attempt: 1, at: step.startedAt ?? at });
            if (FINISHED.has(step.phase)) {
              const durationMs = step.startedAt && step.finishedAt ? Date.parse(step.finishedAt) - Date.parse(step.startedAt) : 0;
              emitEvent({ type: 'step-finished', runId: run.id, stepId: step.name, stepName: stepName(step.name), phase: step.phase as StepPhase, ...(step.message !== undefined && { message: step.message }), durationMs, at: step.finishedAt ?? at });
            }
          }
          if (FINISHED.has(status.phase)) {
            try {
              for await (const line of connected.backend.doLogs!(followed, { ...connected.request, abortSignal: signal })) emitEvent({ type: 'step-log', runId: run.id, stepId: line.stepName, stream: 'stdout', line: line.text });
            } catch (error) {
              // The run's outcome stands without its logs (pods already collected, a log store down).
              if (signal.aborted || !CoulerError.isInstance(error)) throw error;
              notice(`The logs of ${connected.noun} "${followed.runId}" could not be read: ${error.message}`);
            }
            const phase = status.phase === 'Succeeded' || status.phase === 'Failed' || status.phase === 'Error' || status.phase === 'Cancelled' ? status.phase : 'Error';
            const failed = status.steps.filter((step) => step.phase === 'Failed' || step.phase === 'Error').map((step) => classifyMessage(step.name, step.message ?? step.phase));
            const durationMs = status.startedAt && status.finishedAt ? Date.parse(status.finishedAt) - Date.parse(status.startedAt) : 0;
            emitEvent({ type: 'run-finished', runId: run.id, phase, ...(status.message !== undefined && { message: status.message }), durationMs, at: new Date().toISOString() });
            return { phase, ...(status.message !== undefined && { message: status.message }), steps: status.steps.map((step) => toStepRecord(run.id, step)), ...(failed.length > 0 && { failed }) };
          }
          await sleep(pollMs, signal);
          if (signal.aborted) return stopped(status.steps.map((step) => toStepRecord(run.id, step)));
        }
      } catch (error) {
        if (signal.aborted) return stopped([]);
        if (!CoulerError.isInstance(error)) throw error;
        const stepId = handle ? 'status' : 'submit';
        const failureClass = engine?.failureClass(error);
        const failure: FailedStep = failureClass ? { stepId, failureClass, reason: error.message.split('\n')[0] ?? error.code } : classifyMessage(stepId, error.message);
        return { phase: 'Error', message: `${error.code}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`, steps: [], failed: [failure] };
      }
    },
  };
}

import type { EngineEvent, StepPhase, StepRecord } from '@couler/backend-local';
import { ArgoServerError, createArgoBackend, createArgoServerClient, resolveArgoServerConnection, type ArgoServerSettings } from '@couler/backend-argo';
import { CoulerError, type BackendV1RunHandle, type BackendV1RunStatus } from '@couler/ir';
import { classifyMessage, type FailedStep } from '../monitor/auto-retry';
import { SHUTDOWN, type ClusterHealth, type ClusterRunner, type ClusterRunOutcome } from './cluster-runner';

export interface ArgoClusterOptions {
  /** How often a running workflow's status is read from the Argo Server. Default 2 s. */
  readonly pollMs?: number;
  /** Per request to the Argo Server. Default 30 s. */
  readonly timeoutMs?: number;
}

/** A cluster's settings (`server`, `namespace`, `token`), as the Argo client takes them; never from the server's own environment. */
export function argoSettings(settings: Readonly<Record<string, unknown>>, timeoutMs?: number): ArgoServerSettings {
  const text = (key: string) => (typeof settings[key] === 'string' ? (settings[key] as string) : undefined);
  return { ...(text('server') !== undefined && { server: text('server')! }), ...(text('namespace') !== undefined && { namespace: text('namespace')! }), ...(text('token') !== undefined && { token: text('token')! }), env: {}, ...(timeoutMs !== undefined && { timeoutMs }) };
}

/** Failures of the Argo Server itself that another try may not meet: it was down, slow, or failed inside. */
const TRANSIENT_ARGO_FAILURES = new Set(['unreachable', 'timeout', 'server-error']);

function engineFailure(stepId: string, error: unknown): FailedStep {
  if (ArgoServerError.isArgoServerError(error)) return { stepId, failureClass: TRANSIENT_ARGO_FAILURES.has(error.failure) ? 'transient' : 'permanent', reason: error.message.split('\n')[0] ?? error.failure };
  return classifyMessage(stepId, error instanceof Error ? error.message : String(error));
}

const stepName = (instance: string) => instance.replace(/[#[].*$/, '');

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

/**
 * Asks the Argo Server to terminate a workflow (`PUT /api/v1/workflows/{namespace}/{name}/terminate`,
 * as `argo terminate`): a run cancelled on the server must not go on using the cluster.
 * @returns what happened, for the run's events.
 */
async function terminate(settings: ArgoServerSettings, handle: BackendV1RunHandle): Promise<string> {
  const connection = resolveArgoServerConnection(settings);
  const namespace = handle.namespace ?? connection.namespace;
  const url = new URL(`api/v1/workflows/${encodeURIComponent(namespace)}/${encodeURIComponent(handle.runId)}/terminate`, connection.baseUrl);
  const manual = `stop it with \`argo terminate ${handle.runId} -n ${namespace}\``;
  try {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(connection.authorization && { authorization: connection.authorization }) },
      body: JSON.stringify({ name: handle.runId, namespace }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return `Terminated Argo workflow "${handle.runId}".`;
    return `The Argo Server did not terminate workflow "${handle.runId}" (HTTP ${response.status}: ${(await response.text()).slice(0, 200)}); ${manual}.`;
  } catch (error) {
    return `The Argo Server could not be asked to terminate workflow "${handle.runId}" (${(error as Error).message}); ${manual}.`;
  }
}

const FINISHED = new Set(['Succeeded', 'Failed', 'Error', 'Skipped', 'Cached', 'Cancelled', 'Omitted']);
const sleep = (ms: number, signal: AbortSignal) =>
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
 * An `argo` cluster: Argo Workflows reached through the Argo Server's REST API with a bearer
 * token. A run is compiled by `@couler/backend-argo`, created there, and followed by reading its
 * status: step changes become the run's events, and the pods' logs are read once it ends. The
 * workflow's handle is stored before it is followed, so a server that restarts follows the same
 * workflow instead of creating another.
 */
export function createArgoCluster(options: ArgoClusterOptions = {}): ClusterRunner {
  const pollMs = options.pollMs ?? 2000;
  return {
    kind: 'argo',
    async checkHealth(settings): Promise<ClusterHealth> {
      // A workflow that cannot exist: NotFound proves the server answers and takes the token.
      try {
        await createArgoServerClient({ ...argoSettings(settings, options.timeoutMs ?? 10_000) }).getWorkflow('couler-health-check');
        return { healthy: true };
      } catch (error) {
        if (ArgoServerError.isArgoServerError(error) && error.failure === 'not-found') return { healthy: true };
        return { healthy: false, message: CoulerError.isInstance(error) ? `${error.message}${error.hint ? ` ${error.hint}` : ''}` : String(error) };
      }
    },
    async run(run, { signal, onEvent, onSubmitted }): Promise<ClusterRunOutcome> {
      const backend = createArgoBackend({ server: argoSettings(run.cluster.settings, options.timeoutMs) });
      const emit = (event: EngineEvent) => onEvent(event);
      let handle: BackendV1RunHandle | null = run.action === 'resume' ? run.externalRun : null;
      /** Stopped: a shutdown leaves the workflow running for the next server to follow; a cancel (by a user, by the monitor) ends it. */
      const stopped = async (steps: StepRecord[]): Promise<ClusterRunOutcome> => {
        const message = handle === null ? 'Cancelled before Argo had the workflow.' : signal.reason === SHUTDOWN ? `Stopped following Argo workflow "${handle.runId}".` : await terminate(argoSettings(run.cluster.settings, options.timeoutMs), handle);
        emit({ type: 'notice', runId: run.id, message });
        return { phase: 'Cancelled', message, steps };
      };
      try {
        const namespace = argoSettings(run.cluster.settings).namespace ?? 'argo';
        /** Creates the workflow under its handle's name; one that exists already (an earlier try got that far) is followed. */
        const create = async (target: BackendV1RunHandle) => {
          const named = { ...run.workflow, metadata: { ...run.workflow.metadata, name: target.runId } };
          const compiled = await backend.doCompile(named, { settings: { generateName: false } });
          try {
            await backend.doSubmit!(compiled, { parameters: run.parameters });
            emit({ type: 'notice', runId: run.id, message: `Created Argo workflow "${target.runId}" in namespace "${namespace}" on cluster "${run.cluster.name}".` });
          } catch (error) {
            if (!(ArgoServerError.isArgoServerError(error) && error.failure === 'already-exists')) throw error;
          }
        };
        if (handle) {
          emit({ type: 'notice', runId: run.id, message: `Following Argo workflow "${handle.runId}" again on cluster "${run.cluster.name}".` });
          // Stored but never created (the server stopped between the two): create it now, under the same name.
          try {
            await backend.doStatus!(handle, {});
          } catch (error) {
            if (!(ArgoServerError.isArgoServerError(error) && error.failure === 'not-found')) throw error;
            await create(handle);
          }
        } else {
          // The name is the server's, and stored before the workflow is created: a server that stops
          // at any point follows this workflow after its restart, and never creates a second one.
          handle = { backendId: 'argo', runId: `${run.id}-${run.dispatch}`, namespace };
          await onSubmitted?.(handle);
          await create(handle);
        }
        emit({ type: 'run-started', runId: run.id, workflow: run.workflow.metadata.name, steps: run.workflow.spec.steps.map((step) => step.name), resumed: run.action !== 'start', at: new Date().toISOString() });
        const seen = new Map<string, string>();
        for (;;) {
          const status = await backend.doStatus!(handle, { abortSignal: signal });
          for (const step of status.steps) {
            if (seen.get(step.name) === step.phase) continue;
            const before = seen.get(step.name);
            seen.set(step.name, step.phase);
            const at = new Date().toISOString();
            if (step.phase !== 'Pending' && before === undefined) emit({ type: 'step-started', runId: run.id, stepId: step.name, stepName: stepName(step.name), attempt: 1, at: step.startedAt ?? at });
            if (FINISHED.has(step.phase)) {
              const durationMs = step.startedAt && step.finishedAt ? Date.parse(step.finishedAt) - Date.parse(step.startedAt) : 0;
              emit({ type: 'step-finished', runId: run.id, stepId: step.name, stepName: stepName(step.name), phase: step.phase as StepPhase, ...(step.message !== undefined && { message: step.message }), durationMs, at: step.finishedAt ?? at });
            }
          }
          if (FINISHED.has(status.phase)) {
            for await (const line of backend.doLogs!(handle, { abortSignal: signal })) emit({ type: 'step-log', runId: run.id, stepId: line.stepName, stream: 'stdout', line: line.text });
            const phase = status.phase === 'Succeeded' || status.phase === 'Failed' || status.phase === 'Error' || status.phase === 'Cancelled' ? status.phase : 'Error';
            const failed = status.steps.filter((step) => step.phase === 'Failed' || step.phase === 'Error').map((step) => classifyMessage(step.name, step.message ?? step.phase));
            const durationMs = status.startedAt && status.finishedAt ? Date.parse(status.finishedAt) - Date.parse(status.startedAt) : 0;
            emit({ type: 'run-finished', runId: run.id, phase, ...(status.message !== undefined && { message: status.message }), durationMs, at: new Date().toISOString() });
            return { phase, ...(status.message !== undefined && { message: status.message }), steps: status.steps.map((step) => toStepRecord(run.id, step)), ...(failed.length > 0 && { failed }) };
          }
          await sleep(pollMs, signal);
          if (signal.aborted) return stopped(status.steps.map((step) => toStepRecord(run.id, step)));
        }
      } catch (error) {
        if (signal.aborted) return stopped([]);
        if (!CoulerError.isInstance(error)) throw error;
        const failure = engineFailure(handle ? 'status' : 'submit', error);
        return { phase: 'Error', message: `${error.code}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`, steps: [], failed: [failure] };
      }
    },
  };
}

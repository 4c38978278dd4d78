import { ArgoServerError, createArgoBackend, createArgoServerClient, resolveArgoServerConnection, type ArgoServerSettings } from '@couler/backend-argo';
import type { BackendV1RunHandle, Workflow } from '@couler/ir';
import type { ClusterHealth, ClusterRunner } from './cluster-runner';
import { describeError } from './engine-failure';
import { createRemoteCluster, type RemoteClusterOptions } from './remote-cluster';
import type { RemoteClusterKind } from './remote-engine';

export type ArgoClusterOptions = RemoteClusterOptions;

/** A cluster's settings (`server`, `namespace`, `token`), as the Argo client takes them; never from the server's own environment. */
export function argoSettings(settings: Readonly<Record<string, unknown>>, timeoutMs?: number): ArgoServerSettings {
  const text = (key: string) => (typeof settings[key] === 'string' ? (settings[key] as string) : undefined);
  return { ...(text('server') !== undefined && { server: text('server')! }), ...(text('namespace') !== undefined && { namespace: text('namespace')! }), ...(text('token') !== undefined && { token: text('token')! }), env: {}, ...(timeoutMs !== undefined && { timeoutMs }) };
}

/** Failures of the Argo Server itself that another try may not meet: it was down, slow, or failed inside. */
const TRANSIENT_ARGO_FAILURES = new Set(['unreachable', 'timeout', 'server-error']);

/**
 * `PUT /api/v1/workflows/{namespace}/{name}/{action}` on the Argo Server (terminate, retry).
 * @returns null when it was done, else what went wrong.
 */
async function putWorkflow(settings: ArgoServerSettings, handle: BackendV1RunHandle, action: 'terminate' | 'retry', body: Record<string, unknown>): Promise<string | null> {
  const connection = resolveArgoServerConnection(settings);
  const namespace = handle.namespace ?? connection.namespace;
  const url = new URL(`api/v1/workflows/${encodeURIComponent(namespace)}/${encodeURIComponent(handle.runId)}/${action}`, connection.baseUrl);
  try {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(connection.authorization && { authorization: connection.authorization }) },
      body: JSON.stringify({ name: handle.runId, namespace, ...body }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return null;
    return `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The steps that run after `from` (through dependencies), `from` excluded. */
function stepsAfter(workflow: Workflow, from: string): string[] {
  const after = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of workflow.spec.steps) {
      if (after.has(step.name) || !(step.dependencies ?? []).some((name) => name === from || after.has(name))) continue;
      after.add(step.name);
      grew = true;
    }
  }
  return [...after];
}

/**
 * Argo Workflows through the Argo Server's REST API with a bearer token. The workflow is named
 * `<run>-<dispatch>` by the server; a retry is Argo's own (`argo retry`), so steps that
 * succeeded keep their results and do not run again.
 */
export const argoKind: RemoteClusterKind = {
  kind: 'argo',
  connect(settings, { timeoutMs }) {
    const server = argoSettings(settings, timeoutMs);
    const namespace = server.namespace ?? 'argo';
    const backend = createArgoBackend({ server });
    return {
      backend,
      request: {},
      noun: 'Argo workflow',
      where: (handle) => ` in namespace "${handle.namespace ?? namespace}"`,
      newHandle: (run) => ({ backendId: 'argo', runId: `${run.id}-${run.dispatch}`, namespace }),
      async create(run, handle) {
        const named = { ...run.workflow, metadata: { ...run.workflow.metadata, name: handle!.runId } };
        const compiled = await backend.doCompile(named, { settings: { generateName: false } });
        try {
          await backend.doSubmit!(compiled, { parameters: run.parameters });
        } catch (error) {
          if (!(ArgoServerError.isArgoServerError(error) && error.failure === 'already-exists')) throw error;
        }
        return handle!;
      },
      async cancel(handle) {
        const failed = await putWorkflow(server, handle, 'terminate', {});
        if (failed === null) return `Terminated Argo workflow "${handle.runId}".`;
        const manual = `stop it with \`argo terminate ${handle.runId} -n ${handle.namespace ?? namespace}\``;
        return failed.startsWith('HTTP ') ? `The Argo Server did not terminate workflow "${handle.runId}" (${failed}); ${manual}.` : `The Argo Server could not be asked to terminate workflow "${handle.runId}" (${failed}); ${manual}.`;
      },
      async retry(handle, run) {
        // Argo resets the nodes a selector matches, not "every step after": a step with steps
        // after it is run again with them in a new workflow instead.
        const after = run.retryFrom === null ? [] : stepsAfter(run.workflow, run.retryFrom);
        if (after.length > 0) return { done: false, message: `Argo retries the steps it is told, not the steps after them (${after.join(', ')}): running the workflow again as a new one.` };
        const body = run.retryFrom === null ? {} : { restartSuccessful: true, nodeFieldSelector: `displayName=${run.retryFrom}` };
        const failed = await putWorkflow(server, handle, 'retry', body);
        if (failed !== null) return { done: false, message: `The Argo Server did not retry workflow "${handle.runId}" (${failed}): running it again as a new workflow.` };
        return { done: true, message: `Retried Argo workflow "${handle.runId}" on cluster "${run.cluster.name}"${run.retryFrom === null ? ' from its failure point' : ` from step "${run.retryFrom}"`}: the steps that succeeded are kept.` };
      },
      isNotFound: (error) => ArgoServerError.isArgoServerError(error) && error.failure === 'not-found',
      failureClass: (error) => (ArgoServerError.isArgoServerError(error) ? (TRANSIENT_ARGO_FAILURES.has(error.failure) ? 'transient' : 'permanent') : undefined),
    };
  },
  async checkHealth(settings): Promise<ClusterHealth> {
    // A workflow that cannot exist: NotFound proves the server answers and takes the token.
    try {
      await createArgoServerClient({ ...argoSettings(settings, 10_000) }).getWorkflow('couler-health-check');
      return { healthy: true };
    } catch (error) {
      if (ArgoServerError.isArgoServerError(error) && error.failure === 'not-found') return { healthy: true };
      return { healthy: false, message: describeError(error) };
    }
  },
};

/** An `argo` cluster; see `argoKind`. */
export function createArgoCluster(options: ArgoClusterOptions = {}): ClusterRunner {
  return createRemoteCluster(argoKind, options);
}

import type { ArgoKind } from '../compile/argo-types';
import { resolveArgoServerConnection, type ArgoServerConnection, type ArgoServerConnectionOptions } from './argo-server-connection';
import { ArgoServerError, connectionError, responseError, type ArgoRequestDescription } from './argo-server-error';
import type { ArgoCreatedObject, ArgoLogEntry, ArgoWorkflowObject } from './argo-server-objects';
import { readJsonLines } from './read-json-lines';

export interface ArgoServerClientOptions extends ArgoServerConnectionOptions {
  /** The `fetch` to use (default: the global one); pass one with a custom dispatcher for mTLS or a proxy. */
  readonly fetch?: typeof globalThis.fetch;
  /** How long a request may wait for an answer, in milliseconds (default 30 000). A followed log waits only for its headers. */
  readonly timeoutMs?: number;
}

export interface ArgoRequestOptions {
  readonly abortSignal?: AbortSignal;
}

export interface ArgoCreateOptions extends ArgoRequestOptions {
  /** Ask the server (and Kubernetes) to check the object without storing it. */
  readonly serverDryRun?: boolean;
}

export interface ArgoLogsOptions extends ArgoRequestOptions {
  /** Only this pod's lines (a pod name as `argo logs` takes it). */
  readonly podName?: string;
  /** Keep the stream open until the workflow finishes. */
  readonly follow?: boolean;
  /** Default `main`: the user's container, not Argo's `wait`/`init`. */
  readonly container?: string;
  /** Prefix each line with its RFC 3339 time (what `doLogs` uses to fill `time`). */
  readonly timestamps?: boolean;
}

/** A client for the Argo Server's REST API (the grpc-gateway of `pkg/apiclient`), on `fetch`. */
export interface ArgoServerClient {
  readonly connection: ArgoServerConnection;
  /**
   * `POST /api/v1/workflows/{namespace}` (and the WorkflowTemplate, ClusterWorkflowTemplate and
   * CronWorkflow equivalents): creates `document` and returns what the server stored, whose
   * `metadata.name` is the final name when the document had a `generateName`.
   *
   * @throws ArgoServerError for a refused request (see `failure`).
   */
  create(document: { readonly kind: ArgoKind; readonly metadata: { readonly name?: string; readonly generateName?: string } }, options?: ArgoCreateOptions): Promise<ArgoCreatedObject>;
  /** `GET /api/v1/workflows/{namespace}/{name}`: the workflow with its `status.nodes`. */
  getWorkflow(name: string, options?: ArgoRequestOptions): Promise<ArgoWorkflowObject>;
  /** `GET /api/v1/workflows/{namespace}/{name}/log`: the lines of the workflow's pods, as they come. */
  workflowLogs(name: string, options?: ArgoLogsOptions): AsyncIterable<ArgoLogEntry>;
  /** The workflow's page in the Argo UI. */
  uiUrl(kind: ArgoKind, name: string): string;
}

const ENDPOINTS: Record<ArgoKind, { path: (namespace: string) => string; bodyKey: string; ui: string; namespaced: boolean }> = {
  Workflow: { path: (namespace) => `api/v1/workflows/${namespace}`, bodyKey: 'workflow', ui: 'workflows', namespaced: true },
  WorkflowTemplate: { path: (namespace) => `api/v1/workflow-templates/${namespace}`, bodyKey: 'template', ui: 'workflow-templates', namespaced: true },
  ClusterWorkflowTemplate: { path: () => 'api/v1/cluster-workflow-templates', bodyKey: 'template', ui: 'cluster-workflow-templates', namespaced: false },
  CronWorkflow: { path: (namespace) => `api/v1/cron-workflows/${namespace}`, bodyKey: 'cronWorkflow', ui: 'cron-workflows', namespaced: true },
};

export function createArgoServerClient(options: ArgoServerClientOptions = {}): ArgoServerClient {
  const connection = resolveArgoServerConnection(options);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const server = connection.baseUrl.replace(/\/$/, '');

  const describe = (action: string, kind: string, name: string | undefined, namespaced = true): ArgoRequestDescription => ({
    action,
    kind,
    ...(name !== undefined && { name }),
    ...(namespaced && { namespace: connection.namespace }),
    server,
    hasToken: connection.authorization !== undefined,
  });

  /**
   * Sends one request. The timeout covers the wait for the answer's headers; with `wholeBody`
   * it covers reading the body too. A caller's abort ends it with the caller's reason.
   */
  async function send(path: string, init: { method: string; body?: unknown; signal?: AbortSignal | undefined }, request: ArgoRequestDescription): Promise<{ response: Response; answered: () => void; done: () => void }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    const onAbort = () => controller.abort(init.signal?.reason);
    init.signal?.throwIfAborted();
    init.signal?.addEventListener('abort', onAbort, { once: true });
    const answered = () => clearTimeout(timer);
    const done = () => {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', onAbort);
    };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (connection.authorization !== undefined) headers.Authorization = connection.authorization;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await doFetch(new URL(path, connection.baseUrl), {
        method: init.method,
        headers,
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
        signal: controller.signal,
      });
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        throw responseError(response.status, response.statusText, text, request);
      }
      return { response, answered, done };
    } catch (error) {
      done();
      if (init.signal?.aborted) throw init.signal.reason;
      if (ArgoServerError.isArgoServerError(error)) throw error;
      throw connectionError(controller.signal.aborted ? controller.signal.reason : error, request, timeoutMs);
    }
  }

  async function json<T>(path: string, init: { method: string; body?: unknown; signal?: AbortSignal | undefined }, request: ArgoRequestDescription): Promise<T> {
    const { response, done } = await send(path, init, request);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      throw connectionError(error, request, timeoutMs);
    } finally {
      done();
    }
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new ArgoServerError('protocol', `${server} answered ${request.action} ${request.kind} with something that is not JSON.`, {
        status: response.status,
        hint: 'Check that --server points at the Argo Server (port 2746), not at a login page or another service.',
        cause,
      });
    }
  }

  return {
    connection,

    async create(document, createOptions = {}) {
      const endpoint = ENDPOINTS[document.kind];
      const name = document.metadata.name ?? document.metadata.generateName;
      const body: Record<string, unknown> = { [endpoint.bodyKey]: document };
      if (createOptions.serverDryRun) {
        if (document.kind === 'Workflow') body.serverDryRun = true;
        else body.createOptions = { dryRun: ['All'] };
      }
      return json<ArgoCreatedObject>(endpoint.path(connection.namespace), { method: 'POST', body, signal: createOptions.abortSignal }, describe('create', document.kind, name, endpoint.namespaced));
    },

    async getWorkflow(name, requestOptions = {}) {
      return json<ArgoWorkflowObject>(`api/v1/workflows/${connection.namespace}/${encodeURIComponent(name)}`, { method: 'GET', signal: requestOptions.abortSignal }, describe('get', 'Workflow', name));
    },

    async *workflowLogs(name, logOptions = {}) {
      const query = new URLSearchParams({ 'logOptions.container': logOptions.container ?? 'main' });
      if (logOptions.follow) query.set('logOptions.follow', 'true');
      if (logOptions.timestamps) query.set('logOptions.timestamps', 'true');
      if (logOptions.podName !== undefined) query.set('podName', logOptions.podName);
      const request = describe('read the logs of', 'Workflow', name);
      const { response, answered, done } = await send(`api/v1/workflows/${connection.namespace}/${encodeURIComponent(name)}/log?${query}`, { method: 'GET', signal: logOptions.abortSignal }, request);
      // Headers are in: a followed log may now stay quiet for as long as the workflow runs.
      answered();
      if (!response.body) return done();
      try {
        for await (const value of readJsonLines(response.body)) {
          const message = value as { result?: ArgoLogEntry; error?: { http_code?: number; http_status?: string; message?: string } };
          if (message.error) {
            const { http_code: status = 500, http_status: statusText = '' } = message.error;
            throw responseError(status, statusText, JSON.stringify({ error: message.error }), request);
          }
          if (message.result) yield { content: message.result.content ?? '', podName: message.result.podName ?? '' };
        }
      } catch (error) {
        if (logOptions.abortSignal?.aborted) throw logOptions.abortSignal.reason;
        if (ArgoServerError.isArgoServerError(error)) throw error;
        if (error instanceof SyntaxError) {
          throw new ArgoServerError('protocol', `The log stream of workflow "${name}" from ${server} is not newline-delimited JSON.`, { cause: error, hint: 'Check that --server points at the Argo Server.' });
        }
        throw connectionError(error, request, timeoutMs);
      } finally {
        done();
      }
    },

    uiUrl(kind, name) {
      const endpoint = ENDPOINTS[kind];
      return `${server}/${endpoint.ui}/${endpoint.namespaced ? `${connection.namespace}/` : ''}${encodeURIComponent(name)}`;
    },
  };
}

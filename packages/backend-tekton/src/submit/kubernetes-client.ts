import { PassThrough } from 'node:stream';
import { CoulerError, type CoulerErrorCode } from '@couler/ir';
import type { TektonObject } from './tekton-objects';

/** How to reach the cluster: a kubeconfig (file and context), or a server and token given directly. */
export interface TektonClusterSettings {
  /** A kubeconfig file (default: `$KUBECONFIG`, `~/.kube/config`, or the in-cluster service account). */
  readonly kubeconfig?: string;
  /**
   * A kubeconfig's YAML text instead of a file: for a service that keeps it in its own store
   * (encrypted), which should not have to write credentials to disk to use them.
   */
  readonly kubeconfigYaml?: string;
  /** A context of that kubeconfig (default: its current context). */
  readonly context?: string;
}

export interface KubernetesConnection {
  readonly api: CustomObjects;
  readonly pods: PodLogs;
  /** The namespace of the kubeconfig's context (or the pod's, in cluster), if any. */
  readonly namespace: string | undefined;
}

/** The four calls Couler makes on Tekton's custom resources. */
export interface CustomObjects {
  create(namespace: string, plural: string, body: object): Promise<TektonObject>;
  get(namespace: string, plural: string, name: string): Promise<TektonObject>;
  replace(namespace: string, plural: string, name: string, body: object): Promise<TektonObject>;
  list(namespace: string, plural: string, labelSelector: string): Promise<{ items: TektonObject[] }>;
}

/** A container's log, as text chunks (lines may be cut between them). */
export interface PodLogs {
  /**
   * `GET /api/v1/namespaces/{namespace}/pods/{pod}/log?container=…&timestamps=true`; with
   * `follow`, streams until the container ends (or `abortSignal` fires, rejecting with its reason).
   *
   * @throws CoulerError `RUN_NOT_FOUND` when the pod is gone, else the codes of `CustomObjects`.
   */
  log(namespace: string, pod: string, container: string, options: { follow: boolean; abortSignal?: AbortSignal }): AsyncIterable<string>;
}

const GROUP = 'tekton.dev';
const VERSION = 'v1';

/**
 * Connects with `@kubernetes/client-node` (loaded on first use: it is ESM only and not needed to
 * compile). `server`/`token` options, when given, replace the kubeconfig's cluster and user.
 *
 * @throws CoulerError `ENGINE_UNREACHABLE` when no kubeconfig can be loaded.
 */
export async function connectToKubernetes(settings: TektonClusterSettings, request: { server?: string; token?: string }): Promise<KubernetesConnection> {
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  try {
    if (request.server !== undefined) {
      config.loadFromOptions({
        // Plain http has no TLS to verify (the client refuses http otherwise): a local proxy, a test server.
        clusters: [{ name: 'couler', server: request.server, skipTLSVerify: request.server.startsWith('http://') }],
        users: [{ name: 'couler', ...(request.token !== undefined && { token: request.token }) }],
        contexts: [{ name: 'couler', cluster: 'couler', user: 'couler' }],
        currentContext: 'couler',
      });
    } else if (settings.kubeconfigYaml !== undefined) config.loadFromString(settings.kubeconfigYaml);
    else if (settings.kubeconfig !== undefined) config.loadFromFile(settings.kubeconfig);
    else config.loadFromDefault();
    if (settings.context !== undefined) config.setCurrentContext(settings.context);
  } catch (error) {
    throw new CoulerError('ENGINE_UNREACHABLE', `Could not load the Kubernetes configuration${settings.kubeconfig ? ` from ${settings.kubeconfig}` : ''}: ${(error as Error).message}`, {
      hint: 'Point --kubeconfig (or $KUBECONFIG) at a kubeconfig file, or run inside the cluster.',
      cause: error,
    });
  }
  if (!config.getCurrentCluster()) {
    throw new CoulerError('ENGINE_UNREACHABLE', `The kubeconfig has no cluster for context "${config.getCurrentContext()}".`, { hint: 'Check the context name (kubectl config get-contexts).' });
  }
  const client = config.makeApiClient(k8s.CustomObjectsApi);
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw kubernetesError(what, error);
    }
  };
  const api: CustomObjects = {
    create: (namespace, plural, body) => call(`create ${plural}`, () => client.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, body })),
    get: (namespace, plural, name) => call(`read ${plural}/${name}`, () => client.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, name })),
    replace: (namespace, plural, name, body) => call(`replace ${plural}/${name}`, () => client.replaceNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, name, body })),
    list: (namespace, plural, labelSelector) => call(`list ${plural}`, () => client.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, labelSelector })),
  };
  const core = config.makeApiClient(k8s.CoreV1Api);
  const pods: PodLogs = {
    async *log(namespace, pod, container, { follow, abortSignal }) {
      const what = `read the log of container ${container} in pod ${pod}`;
      abortSignal?.throwIfAborted();
      if (!follow) {
        yield await call(what, () => core.readNamespacedPodLog({ name: pod, namespace, container, timestamps: true }));
        return;
      }
      // The generated client buffers a whole response; Log streams it, with the same kubeconfig.
      const stream = new PassThrough();
      stream.setEncoding('utf8');
      const request = await call(what, () => new k8s.Log(config).log(namespace, pod, container, stream, { follow: true, timestamps: true }));
      const stop = () => {
        request.abort();
        stream.destroy(abortSignal?.reason as Error | undefined);
      };
      if (abortSignal?.aborted) stop();
      abortSignal?.addEventListener('abort', stop, { once: true });
      try {
        for await (const chunk of stream) yield chunk as string;
      } finally {
        abortSignal?.removeEventListener('abort', stop);
        request.abort();
      }
    },
  };
  const contextNamespace = config.getContextObject(config.getCurrentContext())?.namespace;
  return { api, pods, namespace: contextNamespace };
}

/** A failed API call as a CoulerError with the engine code for its HTTP status. */
function kubernetesError(what: string, error: unknown): CoulerError {
  const status = (error as { code?: unknown }).code;
  const body = (error as { body?: unknown }).body;
  let message = (error as Error).message ?? String(error);
  try {
    const parsed = typeof body === 'string' ? (JSON.parse(body) as { message?: string }) : (body as { message?: string } | undefined);
    if (parsed?.message) message = parsed.message;
  } catch {
    // Not JSON: keep the client's message.
  }
  // The client's own message lists code, message, body and headers: keep the message line.
  const line = /Message: ([^\n]*)/.exec(message);
  if (line) message = line[1]!;
  let code: CoulerErrorCode = 'ENGINE_ERROR';
  if (typeof status !== 'number') code = 'ENGINE_UNREACHABLE';
  else if (status === 401 || status === 403) code = 'ENGINE_AUTH_FAILED';
  else if (status === 404) code = 'RUN_NOT_FOUND';
  else if (status === 409) code = 'ENGINE_CONFLICT';
  else if (status === 400 || status === 422) code = 'ENGINE_REJECTED';
  const hints: Partial<Record<CoulerErrorCode, string>> = {
    ENGINE_UNREACHABLE: 'Is the cluster reachable from here (kubectl cluster-info)?',
    ENGINE_AUTH_FAILED: 'The credentials of the kubeconfig are refused, or lack RBAC rights on tekton.dev resources.',
    RUN_NOT_FOUND: 'Is Tekton Pipelines installed, and is this the right namespace?',
    ENGINE_REJECTED: "Tekton's webhook refused the object; compile with --validate to see every problem.",
  };
  return new CoulerError(code, `Kubernetes could not ${what}${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${message}`, { ...(hints[code] !== undefined && { hint: hints[code] }) });
}

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArgoTemplate } from '../../src/compile/argo-types';
import { FakeArgoController, type FakeScenario } from './fake-argo-controller';

/**
 * A real HTTP server on 127.0.0.1 that speaks the Argo Server's REST API (v4, the grpc-gateway
 * of `pkg/apiclient`) for the calls Couler makes: create Workflow / WorkflowTemplate /
 * ClusterWorkflowTemplate / CronWorkflow, get a workflow, stream its logs, retry it. Errors have Argo's
 * shape and status codes: `{ "code": <gRPC code>, "message": … }` with 400 (InvalidArgument),
 * 401 (Unauthenticated), 403 (PermissionDenied), 404 (NotFound), 409 (AlreadyExists); a stream
 * error is a `{"error": {grpc_code, http_code, message, http_status}}` line.
 *
 * Submitted workflows run in a `FakeArgoController`: each GET moves them one tick on, and a
 * followed log ticks on its own until the workflow ends.
 */
export interface FakeArgoServerOptions {
  /** Require `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Namespaces the token may not create in (403). */
  readonly forbiddenNamespaces?: ReadonlyArray<string>;
  /** What workflows do, by the name they were submitted under (`generateName` or `name`). */
  readonly scenarios?: Readonly<Record<string, FakeScenario>>;
  /** Milliseconds between ticks of a followed log (default 5). */
  readonly followTickMs?: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly authorization?: string;
  readonly body?: unknown;
}

interface StoredWorkflow {
  object: Record<string, unknown> & { metadata: Record<string, unknown>; spec: { entrypoint: string; onExit?: string; templates: ArgoTemplate[] } };
  controller: FakeArgoController;
}

const GRPC_STATUS: Record<number, number> = { 3: 400, 5: 404, 6: 409, 7: 403, 13: 500, 16: 401 };
const HTTP_STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error' };
const KINDS: Record<string, { kind: string; bodyKey: string; resource: string }> = {
  workflows: { kind: 'Workflow', bodyKey: 'workflow', resource: 'workflows' },
  'workflow-templates': { kind: 'WorkflowTemplate', bodyKey: 'template', resource: 'workflowtemplates' },
  'cluster-workflow-templates': { kind: 'ClusterWorkflowTemplate', bodyKey: 'template', resource: 'clusterworkflowtemplates' },
  'cron-workflows': { kind: 'CronWorkflow', bodyKey: 'cronWorkflow', resource: 'cronworkflows' },
};
// Kubernetes' generateName alphabet: no vowels, no look-alikes.
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

class ApiError extends Error {
  constructor(
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
}

export class FakeArgoServer {
  readonly requests: RecordedRequest[] = [];
  readonly workflows = new Map<string, StoredWorkflow>();
  readonly objects = new Map<string, Record<string, unknown>>();
  private readonly server: Server;
  private readonly faults: Array<{ status: number; body: string; contentType: string }> = [];
  private stalled = false;
  private generated = 0;

  private constructor(private readonly options: FakeArgoServerOptions) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) this.sendError(response, new ApiError(13, String(error)));
        else response.destroy();
      });
    });
  }

  static async start(options: FakeArgoServerOptions = {}): Promise<FakeArgoServer> {
    const fake = new FakeArgoServer(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next request gets this answer instead (a proxy's 502 page, a Kubernetes 422 …). */
  failNext(status: number, body: unknown, contentType = 'application/json'): void {
    this.faults.push({ status, body: typeof body === 'string' ? body : JSON.stringify(body), contentType });
  }

  /** From now on, requests get no answer at all (for timeouts). */
  stall(): void {
    this.stalled = true;
  }

  /** Lets `ticks` seconds pass for a stored workflow. */
  tick(namespace: string, name: string, ticks = 1): void {
    const stored = this.workflows.get(`${namespace}/${name}`);
    if (!stored) throw new Error(`no workflow ${namespace}/${name}`);
    for (let turn = 0; turn < ticks && !stored.controller.finished; turn++) stored.controller.tick();
  }

  /** Runs a stored workflow to its end, as time would. */
  finish(namespace: string, name: string): void {
    this.tick(namespace, name, 1000);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sendJson(response: ServerResponse, status: number, value: unknown): void {
    const body = JSON.stringify(value);
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }

  private sendError(response: ServerResponse, error: ApiError): void {
    this.sendJson(response, GRPC_STATUS[error.grpcCode] ?? 500, { code: error.grpcCode, message: error.message });
  }

  private async readBody(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // What Go's encoding/json says, through grpc-gateway.
      throw new ApiError(3, `invalid character '${text.trim()[0] ?? ' '}' looking for beginning of value`);
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const body = request.method === 'POST' || request.method === 'PUT' ? await this.readBody(request).catch((error: unknown) => error) : undefined;
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(request.headers.authorization !== undefined && { authorization: request.headers.authorization }),
      ...(body !== undefined && !(body instanceof ApiError) && { body }),
    });
    if (this.stalled) return;
    const fault = this.faults.shift();
    if (fault) {
      response.writeHead(fault.status, { 'Content-Type': fault.contentType });
      response.end(fault.body);
      return;
    }
    try {
      if (this.options.token !== undefined && request.headers.authorization !== `Bearer ${this.options.token}`) {
        throw new ApiError(16, 'token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/');
      }
      if (body instanceof ApiError) throw body;
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      if (parts[0] !== 'api' || parts[1] !== 'v1') throw new ApiError(5, 'Not Found');
      const [, , collection, ...rest] = parts;
      const kind = KINDS[collection ?? ''];
      if (!kind) throw new ApiError(5, 'Not Found');
      const cluster = kind.kind === 'ClusterWorkflowTemplate';
      const namespace = cluster ? '' : rest[0];
      if (request.method === 'POST' && rest.length === (cluster ? 0 : 1)) return this.sendJson(response, 200, this.create(kind, namespace ?? '', body as Record<string, unknown>));
      if (request.method === 'GET' && kind.kind === 'Workflow' && rest.length === 2) return this.sendJson(response, 200, this.get(rest[0]!, rest[1]!));
      if (request.method === 'GET' && kind.kind === 'Workflow' && rest.length === 3 && rest[2] === 'log') return this.streamLogs(response, rest[0]!, rest[1]!, url.searchParams);
      if (request.method === 'PUT' && kind.kind === 'Workflow' && rest.length === 3 && rest[2] === 'retry') return this.sendJson(response, 200, this.retry(rest[0]!, rest[1]!, body as Record<string, unknown>));
      throw new ApiError(5, 'Not Found');
    } catch (error) {
      if (error instanceof ApiError) return this.sendError(response, error);
      throw error;
    }
  }

  private create(kind: { kind: string; bodyKey: string; resource: string }, namespace: string, body: Record<string, unknown>): unknown {
    if (this.options.forbiddenNamespaces?.includes(namespace)) {
      throw new ApiError(7, `${kind.resource}.argoproj.io is forbidden: User "system:serviceaccount:argo:couler" cannot create resource "${kind.resource}" in API group "argoproj.io" in the namespace "${namespace}"`);
    }
    const object = body?.[kind.bodyKey] as StoredWorkflow['object'] | undefined;
    if (!object || typeof object !== 'object') throw new ApiError(3, `${kind.bodyKey === 'workflow' ? 'workflow' : kind.bodyKey} body not specified`);
    const metadata = (object.metadata ?? {}) as Record<string, unknown>;
    const spec = (kind.kind === 'CronWorkflow' ? (object.spec as { workflowSpec?: unknown })?.workflowSpec : object.spec) as StoredWorkflow['object']['spec'] | undefined;
    // A Workflow running a WorkflowTemplate by reference takes its entrypoint and templates from it.
    const reference = (spec as { workflowTemplateRef?: { name: string; clusterScope?: boolean } } | undefined)?.workflowTemplateRef;
    const referenced = reference && this.objects.get(reference.clusterScope ? `ClusterWorkflowTemplate//${reference.name}` : `WorkflowTemplate/${namespace}/${reference.name}`);
    if (reference && !referenced) throw new ApiError(5, `${reference.clusterScope ? 'clusterworkflowtemplates' : 'workflowtemplates'}.argoproj.io "${reference.name}" not found`);
    if (!spec?.entrypoint && !reference && kind.kind !== 'WorkflowTemplate' && kind.kind !== 'ClusterWorkflowTemplate') throw new ApiError(3, 'spec.entrypoint is required');
    if (spec?.entrypoint && !(spec.templates ?? []).some((template) => template.name === spec.entrypoint)) throw new ApiError(3, `template name '${spec.entrypoint}' undefined`);
    const submittedAs = (metadata.name ?? metadata.generateName) as string | undefined;
    if (!submittedAs) throw new ApiError(3, `${kind.kind}.argoproj.io "" is invalid: metadata.name: Required value: name or generateName is required`);
    let name = metadata.name as string | undefined;
    if (name === undefined) {
      let suffix = '';
      for (let number = ++this.generated * 7919; suffix.length < 5; number = Math.floor(number / ALPHABET.length)) suffix += ALPHABET[number % ALPHABET.length];
      name = `${metadata.generateName as string}${suffix}`;
    }
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253) {
      throw new ApiError(3, `${kind.kind}.argoproj.io "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`);
    }
    const key = `${kind.kind}/${namespace}/${name}`;
    if (this.objects.has(key)) throw new ApiError(6, `${kind.resource}.argoproj.io "${name}" already exists`);
    const stored = {
      ...object,
      metadata: { ...metadata, name, ...(namespace && { namespace }), uid: randomUUID(), creationTimestamp: '2026-01-01T00:00:00Z', resourceVersion: '1' },
    };
    const dryRun = body.serverDryRun === true || (body.createOptions as { dryRun?: unknown } | undefined)?.dryRun !== undefined;
    if (dryRun) return stored;
    this.objects.set(key, stored);
    if (kind.kind === 'Workflow') {
      const scenario = this.options.scenarios?.[submittedAs] ?? {};
      const runSpec = referenced ? { ...(referenced.spec as object), ...(stored.spec as object) } : stored.spec;
      this.workflows.set(`${namespace}/${name}`, { object: stored as StoredWorkflow['object'], controller: new FakeArgoController(name, runSpec as StoredWorkflow['object']['spec'], scenario) });
    }
    return stored;
  }

  private find(namespace: string, name: string): StoredWorkflow {
    const stored = this.workflows.get(`${namespace}/${name}`);
    if (!stored) throw new ApiError(5, `workflows.argoproj.io "${name}" not found`);
    return stored;
  }

  private get(namespace: string, name: string): unknown {
    const stored = this.find(namespace, name);
    // Answer with the state as it is, then let time pass: the first look after a submit sees no status yet.
    const answer = { ...stored.object, status: stored.controller.status() };
    stored.controller.tick();
    return answer;
  }

  /** `PUT /api/v1/workflows/{namespace}/{name}/retry` (`WorkflowRetryRequest`): the workflow, running again from its failed nodes. */
  private retry(namespace: string, name: string, body: Record<string, unknown>): unknown {
    const stored = this.find(namespace, name);
    const refusal = stored.controller.retry(body?.restartSuccessful === true, typeof body?.nodeFieldSelector === 'string' ? body.nodeFieldSelector : '');
    // The Argo Server wraps FormulateRetryWorkflow's CodeBadRequest as InvalidArgument.
    if (refusal !== undefined) throw new ApiError(3, refusal);
    return { ...stored.object, status: stored.controller.status() };
  }

  private async streamLogs(response: ServerResponse, namespace: string, name: string, query: URLSearchParams): Promise<void> {
    let stored: StoredWorkflow;
    try {
      stored = this.find(namespace, name);
    } catch (error) {
      // grpc-gateway: a stream that fails before its first message sends the error as its only line.
      const apiError = error as ApiError;
      const status = GRPC_STATUS[apiError.grpcCode] ?? 500;
      response.writeHead(status, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
      response.end(`${JSON.stringify({ error: { grpc_code: apiError.grpcCode, http_code: status, message: apiError.message, http_status: HTTP_STATUS_TEXT[status] } })}\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    const follow = query.get('logOptions.follow') === 'true';
    const timestamps = query.get('logOptions.timestamps') === 'true';
    const podName = query.get('podName');
    let sent = 0;
    const flush = () => {
      for (; sent < stored.controller.logs.length; sent++) {
        const line = stored.controller.logs[sent]!;
        if (podName && line.podName !== podName) continue;
        const content = timestamps ? `${line.time.replace('Z', '.000000000Z')} ${line.text}` : line.text;
        response.write(`${JSON.stringify({ result: { content, podName: line.podName } })}\n`);
      }
    };
    flush();
    while (follow && !stored.controller.finished && !response.destroyed) {
      await new Promise((resolve) => setTimeout(resolve, this.options.followTickMs ?? 5));
      stored.controller.tick();
      flush();
    }
    response.end();
  }
}

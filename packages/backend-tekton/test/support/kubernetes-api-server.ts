import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LooseJson } from './loose-json';

/** One line a container wrote, with the time the kubelet stamped on it. */
export type LogLine = readonly [time: string, text: string];

/**
 * A real HTTP server speaking the Kubernetes API's wire format for Tekton's custom resources
 * (create, get, replace, list with a label selector; `Status` bodies for errors) and for pod logs
 * (`GET /api/v1/namespaces/{ns}/pods/{pod}/log`, plain text, `container`, `timestamps`,
 * `follow`), holding objects in memory. Tests drive it the way Tekton's controller and the
 * kubelet would, with `setStatus`, `addTaskRun` and `setPodLog`.
 */
export class KubernetesApiServer {
  readonly objects = new Map<string, LooseJson>();
  readonly requests: Array<{ method: string; path: string; body?: LooseJson }> = [];
  /** Makes the next create of this plural fail like a rejecting admission webhook. */
  rejectNext: { plural: string; message: string } | undefined;
  /** `namespace/pod` → container → its lines. */
  readonly podLogs = new Map<string, Map<string, LogLine[]>>();
  /** `namespace/pod/container` of running containers: a followed log stays open after its lines. */
  readonly running = new Set<string>();
  /** Called on each log request, after its lines are written: what the cluster does meanwhile. */
  onLogRequest: ((pod: string, container: string) => void) | undefined;
  private server!: Server;
  private counter = 0;
  url = '';

  constructor(readonly token: string) {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A kubeconfig file pointing at this server, with a bearer token. */
  kubeconfig(options: { token?: string; namespace?: string } = {}): string {
    const file = join(mkdtempSync(join(tmpdir(), 'couler-kubeconfig-')), 'config');
    writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '  - name: local',
        '    cluster:',
        `      server: ${this.url}`,
        // @kubernetes/client-node refuses plain http unless TLS checks are off (there is no TLS).
        '      insecure-skip-tls-verify: true',
        'users:',
        '  - name: tester',
        '    user:',
        `      token: ${options.token ?? this.token}`,
        'contexts:',
        '  - name: local',
        '    context:',
        '      cluster: local',
        '      user: tester',
        ...(options.namespace ? [`      namespace: ${options.namespace}`] : []),
        'current-context: local',
        '',
      ].join('\n'),
    );
    return file;
  }

  key(namespace: string, plural: string, name: string): string {
    return `${namespace}/${plural}/${name}`;
  }

  setStatus(namespace: string, plural: string, name: string, status: LooseJson): void {
    this.objects.get(this.key(namespace, plural, name))!.status = status;
  }

  setPodLog(namespace: string, pod: string, container: string, lines: LogLine[]): void {
    const containers = this.podLogs.get(`${namespace}/${pod}`) ?? new Map<string, LogLine[]>();
    containers.set(container, lines);
    this.podLogs.set(`${namespace}/${pod}`, containers);
  }

  addTaskRun(namespace: string, name: string, pipelineRun: string, pipelineTask: string, status: LooseJson): void {
    this.objects.set(this.key(namespace, 'taskruns', name), {
      apiVersion: 'tekton.dev/v1',
      kind: 'TaskRun',
      metadata: { name, namespace, labels: { 'tekton.dev/pipelineRun': pipelineRun, 'tekton.dev/pipelineTask': pipelineTask } },
      status,
    });
  }

  private send(response: ServerResponse, code: number, body: LooseJson): void {
    response.writeHead(code, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  private status(response: ServerResponse, code: number, reason: string, message: string): void {
    this.send(response, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
  }

  private podLog(response: ServerResponse, namespace: string, pod: string, query: URLSearchParams): void {
    const containers = this.podLogs.get(`${namespace}/${pod}`);
    if (!containers) {
      this.status(response, 404, 'NotFound', `pods "${pod}" not found`);
      return;
    }
    const container = query.get('container') ?? '';
    const lines = containers.get(container);
    if (!lines) {
      this.status(response, 400, 'BadRequest', `container ${container} is not valid for pod ${pod}`);
      return;
    }
    const timestamps = query.get('timestamps') === 'true';
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write(lines.map(([time, text]) => `${timestamps ? `${time} ` : ''}${text}\n`).join(''));
    this.onLogRequest?.(pod, container);
    // A followed running container keeps the stream open, as the kubelet does, until the client goes.
    if (!(query.get('follow') === 'true' && this.running.has(`${namespace}/${pod}/${container}`))) response.end();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as LooseJson) : undefined;
    const url = new URL(request.url!, this.url);
    this.requests.push({ method: request.method!, path: url.pathname + url.search, ...(body && { body }) });
    if (request.headers.authorization !== `Bearer ${this.token}`) return this.status(response, 401, 'Unauthorized', 'Unauthorized');
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (log && request.method === 'GET') return this.podLog(response, log[1]!, log[2]!, url.searchParams);
    const match = /^\/apis\/tekton\.dev\/v1\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return this.status(response, 404, 'NotFound', `the server could not find the requested resource (${url.pathname})`);
    const [, namespace, plural, name] = match as unknown as [string, string, string, string | undefined];
    if (request.method === 'POST' && !name) {
      if (this.rejectNext?.plural === plural) {
        const { message } = this.rejectNext;
        this.rejectNext = undefined;
        return this.status(response, 400, 'BadRequest', message);
      }
      const metadata = { ...body!.metadata };
      if (!metadata.name) metadata.name = `${metadata.generateName}${(++this.counter).toString(36).padStart(5, 'x')}`;
      const key = this.key(namespace, plural, metadata.name);
      if (this.objects.has(key)) return this.status(response, 409, 'AlreadyExists', `${plural}.tekton.dev "${metadata.name}" already exists`);
      const stored = { ...body, metadata: { ...metadata, namespace, uid: `uid-${this.counter}`, resourceVersion: '1' } };
      this.objects.set(key, stored);
      return this.send(response, 201, stored);
    }
    if (request.method === 'GET' && !name) {
      const selector = url.searchParams.get('labelSelector');
      const [labelKey, labelValue] = selector ? selector.split('=') : [];
      const items = [...this.objects.entries()]
        .filter(([key]) => key.startsWith(`${namespace}/${plural}/`))
        .map(([, object]) => object)
        .filter((object) => !labelKey || object.metadata?.labels?.[labelKey] === labelValue);
      return this.send(response, 200, { apiVersion: 'tekton.dev/v1', kind: 'List', metadata: { resourceVersion: '1' }, items });
    }
    const key = this.key(namespace, plural, name!);
    const current = this.objects.get(key);
    if (!current) return this.status(response, 404, 'NotFound', `${plural}.tekton.dev "${name}" not found`);
    if (request.method === 'GET') return this.send(response, 200, current);
    if (request.method === 'PUT') {
      if (body!.metadata?.resourceVersion !== current.metadata.resourceVersion) return this.status(response, 409, 'Conflict', 'the object has been modified');
      const stored = { ...body, metadata: { ...body!.metadata, resourceVersion: String(Number(current.metadata.resourceVersion) + 1) } };
      this.objects.set(key, stored);
      return this.send(response, 200, stored);
    }
    return this.status(response, 405, 'MethodNotAllowed', 'method not allowed');
  }
}

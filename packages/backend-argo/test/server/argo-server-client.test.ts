import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createArgoServerClient } from '../../src/server/argo-server-client';
import { ArgoServerError } from '../../src/server/argo-server-error';
import { FakeArgoServer } from '../support/argo-server';

const TOKEN = 'v2:abc.def';
const workflow = (spec: Record<string, unknown> = { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'alpine:3.20' } }] }, metadata: Record<string, unknown> = { generateName: 'hello-' }) =>
  ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow' as const, metadata, spec });

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Argo Server client', () => {
  let server: FakeArgoServer;
  const client = (options: Record<string, unknown> = {}) => createArgoServerClient({ server: server.url, namespace: 'argo', token: TOKEN, env: {}, ...options });

  beforeEach(async () => {
    server = await FakeArgoServer.start({ token: TOKEN, forbiddenNamespaces: ['kube-system'] });
  });
  afterEach(() => server.close());

  test('creates a workflow with the bearer token and JSON headers, and returns the stored object', async () => {
    const created = await client().create(workflow());
    expect(created.metadata).toMatchObject({ name: expect.stringMatching(/^hello-.{5}$/), namespace: 'argo', uid: expect.any(String) });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/workflows/argo', authorization: `Bearer ${TOKEN}`, body: { workflow: workflow() } });
  });

  test.each([
    ['with the Bearer prefix', `Bearer ${TOKEN}`],
    ['with a lower-case prefix and spaces', `  bearer   ${TOKEN}  `],
    ['without a prefix', TOKEN],
  ])('a token given %s is sent as "Bearer <token>"', async (_, token) => {
    await client({ token }).create(workflow());
    expect(server.requests[0]!.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('ARGO_SERVER, ARGO_NAMESPACE and ARGO_TOKEN are the defaults; options win over them', async () => {
    const fromEnv = createArgoServerClient({ env: { ARGO_SERVER: server.url, ARGO_NAMESPACE: 'ml', ARGO_TOKEN: `Bearer ${TOKEN}` } });
    await fromEnv.create(workflow());
    expect(server.requests[0]).toMatchObject({ path: '/api/v1/workflows/ml', authorization: `Bearer ${TOKEN}` });
    const host = new URL(server.url).host;
    const overridden = createArgoServerClient({ namespace: 'team-a', env: { ARGO_SERVER: host, ARGO_SECURE: 'false', ARGO_NAMESPACE: 'ml', ARGO_TOKEN: TOKEN } });
    await overridden.create(workflow());
    expect(server.requests[1]!.path).toBe('/api/v1/workflows/team-a');
  });

  test('without a token the server answers 401: the error says to get one with argo auth token', async () => {
    const error = await client({ token: undefined }).create(workflow()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArgoServerError);
    expect(error).toMatchObject({
      failure: 'unauthenticated',
      code: 'ENGINE_AUTH_FAILED',
      path: ['token'],
      status: 401,
      grpcCode: 16,
      message: `The Argo Server at ${server.url} did not accept a request without a token (401): token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/`,
      hint: expect.stringMatching(/^This server needs a token\. Get one with `argo auth token`.*--token or ARGO_TOKEN\.$/),
    });
  });

  test('a wrong token: 401 saying it is wrong or expired', async () => {
    await expect(client({ token: 'stale' }).getWorkflow('x')).rejects.toMatchObject({
      failure: 'unauthenticated',
      message: expect.stringContaining('did not accept the token (401)'),
      hint: expect.stringMatching(/^The token is wrong or has expired\./),
    });
  });

  test('403: names the namespace the token may not create workflows in', async () => {
    await expect(client({ namespace: 'kube-system' }).create(workflow())).rejects.toMatchObject({
      failure: 'forbidden',
      code: 'ENGINE_AUTH_FAILED',
      status: 403,
      message: expect.stringMatching(/^The token may not create Workflow "hello-" in namespace "kube-system" \(403\): workflows\.argoproj\.io is forbidden: User/),
      hint: expect.stringContaining('or another --namespace'),
    });
  });

  test('409: a workflow with that name exists; the hint suggests generateName', async () => {
    await client().create(workflow(undefined, { name: 'fixed' }));
    await expect(client().create(workflow(undefined, { name: 'fixed' }))).rejects.toMatchObject({
      failure: 'already-exists',
      code: 'ENGINE_CONFLICT',
      path: ['metadata', 'name'],
      status: 409,
      message: 'A Workflow named "fixed" already exists in namespace "argo".',
      hint: expect.stringContaining('generateName'),
    });
  });

  test('400 from Argo\'s validation: the message verbatim, the field as the path', async () => {
    await expect(client().create(workflow({ templates: [] }))).rejects.toMatchObject({
      failure: 'invalid',
      code: 'ENGINE_REJECTED',
      status: 400,
      grpcCode: 3,
      path: ['spec', 'entrypoint'],
      serverMessage: 'spec.entrypoint is required',
      message: 'The Argo Server refused Workflow "hello-" in namespace "argo" (400): spec.entrypoint is required',
    });
    await expect(client().create(workflow({ entrypoint: 'main' }))).rejects.toMatchObject({ status: 400, serverMessage: "template name 'main' undefined" });
  });

  test('422 (Kubernetes validation passed through a proxy): the field of the message is the path', async () => {
    const message = 'Workflow.argoproj.io "Hello" is invalid: metadata.name: Invalid value: "Hello": a lowercase RFC 1123 subdomain';
    server.failNext(422, { code: 3, message });
    await expect(client().create(workflow())).rejects.toMatchObject({ failure: 'invalid', status: 422, path: ['metadata', 'name'], message: `The Argo Server refused Workflow "hello-" in namespace "argo" (422): ${message}` });
  });

  test('a proxy\'s HTML 502 page: status, a readable excerpt and what to check', async () => {
    server.failNext(502, '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>', 'text/html');
    await expect(client().getWorkflow('w')).rejects.toMatchObject({
      failure: 'server-error',
      code: 'ENGINE_ERROR',
      status: 502,
      message: `The Argo Server at ${server.url} answered 502 Bad Gateway to get Workflow "w" in namespace "argo": 502 Bad Gateway nginx`,
      hint: expect.stringContaining('kubectl -n argo logs deploy/argo-server'),
    });
  });

  test('a 200 that is not JSON (a login page) is a protocol error', async () => {
    server.failNext(200, '<html>Sign in</html>', 'text/html');
    await expect(client().getWorkflow('w')).rejects.toMatchObject({ failure: 'protocol', hint: expect.stringContaining('port 2746') });
  });

  test('connection refused: names the URL and suggests kubectl port-forward or --server', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    await expect(createArgoServerClient({ server: url, env: {} }).getWorkflow('w')).rejects.toMatchObject({
      failure: 'unreachable',
      code: 'ENGINE_UNREACHABLE',
      path: ['server'],
      message: `Could not reach the Argo Server at ${url}: the connection was refused.`,
      hint: expect.stringContaining('kubectl -n argo port-forward svc/argo-server 2746:2746, then --server https://localhost:2746'),
    });
  });

  test('an https address on a plain-HTTP server: a TLS error suggesting http://', async () => {
    const url = server.url.replace('http:', 'https:');
    await expect(client({ server: url }).getWorkflow('w')).rejects.toMatchObject({ failure: 'tls', hint: expect.stringContaining('use an http:// address') });
  });

  test('a server that never answers: a timeout error after timeoutMs', async () => {
    server.stall();
    await expect(client({ timeoutMs: 200 }).getWorkflow('w')).rejects.toMatchObject({
      failure: 'timeout',
      message: `The Argo Server at ${server.url} did not answer within 0.2s (get Workflow).`,
    });
  });

  test('an aborted request rejects with the caller\'s reason, not a connection error', async () => {
    server.stall();
    const controller = new AbortController();
    const pending = client().getWorkflow('w', { abortSignal: controller.signal });
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  test('logs of a missing workflow: the stream\'s error line becomes a not-found error', async () => {
    const lines = client().workflowLogs('ghost');
    await expect((async () => {
      for await (const _ of lines) void _;
    })()).rejects.toMatchObject({ failure: 'not-found', code: 'RUN_NOT_FOUND', status: 404, message: expect.stringContaining('workflows.argoproj.io "ghost" not found') });
    expect(server.requests[0]!.query).toEqual({ 'logOptions.container': 'main' });
  });

  test('an error line in the middle of a log stream ends it with that error', async () => {
    const fake = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"result":{"content":"one","podName":"p"}}\n');
      response.end('{"error":{"grpc_code":13,"http_code":500,"message":"pod p deleted","http_status":"Internal Server Error"}}\n');
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const seen: string[] = [];
    try {
      const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
      const reading = (async () => {
        for await (const entry of createArgoServerClient({ server: url, env: {} }).workflowLogs('w')) seen.push(entry.content);
      })();
      await expect(reading).rejects.toMatchObject({ failure: 'server-error', status: 500, serverMessage: 'pod p deleted' });
    } finally {
      fake.closeAllConnections();
      fake.close();
    }
    expect(seen).toEqual(['one']);
  });

  test('uiUrl links the Argo UI page of each kind; a path prefix of the server is kept', () => {
    const behindIngress = createArgoServerClient({ server: 'https://example.com/argo', namespace: 'ml', env: {} });
    expect(behindIngress.connection.baseUrl).toBe('https://example.com/argo/');
    expect(behindIngress.uiUrl('Workflow', 'w-1')).toBe('https://example.com/argo/workflows/ml/w-1');
    expect(behindIngress.uiUrl('ClusterWorkflowTemplate', 't')).toBe('https://example.com/argo/cluster-workflow-templates/t');
    expect(behindIngress.uiUrl('CronWorkflow', 'c')).toBe('https://example.com/argo/cron-workflows/ml/c');
  });
});

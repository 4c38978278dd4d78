import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { concat, parameter, runContainer, runHttp, workflow } from '@couler/dsl';
import type { Step } from '@couler/ir';
import { createLocalBackend } from '../src/local-backend';
import { openStateStore, runWorkflow, type RunSummary } from '../src/run-workflow';
import { useTestServer } from './helpers/http-server';
import { eventLog, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const serve = useTestServer();

const stepOf = (summary: RunSummary, id: string) => summary.steps.find((step) => step.id === id)!;
const http = (name: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name, kind: 'http', http: { method: 'GET', ...fields }, ...extra }) as Step;

/** A port nothing listens on: a server's, once it has closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('http steps', () => {
  it('sends GET and POST requests whose url, headers and body come from earlier steps and parameters; the body is the result', async () => {
    const server = await serve({
      '/hooks/ml': (_request, response) => response.writeHead(201, { 'Content-Type': 'application/json', 'X-Kind': 'made' }).end('{"id":"h-1"}'),
      '/hooks/state': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('state=done'),
    });
    const notify = workflow('notify', () => {
      const token = runContainer({ stepName: 'token', image: 'alpine:3.20', command: ['sh', '-c', 'echo s3cr3t'] });
      const created = runHttp({
        stepName: 'create',
        method: 'POST',
        url: concat(server.url, '/hooks/', parameter('channel', { default: 'dev' })),
        headers: { Authorization: concat('Bearer ', token.result), 'Content-Type': 'application/json' },
        body: concat('{"text":"', token.result, '"}'),
        successCondition: 'response.statusCode == 201 && response.headers["X-Kind"][0] == "made"',
      });
      const state = runHttp({ stepName: 'state', url: `${server.url}/hooks/state`, headers: { 'X-Created': created.result } });
      runContainer({ stepName: 'show', image: 'busybox', command: ['echo'], args: [concat('got ', state.result)] });
    });
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(notify, { home: dirs.home(), parameters: { channel: 'ml' }, onEvent });

    expect(summary.phase).toBe('Succeeded');
    expect(server.requests.map(({ method, path, headers, body }) => ({ method, path, authorization: headers.authorization, type: headers['content-type'], created: headers['x-created'], body }))).toEqual([
      { method: 'POST', path: '/hooks/ml', authorization: 'Bearer s3cr3t', type: 'application/json', created: undefined, body: '{"text":"s3cr3t"}' },
      { method: 'GET', path: '/hooks/state', authorization: undefined, type: undefined, created: '{"id":"h-1"}', body: '' },
    ]);
    expect(stepOf(summary, 'create').outputs.result).toBe('{"id":"h-1"}');
    expect(stepOf(summary, 'show').outputs.result).toBe('got state=done');
    // The log shows the request line, the status line and the body; never the headers, which may hold a token.
    const createLog = events.flatMap((event) => (event.type === 'step-log' && event.stepId === 'create' ? [event.line] : []));
    expect(createLog).toEqual([`> POST ${server.url}/hooks/ml`, '< 201 Created', '{"id":"h-1"}']);
  });

  it('succeeds on a 2xx status, or on its successCondition whatever the status, and says why it failed otherwise', async () => {
    const server = await serve({
      '/ok': (_request, response) => response.writeHead(200).end('all good\n'),
      '/teapot': (_request, response) => response.writeHead(418).end('short and stout'),
      '/missing': (_request, response) => response.writeHead(404).end('nothing here'),
    });
    const summary = await runWorkflow(
      workflowOf('conditions', [
        http('plain', { url: `${server.url}/ok` }),
        http('teapot', { url: `${server.url}/teapot`, successCondition: 'response.statusCode == 418 and response.body startsWith "short"' }),
        http('wrong-body', { url: `${server.url}/ok`, successCondition: 'response.body contains "error"' }),
        http('missing', { url: `${server.url}/missing` }),
      ]),
      { home: dirs.home(), defaultRetry: false },
    );
    expect(Object.fromEntries(summary.steps.map((step) => [step.id, step.phase]))).toEqual({ plain: 'Succeeded', teapot: 'Succeeded', 'wrong-body': 'Failed', missing: 'Failed' });
    expect(stepOf(summary, 'plain').outputs.result).toBe('all good\n');
    expect(stepOf(summary, 'wrong-body').message).toBe(`successCondition 'response.body contains "error"' evaluated false; the server answered 200 OK.\nLast log lines:\n  | < 200 OK\n  | all good`);
    expect(stepOf(summary, 'missing').message).toMatch(/^The server answered 404 Not Found, not 2xx\.\n[\s\S]*\| nothing here$/);
  });

  it('retries a 500 under a retry policy until it succeeds; a 503 is transient, a 500 is not', async () => {
    const flaky = (status: number) => (_request: unknown, response: import('node:http').ServerResponse, count: number) =>
      count === 1 ? response.writeHead(status).end('boom') : response.writeHead(200).end(`recovered on try ${count}`);
    const server = await serve({ '/flaky': flaky(500), '/busy': flaky(503), '/broken': flaky(500) });
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(
      workflowOf('retries', [
        http('flaky', { url: `${server.url}/flaky` }, { retry: { limit: 2 } }),
        http('busy', { url: `${server.url}/busy` }),
        http('broken', { url: `${server.url}/broken` }),
      ]),
      // What `on: transient` retries (the default policy's rule), without its waits.
      { home: dirs.home(), defaultRetry: { limit: 2, on: 'transient' }, onEvent },
    );
    expect(stepOf(summary, 'flaky')).toMatchObject({ phase: 'Succeeded', attempts: 2, outputs: { result: 'recovered on try 2' } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'step-retrying', stepId: 'flaky', attempt: 2, reason: 'The server answered 500 Internal Server Error, not 2xx.' }));
    expect(stepOf(summary, 'busy')).toMatchObject({ phase: 'Succeeded', attempts: 2 });
    expect(stepOf(summary, 'broken')).toMatchObject({ phase: 'Failed', attempts: 1 });
    const store = openStateStore(dirs.home());
    try {
      expect(store.getAttempts(summary.runId, 'busy').map((attempt) => [attempt.phase, attempt.failureClass])).toEqual([
        ['Failed', 'transient'],
        ['Succeeded', undefined],
      ]);
    } finally {
      store.close();
    }
  });

  it('times a request out (http.timeoutSeconds: transient, retried) and the step (timeoutSeconds: not transient)', async () => {
    const server = await serve({ '/slow': () => {}, '/slower': () => {} });
    const summary = await runWorkflow(
      workflowOf('timeouts', [
        http('request', { url: `${server.url}/slow`, timeoutSeconds: 1 }, { retry: { limit: 1, on: 'transient' } }),
        http('step', { url: `${server.url}/slower` }, { timeoutSeconds: 1, retry: { limit: 1, on: 'transient' } }),
      ]),
      { home: dirs.home() },
    );
    expect(stepOf(summary, 'request')).toMatchObject({
      phase: 'Failed',
      attempts: 2,
      message: 'the request timed out after 1 s (http.timeoutSeconds) (transient: a network operation timed out) after 2 attempts',
    });
    expect(stepOf(summary, 'step')).toMatchObject({ phase: 'Failed', attempts: 1, message: 'timed out after 1 s (timeoutSeconds)' });
    expect(server.requests.map((request) => request.path).sort()).toEqual(['/slow', '/slow', '/slower']);
  });

  it('treats a refused connection as transient', async () => {
    const port = await closedPort();
    const summary = await runWorkflow(workflowOf('refused', [http('call', { url: `http://127.0.0.1:${port}/x` }, { retry: { limit: 1, on: 'transient' } })]), { home: dirs.home() });
    expect(stepOf(summary, 'call')).toMatchObject({ phase: 'Failed', attempts: 2 });
    expect(stepOf(summary, 'call').message).toContain(`GET http://127.0.0.1:${port}/x failed: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(stepOf(summary, 'call').message).toContain('(transient: a service was not accepting connections yet) after 2 attempts');
  });

  it('maps over items, fans the bodies back in, and skips a request whose `when` does not hold', async () => {
    const server = await serve({
      '/echo/a': (_request, response) => response.end('A'),
      '/echo/b': (_request, response) => response.end('B'),
    });
    const summary = await runWorkflow(
      workflowOf(
        'fan',
        [
          http('each', { url: { concat: [`${server.url}/echo/`, { ref: 'item' }] } }, { map: { items: ['a', 'b'] } }),
          http('maybe', { url: `${server.url}/echo/a` }, { when: { op: 'equal', left: { ref: 'parameter', name: 'notify' }, right: 'yes' } }),
          { name: 'join', kind: 'container', container: { image: 'busybox', command: ['echo'], args: [{ ref: 'step', step: 'each', output: 'result' }] } },
        ],
        { parameters: [{ name: 'notify', default: 'no' }] },
      ),
      { home: dirs.home() },
    );
    expect(summary.phase).toBe('Succeeded');
    expect(stepOf(summary, 'maybe').phase).toBe('Skipped');
    expect(stepOf(summary, 'join').outputs.result).toBe('["A","B"]');
    expect(server.requests.map((request) => request.path).sort()).toEqual(['/echo/a', '/echo/b']);
  });

  it('refuses a successCondition it cannot read before anything runs, naming the step and the column', async () => {
    const home = dirs.home();
    const ping = workflowOf('ping', [http('ping', { url: 'http://127.0.0.1:9/', successCondition: 'response.status == 200' })]);
    const refusal = { code: 'INVALID_FIELD', path: ['steps', 'ping', 'http', 'successCondition'], message: expect.stringContaining('http step "ping" cannot be read (column 10): The response has no field "status".') };
    await expect(runWorkflow(ping, { home })).rejects.toMatchObject(refusal);
    await expect(createLocalBackend({ home }).doCompile(ping, {})).rejects.toMatchObject(refusal);
    const store = openStateStore(home);
    try {
      expect(store.listRuns()).toEqual([]);
    } finally {
      store.close();
    }
    const unsupported = workflowOf('ping', [http('ping', { url: 'http://127.0.0.1:9/', successCondition: 'len(response.body) > 0' })]);
    await expect(runWorkflow(unsupported, { home })).rejects.toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('column 1') });
    const getWithBody = workflowOf('ping', [http('ping', { url: 'http://127.0.0.1:9/', body: '{}' })]);
    await expect(runWorkflow(getWithBody, { home })).rejects.toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'ping', 'http', 'body'] });
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CoulerError, type BackendV1LogLine } from '@couler/ir';
import { AirflowClient, createAirflowBackend, submitToAirflow } from '../src/index';
import { container, irWorkflow } from './support/ir';
import { BEARER, CREDENTIALS, startFakeAirflow, type FakeAirflow, type FakeTaskInstance } from './support/fake-airflow';

const workflow = irWorkflow('train-model', [container('prepare'), container('train', { dependencies: ['prepare'], map: { items: [1, 2] } })], { parameters: [{ name: 'epochs', default: '3' }] });

const instances: FakeTaskInstance[] = [
  { task_id: 'prepare', map_index: -1, state: 'success', try_number: 1, start_date: '2026-11-25T10:00:02+00:00', end_date: '2026-11-25T10:00:05+00:00', log: ['preparing', 'done'] },
  { task_id: 'train', map_index: 0, state: 'running', try_number: 2, start_date: '2026-11-25T10:00:06+00:00', log: ['epoch 1'] },
  { task_id: 'train', map_index: 1, state: 'upstream_failed', try_number: 0 },
  { task_id: 'train__when', map_index: -1, state: 'success', try_number: 1 },
  { task_id: 'flip__3', map_index: -1, state: null, try_number: 0 },
];

let server: FakeAirflow | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failure(run: () => PromiseLike<unknown>): Promise<CoulerError> {
  const error = await Promise.resolve(run()).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

describe.each([2, 3] as const)('Airflow %i REST API', (version) => {
  const api = version === 3 ? '/api/v2' : '/api/v1';

  it('submit unpauses the DAG and triggers a run with the parameters as conf; status and logs read it back', async () => {
    server = await startFakeAirflow({ version, dags: { 'train-model': { taskInstances: instances } } });
    const backend = createAirflowBackend({ airflowVersion: version });
    const compiled = await backend.doCompile(workflow, {});
    const handle = await backend.doSubmit!(compiled, { server: `${server.url}/`, token: CREDENTIALS, parameters: { epochs: '10' } });
    expect(handle).toEqual({ backendId: 'airflow', runId: 'train-model/manual__2026-11-25T10:00:00+00:00', url: server.url });
    const calls = server.requests.filter((request) => request.url.startsWith(api)).map((request) => [request.method, request.url, request.body]);
    expect(calls).toEqual([
      ['PATCH', `${api}/dags/train-model?update_mask=is_paused`, { is_paused: false }],
      ['POST', `${api}/dags/train-model/dagRuns`, version === 3 ? { logical_date: null, conf: { epochs: '10' } } : { conf: { epochs: '10' } }],
    ]);
    if (version === 3) expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/auth/token', body: { username: 'admin', password: 's3cret:with:colons' } });

    const status = await backend.doStatus!(handle, { token: CREDENTIALS });
    expect(status).toEqual({
      run: handle,
      phase: 'Running',
      startedAt: '2026-11-25T10:00:01+00:00',
      steps: [
        { name: 'flip.3', phase: 'Pending' },
        { name: 'prepare', phase: 'Succeeded', startedAt: '2026-11-25T10:00:02+00:00', finishedAt: '2026-11-25T10:00:05+00:00' },
        { name: 'train[0]', phase: 'Running', startedAt: '2026-11-25T10:00:06+00:00' },
        { name: 'train[1]', phase: 'Skipped', message: 'Not run: a step it waits for failed.' },
      ],
    });

    const lines: BackendV1LogLine[] = [];
    for await (const line of backend.doLogs!(handle, { token: CREDENTIALS })) lines.push(line);
    expect(lines.map((line) => [line.stepName, line.text])).toEqual([
      ['prepare', 'preparing'],
      ['prepare', 'done'],
      ['train[0]', 'epoch 1'],
    ]);
    if (version === 3) expect(lines[0]!.time).toBe('2026-11-25T10:00:00Z');
    expect(server.requests.some((request) => request.url === `${api}/dags/train-model/dagRuns/manual__2026-11-25T10%3A00%3A00%2B00%3A00/taskInstances/train/logs/2?full_content=true&map_index=0`)).toBe(true);
  });

  it('a DAG run id given by the caller is sent, and triggering it again follows the same run instead of starting a second', async () => {
    server = await startFakeAirflow({ version, dags: { 'train-model': { taskInstances: [] } } });
    const compiled = await createAirflowBackend({ airflowVersion: version }).doCompile(workflow, {});
    const options = { server: server.url, token: CREDENTIALS, dagRunId: 'couler-run-7f3a-1' };
    const first = await submitToAirflow(compiled, options, version);
    const again = await submitToAirflow(compiled, options, version);
    expect(first).toEqual({ backendId: 'airflow', runId: 'train-model/couler-run-7f3a-1', url: server.url });
    expect(again).toEqual(first);
    expect(server.runs.map((run) => run.dag_run_id)).toEqual(['couler-run-7f3a-1']);
    expect(server.requests.find((request) => request.method === 'POST' && request.url === `${api}/dags/train-model/dagRuns`)?.body).toMatchObject({ dag_run_id: 'couler-run-7f3a-1' });
  });

  it('a bearer token is sent as it is', async () => {
    server = await startFakeAirflow({ version, dags: { 'train-model': { taskInstances: [] } } });
    const backend = createAirflowBackend({ airflowVersion: version });
    const compiled = await backend.doCompile(workflow, {});
    const error = version === 2 ? await failure(() => backend.doSubmit!(compiled, { server: server!.url, token: BEARER })) : undefined;
    if (version === 3) {
      await backend.doSubmit!(compiled, { server: server.url, token: BEARER });
      expect(server.requests.every((request) => request.authorization === `Bearer ${BEARER}`)).toBe(true);
    } else {
      // Airflow 2's basic-auth backend refuses a bearer token.
      expect(error?.code).toBe('ENGINE_AUTH_FAILED');
    }
  });

  it('401, 404, 409 and an unreachable server are typed errors that say what to do', async () => {
    server = await startFakeAirflow({ version, dags: { 'train-model': { taskInstances: [] }, busy: { taskInstances: [], conflict: true } } });
    const backend = createAirflowBackend({ airflowVersion: version });
    const compiled = await backend.doCompile(workflow, {});

    const unauthorized = await failure(() => backend.doSubmit!(compiled, { server: server!.url, token: 'admin:wrong' }));
    expect(unauthorized).toMatchObject({ code: 'ENGINE_AUTH_FAILED', path: ['token'] });
    expect(unauthorized.message).toContain('Airflow answered 401');

    const notLoaded = await backend.doCompile(irWorkflow('not-loaded', [container('a')]), {});
    const missing = await failure(() => backend.doSubmit!(notLoaded, { server: server!.url, token: CREDENTIALS }));
    expect(missing.code).toBe('LOAD_FAILED');
    expect(missing.message).toContain('The DAG with dag_id: `not-loaded` was not found');
    expect(missing.hint).toContain('DAG folder');

    const busy = await backend.doCompile(irWorkflow('busy', [container('a')]), {});
    const conflict = await failure(() => backend.doSubmit!(busy, { server: server!.url, token: CREDENTIALS }));
    expect(conflict.code).toBe('ENGINE_CONFLICT');

    const noRun = await failure(() => backend.doStatus!({ backendId: 'airflow', runId: 'train-model/nope', url: server!.url }, { token: CREDENTIALS }));
    expect(noRun).toMatchObject({ code: 'RUN_NOT_FOUND', path: ['runId'] });

    const closed = server.url;
    await server.close();
    server = undefined;
    expect((await failure(() => backend.doSubmit!(compiled, { server: closed, token: CREDENTIALS }))).code).toBe('ENGINE_UNREACHABLE');
    expect((await failure(() => backend.doSubmit!(compiled, { token: CREDENTIALS }))).path).toEqual(['server']);
  });
});

/** A server that is not Airflow: every path answers `status` with an HTML page. */
async function startOtherServer(status: number): Promise<{ url: string; close(): Promise<void> }> {
  const other = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html' });
    response.end('<html><body>It works!</body></html>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(other.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => other.close(() => resolve())) };
}

describe('airflowVersion "auto" (the default over REST)', () => {
  const probes = (fake: FakeAirflow) => fake.requests.filter((request) => request.url.endsWith('/version')).map((request) => request.url);

  it.each([2, 3] as const)('asks an Airflow %i server its version once, then speaks its API', async (version) => {
    server = await startFakeAirflow({ version, dags: { 'train-model': { taskInstances: instances } } });
    const backend = createAirflowBackend();
    const compiled = await backend.doCompile(workflow, {});
    const handle = await backend.doSubmit!(compiled, { server: server.url, token: CREDENTIALS, parameters: { epochs: '10' } });
    const api = version === 3 ? '/api/v2' : '/api/v1';
    expect(probes(server)).toEqual(version === 3 ? ['/api/v2/version'] : ['/api/v2/version', '/api/v1/version']);
    expect(server.requests.filter((request) => request.url.startsWith(`${api}/dags`)).map((request) => [request.method, request.url, request.body])).toEqual([
      ['PATCH', `${api}/dags/train-model?update_mask=is_paused`, { is_paused: false }],
      ['POST', `${api}/dags/train-model/dagRuns`, version === 3 ? { logical_date: null, conf: { epochs: '10' } } : { conf: { epochs: '10' } }],
    ]);

    // Status and logs of the same backend reuse the answer: no more version requests.
    expect((await backend.doStatus!(handle, { token: CREDENTIALS })).steps.map((step) => step.name)).toEqual(['flip.3', 'prepare', 'train[0]', 'train[1]']);
    const lines: string[] = [];
    for await (const line of backend.doLogs!(handle, { token: CREDENTIALS, stepName: 'prepare' })) lines.push(line.text);
    expect(lines).toEqual(['preparing', 'done']);
    expect(probes(server)).toHaveLength(version === 3 ? 1 : 2);
  });

  it('a client asks once, and reports the major it found', async () => {
    server = await startFakeAirflow({ version: 2, release: '2.7.3', dags: {} });
    const client = new AirflowClient({ server: server.url });
    expect(client.airflowVersion).toBe('auto');
    expect(await client.majorVersion()).toBe(2);
    expect(await client.url('dags/x')).toBe(`${server.url}/api/v1/dags/x`);
    expect(probes(server)).toEqual(['/api/v2/version', '/api/v1/version']);
    // An explicit major asks nothing.
    expect(await new AirflowClient({ server: server.url }, 3).url('dags/x')).toBe(`${server.url}/api/v2/dags/x`);
    expect(probes(server)).toHaveLength(2);
  });

  it('a server that answers as neither major is a typed error naming both URLs', async () => {
    for (const status of [404, 200]) {
      const other = await startOtherServer(status);
      try {
        const error = await failure(() => createAirflowBackend().doStatus!({ backendId: 'airflow', runId: 'train-model/run', url: other.url }, {}));
        expect(error).toMatchObject({ code: 'ENGINE_ERROR', path: ['server'] });
        expect(error.message).toContain(`The server at ${other.url} does not answer as Airflow 2 or 3 does`);
        expect(error.message).toContain(`GET ${other.url}/api/v2/version answered ${status}`);
        expect(error.message).toContain(`GET ${other.url}/api/v1/version answered ${status}`);
        expect(error.hint).toContain('airflowVersion to 2 or 3');
      } finally {
        await other.close();
      }
    }
  });

  it('credentials refused when asking the version, or afterwards, are ENGINE_AUTH_FAILED', async () => {
    // Airflow 3 behind a proxy that wants a bearer token everywhere: user:password gets nowhere.
    server = await startFakeAirflow({ version: 3, authProxy: true, dags: { 'train-model': { taskInstances: [] } } });
    const compiled = await createAirflowBackend().doCompile(workflow, {});
    const refused = await failure(() => createAirflowBackend().doSubmit!(compiled, { server: server!.url, token: CREDENTIALS }));
    expect(refused).toMatchObject({ code: 'ENGINE_AUTH_FAILED', path: ['token'] });
    expect(refused.message).toContain(`GET ${server.url}/api/v2/version answered 401`);
    expect(refused.hint).toContain('--token');
    // The token the proxy wants passes, and the version is found.
    await createAirflowBackend().doSubmit!(compiled, { server: server.url, token: BEARER });
    expect(server.runs).toHaveLength(1);
    await server.close();

    // Airflow 2 behind the same kind of proxy: basic auth gets through to /api/v1/version.
    server = await startFakeAirflow({ version: 2, authProxy: true, dags: { 'train-model': { taskInstances: [] } } });
    await createAirflowBackend().doSubmit!(compiled, { server: server.url, token: CREDENTIALS });
    expect(server.runs).toHaveLength(1);
    await server.close();

    // A public version endpoint, then a wrong password.
    server = await startFakeAirflow({ version: 2, dags: { 'train-model': { taskInstances: [] } } });
    const wrong = await failure(() => createAirflowBackend().doSubmit!(compiled, { server: server!.url, token: 'admin:wrong' }));
    expect(wrong).toMatchObject({ code: 'ENGINE_AUTH_FAILED', path: ['token'] });
    expect(wrong.message).toContain(`PATCH ${server.url}/api/v1/dags/train-model`);
  });

  it('an unreachable server is ENGINE_UNREACHABLE before any version is known', async () => {
    const other = await startOtherServer(404);
    const closed = other.url;
    await other.close();
    const error = await failure(() => createAirflowBackend().doStatus!({ backendId: 'airflow', runId: 'train-model/run', url: closed }, {}));
    expect(error).toMatchObject({ code: 'ENGINE_UNREACHABLE', path: ['server'] });
  });

  it('compiling does no I/O: with "auto" the file is for Airflow 3, and a warning says so', async () => {
    const explicit = await createAirflowBackend({ airflowVersion: 'auto' }).doCompile(workflow, {});
    expect(explicit.files[0]!.contents).toContain('from airflow.sdk import DAG');
    expect(explicit.warnings).toEqual([expect.objectContaining({ path: ['settings', 'airflowVersion'], message: expect.stringContaining('written for Airflow 3') })]);
    const unset = await createAirflowBackend().doCompile(workflow, {});
    expect(unset.files).toEqual(explicit.files);
    expect(unset.warnings).toEqual([]);
    expect((await createAirflowBackend({ airflowVersion: 'auto' }).doCompile(workflow, { settings: { airflowVersion: 2 } })).files[0]!.contents).toContain('from airflow import DAG');
  });
});

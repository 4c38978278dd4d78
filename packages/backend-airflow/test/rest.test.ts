import { afterEach, describe, expect, it } from 'vitest';
import { CoulerError, type BackendV1LogLine } from '@couler/ir';
import { createAirflowBackend } from '../src/index';
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

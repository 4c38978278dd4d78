import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTaskInstance {
  task_id: string;
  map_index: number;
  state: string | null;
  try_number: number;
  start_date?: string | null;
  end_date?: string | null;
  log?: string[];
}

export interface FakeAirflowOptions {
  readonly version: 2 | 3;
  readonly dags: Record<string, { taskInstances: FakeTaskInstance[]; runState?: string; conflict?: boolean }>;
  /** What `GET /api/v{1,2}/version` reports (default 2.10.5 or 3.0.2). */
  readonly release?: string;
  /** Behind a proxy that wants credentials for every path, the version endpoint included. */
  readonly authProxy?: boolean;
}

export interface FakeAirflow {
  readonly url: string;
  /** Every request: method, path with query, body. */
  readonly requests: Array<{ method: string; url: string; body: unknown; authorization?: string }>;
  readonly runs: Array<{ dag_id: string; dag_run_id: string; conf: unknown }>;
  /** Task instances cleared by `clearTaskInstances` (not a dry run): DAG, DAG run, task ids. */
  readonly clears: Array<{ dag_id: string; dag_run_id: string; task_ids: string[] }>;
  close(): Promise<void>;
}

const USER = 'admin';
const PASSWORD = 's3cret:with:colons';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.fake.jwt';

/**
 * A local HTTP server speaking the wire format of Airflow's stable REST API: `/api/v1` with basic
 * auth (Airflow 2) or `/api/v2` with JWTs from `POST /auth/token` (Airflow 3); the public
 * `GET /version` of that API (`{ version, git_version }`) and 404 for the other API's paths;
 * problem-JSON errors; paginated task instances; logs as text (v1) or structured records (v2).
 */
export async function startFakeAirflow(options: FakeAirflowOptions): Promise<FakeAirflow> {
  const requests: FakeAirflow['requests'] = [];
  const runs: FakeAirflow['runs'] = [];
  const clears: FakeAirflow['clears'] = [];
  const prefix = options.version === 3 ? '/api/v2' : '/api/v1';
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' });
    response.end(JSON.stringify(body));
  };
  const problem = (response: ServerResponse, status: number, title: string, detail: string) => send(response, status, { type: 'about:blank', title, status, detail });

  const handle = (request: IncomingMessage, response: ServerResponse, text: string) => {
    const url = new URL(request.url!, 'http://fake');
    const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
    requests.push({ method: request.method!, url: `${url.pathname}${url.search}`, body, ...(request.headers.authorization !== undefined && { authorization: request.headers.authorization }) });
    if (options.version === 3 && url.pathname === '/auth/token' && request.method === 'POST') {
      if (body?.username === USER && body?.password === PASSWORD) return send(response, 201, { access_token: JWT });
      return problem(response, 401, 'Unauthorized', 'Invalid credentials');
    }
    const expected = options.version === 3 ? `Bearer ${JWT}` : `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const authorized = request.headers.authorization === expected || (options.authProxy === true && request.headers.authorization === `Bearer ${JWT}`);
    if (options.authProxy && !authorized) return problem(response, 401, 'Unauthorized', 'The proxy wants credentials');
    if (url.pathname === `${prefix}/version` && request.method === 'GET') {
      // Public on both majors: no credentials needed.
      return send(response, 200, { version: options.release ?? (options.version === 3 ? '3.0.2' : '2.10.5'), git_version: options.version === 3 ? null : '.release:c3b5a3d' });
    }
    if (!url.pathname.startsWith(`${prefix}/`)) {
      // Routing comes before authentication: the other major's API is simply not there.
      if (options.version === 3) return send(response, 404, { detail: 'Not Found' });
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return response.end('<!DOCTYPE html><title>Airflow 404 = lots of circles</title>');
    }
    if (!authorized) return problem(response, 401, 'Unauthorized', 'Not authenticated');
    if (!url.pathname.startsWith(`${prefix}/dags/`)) return problem(response, 404, 'Not Found', `No route ${url.pathname}`);
    const parts = url.pathname.slice(`${prefix}/dags/`.length).split('/').map(decodeURIComponent);
    const [dagId, collection, runId, sub, taskId, , tryNumber] = parts;
    const dag = options.dags[dagId!];
    if (dag === undefined) return problem(response, 404, 'DAG not found', `The DAG with dag_id: \`${dagId}\` was not found`);
    if (parts.length === 1 && request.method === 'PATCH') {
      if (url.searchParams.get('update_mask') !== 'is_paused') return problem(response, 400, 'Bad Request', 'update_mask');
      return send(response, 200, { dag_id: dagId, is_paused: body?.is_paused });
    }
    if (collection === 'clearTaskInstances' && request.method === 'POST') return clearTaskInstances(response, dagId!, dag, body ?? {});
    if (collection !== 'dagRuns') return problem(response, 404, 'Not Found', url.pathname);
    if (runId === undefined && request.method === 'POST') {
      if (options.version === 3 && !(body !== undefined && 'logical_date' in body)) return problem(response, 422, 'Unprocessable Entity', 'logical_date: Field required');
      const named = typeof body?.dag_run_id === 'string' ? body.dag_run_id : undefined;
      if (dag.conflict || (named !== undefined && runs.some((run) => run.dag_id === dagId && run.dag_run_id === named))) return problem(response, 409, 'Conflict', `DAG Run with the same run_id already exists`);
      const run = { dag_id: dagId!, dag_run_id: named ?? `manual__2026-11-25T10:00:0${runs.length}+00:00`, conf: body?.conf ?? {} };
      runs.push(run);
      return send(response, options.version === 3 ? 200 : 200, { ...run, logical_date: null, state: 'queued', start_date: null, end_date: null });
    }
    const run = runs.find((candidate) => candidate.dag_id === dagId && candidate.dag_run_id === runId);
    if (run === undefined) return problem(response, 404, 'DAG Run not found', `DAGRun with DAG ID: '${dagId}' and DagRun ID: '${runId}' not found`);
    if (sub === undefined) return send(response, 200, { ...run, state: dag.runState ?? 'running', start_date: '2026-11-25T10:00:01+00:00', end_date: null });
    if (sub === 'taskInstances' && taskId === undefined) {
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      // Pages of two, whatever the client asks, to exercise paging.
      const page = dag.taskInstances.slice(offset, offset + Math.min(limit, 2)).map(({ log: _log, ...instance }) => ({ dag_id: dagId, dag_run_id: runId, ...instance }));
      return send(response, 200, { task_instances: page, total_entries: dag.taskInstances.length });
    }
    const instance = dag.taskInstances.find((candidate) => candidate.task_id === taskId && candidate.map_index === Number(url.searchParams.get('map_index') ?? -1));
    if (instance === undefined || Number(tryNumber) !== instance.try_number) return problem(response, 404, 'TaskInstance not found', taskId ?? '');
    const log = instance.log ?? [];
    if (options.version === 3) return send(response, 200, { content: log.map((event, index) => ({ timestamp: `2026-11-25T10:00:0${index}Z`, event })), continuation_token: null });
    return send(response, 200, { content: log.map((line) => `${line}\n`).join(''), continuation_token: 'x' });
  };

  /**
   * `POST /dags/{dag_id}/clearTaskInstances`, as Airflow's "Clear": a dry run (the default) only
   * lists; otherwise the instances chosen (`task_ids`, with the ones listed after them for
   * `include_downstream`: the fake's list is in task order; `only_failed`, the default: failed and
   * upstream_failed ones) lose their state and get a new try, and `reset_dag_runs` queues the run.
   */
  const clearTaskInstances = (response: ServerResponse, dagId: string, dag: FakeAirflowOptions['dags'][string], body: Record<string, unknown>) => {
    const dagRunId = body.dag_run_id as string | undefined;
    if (dagRunId !== undefined && !runs.some((run) => run.dag_id === dagId && run.dag_run_id === dagRunId)) return problem(response, 404, 'DAGRun not found', `DAG Run id ${dagRunId} not found in dag ${dagId}`);
    const named = body.task_ids as string[] | undefined;
    const first = named === undefined ? 0 : dag.taskInstances.findIndex((instance) => named.includes(instance.task_id));
    const chosen = dag.taskInstances.filter((instance, index) => {
      const byTask = named === undefined || named.includes(instance.task_id) || (body.include_downstream === true && first >= 0 && index > first);
      const byState = body.only_failed === false || instance.state === 'failed' || instance.state === 'upstream_failed';
      return byTask && byState;
    });
    if (body.dry_run !== false) return send(response, 200, { task_instances: chosen.map((instance) => ({ dag_id: dagId, dag_run_id: dagRunId, task_id: instance.task_id })) });
    for (const instance of chosen) {
      instance.state = null;
      instance.try_number += 1;
      instance.end_date = null;
    }
    if (body.reset_dag_runs === true) dag.runState = 'queued';
    clears.push({ dag_id: dagId, dag_run_id: dagRunId ?? '', task_ids: chosen.map((instance) => instance.task_id) });
    return send(response, 200, { task_instances: chosen.map((instance) => ({ dag_id: dagId, dag_run_id: dagRunId, task_id: instance.task_id })) });
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    runs,
    clears,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const CREDENTIALS = `${USER}:${PASSWORD}`;
export const BEARER = JWT;

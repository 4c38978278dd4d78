import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREDENTIALS, startFakeAirflow, type FakeAirflow, type FakeAirflowOptions, type FakeTaskInstance } from '@couler/backend-airflow/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

const [USER, PASSWORD] = [CREDENTIALS.slice(0, CREDENTIALS.indexOf(':')), CREDENTIALS.slice(CREDENTIALS.indexOf(':') + 1)];
type Outcome = 'succeed' | 'fail' | 'hold';

const instance = (task: string, state: string): FakeTaskInstance => ({ task_id: task, map_index: -1, state, try_number: 1, start_date: '2026-11-25T10:00:01+00:00', end_date: state === 'running' ? null : '2026-11-25T10:00:05+00:00', log: [`hello from ${task}`] });

/** A DAG as Airflow reports its runs once `outcome` is decided. */
function dagFor(outcome: Outcome): FakeAirflowOptions['dags'][string] {
  const last = outcome === 'fail' ? 'failed' : outcome === 'hold' ? 'running' : 'success';
  return { runState: outcome === 'fail' ? 'failed' : outcome === 'hold' ? 'running' : 'success', taskInstances: [instance('prepare', 'success'), instance('train', last)] };
}

/**
 * Plays Airflow's DAG processor: a DAG file written into the folder becomes a DAG of the fake
 * (its `dag_id`), behaving as `outcomeOf` says for the workflow it was compiled from.
 */
function processDags(folder: string, dags: FakeAirflowOptions['dags'], outcomeOf: (dagId: string) => Outcome): () => void {
  const timer = setInterval(() => {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.py'))) {
      const dagId = /dag_id="([^"]+)"/.exec(readFileSync(join(folder, file), 'utf8'))?.[1];
      if (dagId !== undefined && dags[dagId] === undefined) dags[dagId] = dagFor(outcomeOf(dagId));
    }
  }, 20);
  return () => clearInterval(timer);
}

const twoSteps = (name: string) => shellWorkflow(name, [{ name: 'prepare', script: 'echo prep' }, { name: 'train', script: 'echo train', dependencies: ['prepare'] }]);

describe.each(DIALECTS)('an Airflow cluster on %s', (dialect) => {
  let test: TestServer;
  let airflow: FakeAirflow;
  let dagsFolder: string;
  let stop: () => void;
  const dags: FakeAirflowOptions['dags'] = {};
  const outcomes = new Map<string, Outcome>();
  const airflowCluster = (settings: Record<string, unknown> = {}, name = 'airflow-prod') => ({ name, kind: 'airflow', capacity: { cpu: 16, memory: 64 * 2 ** 30, gpu: 0 }, settings: { server: airflow.url, username: USER, password: PASSWORD, dagsFolder, ...settings } });
  beforeAll(async () => {
    airflow = await startFakeAirflow({ version: 2, dags });
    dagsFolder = mkdtempSync(join(tmpdir(), 'couler-dags-'));
    stop = processDags(dagsFolder, dags, (dagId) => [...outcomes].find(([prefix]) => dagId.startsWith(prefix))?.[1] ?? 'succeed');
    test = await startTestServer(dialect, { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
  });
  afterAll(async () => {
    stop?.();
    await test?.close();
    await airflow?.close();
    rmSync(dagsFolder, { recursive: true, force: true });
  });

  it('registers with a user and password, checks them and the DAG folder, and never shows the password', async () => {
    const registered = await test.call('POST', '/api/v1/clusters', { body: airflowCluster() });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ kind: 'airflow', healthy: true, settings: { server: airflow.url, username: USER, dagsFolder, version: 'auto', hasPassword: true } });
    expect(JSON.stringify((await test.call('GET', '/api/v1/clusters')).body)).not.toContain(PASSWORD);
    const wrong = await test.call('POST', '/api/v1/clusters', { body: airflowCluster({ password: 'not-it' }, 'airflow-wrong') });
    expect(wrong.body).toMatchObject({ healthy: false });
    expect(wrong.body.healthMessage).toMatch(/401/);
    await test.call('DELETE', '/api/v1/clusters/airflow-wrong');
    const relative = await test.call('POST', '/api/v1/clusters', { body: airflowCluster({ dagsFolder: 'dags' }, 'airflow-relative') });
    expect(relative.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body', 'settings', 'dagsFolder'] });
  });

  it.skipIf(process.getuid?.() === 0)('finds a DAG folder it cannot write to unhealthy', async () => {
    const locked = mkdtempSync(join(tmpdir(), 'couler-dags-locked-'));
    chmodSync(locked, 0o500);
    try {
      const registered = await test.call('POST', '/api/v1/clusters', { body: airflowCluster({ dagsFolder: locked }, 'airflow-locked') });
      expect(registered.body).toMatchObject({ healthy: false });
      expect(registered.body.healthMessage).toContain(`cannot write DAG files to ${locked}`);
      await test.call('DELETE', '/api/v1/clusters/airflow-locked');
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  it('writes the DAG file into the DAG folder, triggers it once Airflow has loaded it, and follows the run to Succeeded', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('hello'), parameters: {} } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run).toMatchObject({ phase: 'Succeeded', cluster: 'airflow-prod' });
    expect(run.steps.map((step: LooseJson) => [step.id, step.phase])).toEqual([
      ['prepare', 'Succeeded'],
      ['train', 'Succeeded'],
    ]);
    expect(readdirSync(dagsFolder)).toContain(`${run.id.replace(/-/g, '_')}.py`);
    // The server named the DAG run (and stored its handle) before triggering it.
    expect(airflow.runs.filter((entry) => entry.dag_id === run.id).map((entry) => entry.dag_run_id)).toEqual(['couler-1']);
    const trigger = airflow.requests.find((request) => request.method === 'POST' && request.url === `/api/v1/dags/${run.id}/dagRuns`);
    expect(trigger?.authorization).toBe(`Basic ${Buffer.from(CREDENTIALS).toString('base64')}`);
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs?step=train`);
    expect(logs.body.items.map((event: LooseJson) => event.data.line)).toEqual(['hello from train']);
  });

  /** Plays Airflow's scheduler after a clear: the cleared task instances run again and succeed. */
  async function runClearedTasks(dagId: string, clearsBefore: number): Promise<string[]> {
    for (let waited = 0; airflow.clears.length === clearsBefore; waited += 20) {
      if (waited > 30_000) throw new Error('the server never cleared the DAG run');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const dag = dags[dagId]!;
    for (const instance of dag.taskInstances) if (instance.state === null) instance.state = 'success';
    dag.runState = 'success';
    return airflow.clears.at(-1)!.task_ids;
  }

  it("reports a failed DAG run; a retry clears its failed task in the same DAG run, and the task that succeeded is not run again", async () => {
    outcomes.set('broken', 'fail');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('broken') } });
    const failed = await waitForRun(test, submitted.body.run.id);
    expect(failed.phase).toBe('Failed');
    expect(failed.steps.find((step: LooseJson) => step.id === 'train')).toMatchObject({ phase: 'Failed' });
    const clearsBefore = airflow.clears.length;
    expect((await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: {} })).status).toBe(202);
    expect(await runClearedTasks(failed.id, clearsBefore)).toEqual(['train']);
    expect((await waitForRun(test, failed.id)).phase).toBe('Succeeded');
    const clear = airflow.requests.find((request) => request.method === 'POST' && request.url === `/api/v1/dags/${failed.id}/clearTaskInstances`);
    expect(clear?.body).toMatchObject({ dry_run: false, dag_run_id: airflow.runs.find((entry) => entry.dag_id === failed.id)!.dag_run_id, only_failed: true, include_downstream: true, reset_dag_runs: true });
    expect(airflow.runs.filter((entry) => entry.dag_id === failed.id)).toHaveLength(1);
    expect(dags[failed.id]!.taskInstances.map((instance) => [instance.task_id, instance.try_number])).toEqual([
      ['prepare', 1],
      ['train', 2],
    ]);
  });

  it('a retry from a step clears that step and the ones after it, whatever their state', async () => {
    outcomes.set('again', 'fail');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('again') } });
    const failed = await waitForRun(test, submitted.body.run.id);
    expect(failed.phase).toBe('Failed');
    const clearsBefore = airflow.clears.length;
    expect((await test.call('POST', `/api/v1/runs/${failed.id}/retry`, { body: { from: 'prepare' } })).status).toBe(202);
    expect(await runClearedTasks(failed.id, clearsBefore)).toEqual(['prepare', 'train']);
    expect((await waitForRun(test, failed.id)).phase).toBe('Succeeded');
    const clear = airflow.requests.filter((request) => request.url === `/api/v1/dags/${failed.id}/clearTaskInstances`).at(-1);
    expect(clear?.body).toMatchObject({ task_ids: ['prepare'], only_failed: false, include_downstream: true });
    expect(airflow.runs.filter((entry) => entry.dag_id === failed.id)).toHaveLength(1);
  });

  it('marks the DAG run failed in Airflow when the run is cancelled', async () => {
    outcomes.set('endless', 'hold');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: twoSteps('endless') } });
    const id = submitted.body.run.id;
    for (let tries = 0; tries < 500 && !airflow.runs.some((entry) => entry.dag_id === id); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await test.call('POST', `/api/v1/runs/${id}/cancel`)).status).toBe(200);
    const run = await waitForRun(test, id);
    const dagRun = airflow.runs.find((entry) => entry.dag_id === id)!;
    expect(run).toMatchObject({ phase: 'Cancelled', message: `Marked Airflow DAG run "${id}/${dagRun.dag_run_id}" failed: Airflow stops its running tasks.` });
    const patch = airflow.requests.find((request) => request.method === 'PATCH' && request.url === `/api/v1/dags/${id}/dagRuns/${encodeURIComponent(dagRun.dag_run_id)}`);
    expect(patch?.body).toEqual({ state: 'failed' });
  });
});

import { constants } from 'node:fs';
import { access, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AirflowClient, compileToAirflow, createAirflowBackend, resolveAirflowSettings, submitToAirflow, type AirflowVersionCache } from '@couler/backend-airflow';
import { CoulerError, type BackendV1RunHandle } from '@couler/ir';
import type { ClusterHealth, ClusterRunner } from './cluster-runner';
import { describeError, failureClassByCode } from './engine-failure';
import { createRemoteCluster, sleep, type RemoteClusterOptions } from './remote-cluster';
import type { RemoteClusterKind } from './remote-engine';

/** A cluster's settings, read: where Airflow is, its credentials as the backend takes them, its DAG folder. */
interface AirflowClusterSettings {
  readonly server: string;
  /** A bearer token, or `user:password`. */
  readonly token?: string;
  readonly version: 'auto' | 2 | 3;
  readonly dagsFolder: string;
  /** Kubernetes namespace of the steps' pods. */
  readonly namespace?: string;
  readonly dagWaitMs: number;
}

function airflowSettings(settings: Readonly<Record<string, unknown>>): AirflowClusterSettings {
  const text = (key: string) => (typeof settings[key] === 'string' && settings[key] !== '' ? (settings[key] as string) : undefined);
  const dagsFolder = text('dagsFolder');
  if (dagsFolder === undefined) throw new CoulerError('INVALID_FIELD', 'An airflow cluster needs the DAG folder its DAG files are written to.', { path: ['settings', 'dagsFolder'] });
  const user = text('username');
  const password = text('password');
  const token = text('token') ?? (user !== undefined && password !== undefined ? `${user}:${password}` : undefined);
  const version = settings.version === 2 || settings.version === 3 ? settings.version : 'auto';
  const waitSeconds = typeof settings.dagWaitSeconds === 'number' ? settings.dagWaitSeconds : 600;
  return { server: text('server') ?? '', ...(token !== undefined && { token }), version, dagsFolder, ...(text('namespace') !== undefined && { namespace: text('namespace')! }), dagWaitMs: waitSeconds * 1000 };
}

/** `dag_id/dag_run_id` → its parts (a DAG id has no slash). */
const splitHandle = (handle: BackendV1RunHandle) => {
  const slash = handle.runId.indexOf('/');
  return { dagId: handle.runId.slice(0, slash), dagRunId: handle.runId.slice(slash + 1) };
};

/**
 * Apache Airflow through its stable REST API. Airflow reads DAGs from its DAG folder and has no
 * API to upload one, so the server writes each run's DAG file (`<run id>.py`, DAG id the run id)
 * into `dagsFolder` — a directory it shares with Airflow's DAG processor (a shared volume) — and
 * then triggers it as `@couler/backend-airflow`'s `doSubmit` does, once the processor has loaded
 * it. A cancel marks the DAG run failed. A retry clears task instances of the same DAG run, as
 * Airflow's "Clear" does: the failed ones and what follows them (or a step and everything after
 * it), so the scheduler runs them again and the tasks that succeeded keep their results.
 */
export const airflowKind: RemoteClusterKind = {
  kind: 'airflow',
  connect(settings, { pollMs }) {
    const cluster = airflowSettings(settings);
    const backend = createAirflowBackend({ airflowVersion: cluster.version });
    const request = { server: cluster.server, ...(cluster.token !== undefined && { token: cluster.token }) };
    // The server's major, asked once per connection (a run's), not once per request.
    const versions: AirflowVersionCache = new Map();
    const client = () => new AirflowClient(request, cluster.version, versions);
    return {
      backend,
      request,
      noun: 'Airflow DAG run',
      where: () => ` of Airflow at ${cluster.server}`,
      // The server names the DAG run, and stores its handle before triggering: a server killed in between triggers it under the same id, which Airflow refuses as a duplicate.
      newHandle: (run) => ({ backendId: 'airflow', runId: `${run.id}/couler-${run.dispatch}`, url: cluster.server.replace(/\/+$/, '') }),
      async create(run, handle, signal) {
        // Compiled for the major the server runs: with `auto`, ask it first.
        const airflowVersion = await client().majorVersion();
        const dagId = run.id;
        const compiled = await backend.doCompile({ ...run.workflow, metadata: { ...run.workflow.metadata, name: dagId } }, { settings: { airflowVersion, ...(cluster.namespace !== undefined && { namespace: cluster.namespace }) } });
        const file = compiled.files[0]!;
        // Written whole, then renamed: the DAG processor never parses half a file (it skips dot files).
        const target = join(cluster.dagsFolder, file.path);
        const partial = join(cluster.dagsFolder, `.${file.path}.${process.pid}.partial`);
        await writeFile(partial, file.contents);
        await rename(partial, target);
        const until = Date.now() + cluster.dagWaitMs;
        for (;;) {
          try {
            return await submitToAirflow(compiled, { ...request, parameters: run.parameters, abortSignal: signal, ...(handle !== undefined && { dagRunId: splitHandle(handle).dagRunId }) }, cluster.version, versions);
          } catch (error) {
            // 404 on the DAG: the processor has not parsed the file yet.
            if (!(CoulerError.isInstance(error) && error.code === 'LOAD_FAILED') || Date.now() > until || signal.aborted) {
              if (CoulerError.isInstance(error) && error.code === 'LOAD_FAILED') {
                throw new CoulerError('LOAD_FAILED', `Airflow did not load DAG "${dagId}" from ${target} within ${cluster.dagWaitMs / 1000} s.`, {
                  cause: error,
                  hint: "Check that dagsFolder is the folder Airflow's DAG processor reads, and Airflow's import errors (Browse → DAG Import Errors).",
                });
              }
              throw error;
            }
            await sleep(Math.max(pollMs, 200), signal);
          }
        }
      },
      async cancel(handle) {
        const { dagId, dagRunId } = splitHandle(handle);
        try {
          await client().request('PATCH', `dags/${encodeURIComponent(dagId)}/dagRuns/${encodeURIComponent(dagRunId)}`, { state: 'failed' });
          return `Marked Airflow DAG run "${handle.runId}" failed: Airflow stops its running tasks.`;
        } catch (error) {
          return `Airflow did not mark DAG run "${handle.runId}" failed (${describeError(error)}); mark it failed in Airflow's UI.`;
        }
      },
      async retry(handle, run) {
        const { dagId, dagRunId } = splitHandle(handle);
        const body: Record<string, unknown> = { dry_run: false, dag_run_id: dagRunId, reset_dag_runs: true, include_downstream: true, only_failed: run.retryFrom === null };
        if (run.retryFrom !== null) {
          // The step's task id as the DAG file names it (snake_case, made unique).
          const { summary } = compileToAirflow({ ...run.workflow, metadata: { ...run.workflow.metadata, name: dagId } }, resolveAirflowSettings({}));
          const taskId = summary.stepTasks[run.retryFrom];
          if (taskId === undefined) return { done: false, message: `Step "${run.retryFrom}" has no task in DAG "${dagId}"; a new DAG run is triggered instead.` };
          body.task_ids = [taskId];
        }
        try {
          await client().request('POST', `dags/${encodeURIComponent(dagId)}/clearTaskInstances`, body);
          const what = run.retryFrom === null ? 'its failed tasks and the tasks after them' : `task "${body.task_ids}" and the tasks after it`;
          return { done: true, message: `Cleared ${what} in Airflow DAG run "${handle.runId}": Airflow runs them again, and the tasks that succeeded keep their results.` };
        } catch (error) {
          return { done: false, message: `Airflow did not clear DAG run "${handle.runId}" (${describeError(error)}); a new DAG run is triggered instead.` };
        }
      },
      // The DAG run, or the whole DAG (a server that stopped before writing its file), is not there.
      isNotFound: (error) => CoulerError.isInstance(error) && (error.code === 'RUN_NOT_FOUND' || error.code === 'LOAD_FAILED'),
      failureClass: failureClassByCode,
    };
  },
  async checkHealth(settings): Promise<ClusterHealth> {
    try {
      const cluster = airflowSettings(settings);
      try {
        await access(cluster.dagsFolder, constants.W_OK);
      } catch (error) {
        return { healthy: false, message: `This server cannot write DAG files to ${cluster.dagsFolder}: ${(error as Error).message}.` };
      }
      // A DAG that cannot exist: 404 proves Airflow answers under its API and takes the credentials.
      await new AirflowClient({ server: cluster.server, ...(cluster.token !== undefined && { token: cluster.token }), abortSignal: AbortSignal.timeout(10_000) }, cluster.version).request('GET', 'dags/couler-health-check');
      return { healthy: true };
    } catch (error) {
      if (CoulerError.isInstance(error) && error.code === 'LOAD_FAILED') return { healthy: true };
      return { healthy: false, message: describeError(error) };
    }
  },
};

/** An `airflow` cluster; see `airflowKind`. */
export function createAirflowCluster(options: RemoteClusterOptions = {}): ClusterRunner {
  return createRemoteCluster(airflowKind, options);
}

import { CoulerError, type BackendV1CompileResult, type BackendV1LogLine, type BackendV1LogsOptions, type BackendV1Phase, type BackendV1RequestOptions, type BackendV1RunHandle, type BackendV1RunStatus, type BackendV1StepStatus, type BackendV1SubmitOptions } from '@couler/ir';
import { AirflowClient } from './airflow-client';
import type { AirflowServerVersion, AirflowVersionCache } from './detect-airflow-version';

/** A DAG run as both API versions return it (the fields Couler reads). */
interface DagRun {
  dag_run_id: string;
  dag_id: string;
  state: string | null;
  start_date?: string | null;
  end_date?: string | null;
}

interface TaskInstance {
  task_id: string;
  map_index?: number;
  state: string | null;
  start_date?: string | null;
  end_date?: string | null;
  try_number?: number;
}

const RUN_PHASES: Record<string, BackendV1Phase> = { queued: 'Pending', running: 'Running', success: 'Succeeded', failed: 'Failed' };
const TASK_PHASES: Record<string, BackendV1Phase> = {
  success: 'Succeeded',
  failed: 'Failed',
  upstream_failed: 'Skipped',
  skipped: 'Skipped',
  removed: 'Cancelled',
  running: 'Running',
  restarting: 'Running',
  up_for_retry: 'Running',
  up_for_reschedule: 'Running',
  deferred: 'Running',
};

/** The DAG id written in a compiled DAG file. */
function dagIdOf(compiled: BackendV1CompileResult): string {
  for (const file of compiled.files) {
    const match = file.path.endsWith('.py') ? /^ {4}dag_id="([A-Za-z0-9_.-]+)",?$|DAG\(dag_id="([A-Za-z0-9_.-]+)"/m.exec(file.contents) : null;
    if (match) return (match[1] ?? match[2])!;
  }
  throw new CoulerError('INVALID_FIELD', 'The compiled result holds no Airflow DAG file to trigger.', { hint: 'Compile with the airflow backend first.' });
}

/**
 * Whether the DAG was written to stay paused when Airflow creates it (`startSuspended`, or a
 * suspended cron): the keyword on a line of its own in the DAG call, where no user text goes.
 */
function startsPaused(compiled: BackendV1CompileResult): boolean {
  return compiled.files.some((file) => file.path.endsWith('.py') && /^ {4}is_paused_upon_creation=True,?$/m.test(file.contents));
}

const encode = encodeURIComponent;

/** `dagId/runId`: Airflow DAG ids cannot hold a slash, so the first one separates them. */
function splitRunId(run: BackendV1RunHandle): { dagId: string; runId: string } {
  const slash = run.runId.indexOf('/');
  if (run.backendId !== 'airflow' || slash < 1) throw new CoulerError('INVALID_FIELD', `"${run.runId}" is not an Airflow run handle (dag_id/dag_run_id).`, { path: ['runId'] });
  return { dagId: run.runId.slice(0, slash), runId: run.runId.slice(slash + 1) };
}

function clientFor(run: BackendV1RunHandle | undefined, options: BackendV1RequestOptions, airflowVersion: AirflowServerVersion, versionCache: AirflowVersionCache | undefined): AirflowClient {
  return new AirflowClient({ ...options, server: options.server ?? run?.url }, airflowVersion, versionCache);
}

/** Submit options of Airflow's own: the caller names the DAG run. */
export interface AirflowSubmitOptions extends BackendV1SubmitOptions {
  /**
   * The DAG run's id (Airflow's `allowed_run_id_pattern`, by default `^[A-Za-z0-9_.~:+-]+$`). A
   * caller that stores the handle before triggering follows the same run after a crash instead
   * of triggering a second: a run of that id that exists already is taken as this one.
   */
  readonly dagRunId?: string;
}

/**
 * Triggers a run of the compiled DAG: unpauses it (Airflow pauses new DAGs), then
 * `POST /dags/{dag_id}/dagRuns` with the parameters as `conf` (and `dag_run_id` when given). The
 * DAG file must already be in Airflow's DAG folder. With `airflowVersion` `auto`, the server is
 * asked its major first (once per server in `versionCache`).
 */
export async function submitToAirflow(
  compiled: BackendV1CompileResult,
  options: AirflowSubmitOptions,
  airflowVersion: AirflowServerVersion = 'auto',
  versionCache?: AirflowVersionCache,
): Promise<BackendV1RunHandle> {
  const dagId = dagIdOf(compiled);
  const client = clientFor(undefined, options, airflowVersion, versionCache);
  // A DAG written to start suspended stays paused: its run waits until someone unpauses the DAG.
  if (!startsPaused(compiled)) await client.request('PATCH', `dags/${encode(dagId)}?update_mask=is_paused`, { is_paused: false });
  const conf = { ...options.parameters };
  const named = options.dagRunId === undefined ? {} : { dag_run_id: options.dagRunId };
  // Airflow 3 requires logical_date in the body; null runs the DAG "now", without a data interval.
  const body = (await client.majorVersion()) === 3 ? { ...named, logical_date: null, conf } : { ...named, conf };
  const handle = (runId: string): BackendV1RunHandle => ({ backendId: 'airflow', runId: `${dagId}/${runId}`, url: options.server!.replace(/\/+$/, '') });
  let run: DagRun;
  try {
    run = await client.request<DagRun>('POST', `dags/${encode(dagId)}/dagRuns`, body);
  } catch (error) {
    // Triggered already under this id (by an earlier try that stopped before it heard back).
    if (options.dagRunId !== undefined && CoulerError.isInstance(error) && error.code === 'ENGINE_CONFLICT') return handle(options.dagRunId);
    throw error;
  }
  return handle(run.dag_run_id);
}

async function taskInstances(client: AirflowClient, dagId: string, runId: string): Promise<TaskInstance[]> {
  const all: TaskInstance[] = [];
  for (let offset = 0; ; ) {
    const page = await client.request<{ task_instances: TaskInstance[]; total_entries: number }>('GET', `dags/${encode(dagId)}/dagRuns/${encode(runId)}/taskInstances?limit=100&offset=${offset}`);
    all.push(...page.task_instances);
    offset += page.task_instances.length;
    if (page.task_instances.length === 0 || offset >= page.total_entries) return all;
  }
}

/** Tasks Couler added around the steps (branches, mapped arguments, loop checks, the watcher). */
const isHelperTask = (taskId: string) => /__(when|items|check_\d+)$/.test(taskId) || taskId === 'couler_watcher' || taskId === 'couler_status';

/**
 * The step a task runs, as Couler names it: task ids are step names in snake_case, later loop
 * iterations end in `__<n>` (reported `step.<n>`), mapped tasks get `[<map index>]`.
 */
function stepName(instance: TaskInstance): string {
  const [base, iteration] = instance.task_id.split('__');
  const name = `${base!.replace(/_/g, '-')}${iteration === undefined ? '' : `.${iteration}`}`;
  return instance.map_index !== undefined && instance.map_index >= 0 ? `${name}[${instance.map_index}]` : name;
}

/** The run's state and one entry per step task (per map index; loop iterations as `step.2` …). */
export async function airflowStatus(run: BackendV1RunHandle, options: BackendV1RequestOptions, airflowVersion: AirflowServerVersion = 'auto', versionCache?: AirflowVersionCache): Promise<BackendV1RunStatus> {
  const { dagId, runId } = splitRunId(run);
  const client = clientFor(run, options, airflowVersion, versionCache);
  const dagRun = await client.request<DagRun>('GET', `dags/${encode(dagId)}/dagRuns/${encode(runId)}`);
  const instances = await taskInstances(client, dagId, runId);
  const steps: BackendV1StepStatus[] = instances
    .filter((instance) => !isHelperTask(instance.task_id))
    .map((instance) => ({
      name: stepName(instance),
      phase: TASK_PHASES[instance.state ?? ''] ?? 'Pending',
      ...(instance.start_date && { startedAt: instance.start_date }),
      ...(instance.end_date && { finishedAt: instance.end_date }),
      ...(instance.state === 'upstream_failed' && { message: 'Not run: a step it waits for failed.' }),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    run,
    phase: RUN_PHASES[dagRun.state ?? ''] ?? 'Pending',
    ...(dagRun.start_date && { startedAt: dagRun.start_date }),
    ...(dagRun.end_date && { finishedAt: dagRun.end_date }),
    steps,
  };
}

/** Airflow 2 returns a log as text; Airflow 3 as a list of structured records. */
function logLines(content: unknown): Array<{ text: string; time?: string }> {
  if (typeof content === 'string') return content.split('\n').filter((line) => line !== '').map((text) => ({ text }));
  if (Array.isArray(content)) {
    return content.map((record) => {
      if (typeof record === 'string') return { text: record };
      const { event, timestamp } = record as { event?: unknown; timestamp?: unknown };
      return { text: typeof event === 'string' ? event : JSON.stringify(record), ...(typeof timestamp === 'string' && { time: timestamp }) };
    });
  }
  return [];
}

/** Log lines of each step task's latest try, step by step. With `follow`, waits for the run to end first. */
export async function* airflowLogs(
  run: BackendV1RunHandle,
  options: BackendV1LogsOptions,
  airflowVersion: AirflowServerVersion = 'auto',
  versionCache: AirflowVersionCache = new Map(),
): AsyncIterable<BackendV1LogLine> {
  const { dagId, runId } = splitRunId(run);
  const client = clientFor(run, options, airflowVersion, versionCache);
  if (options.follow) {
    for (;;) {
      const { phase } = await airflowStatus(run, options, airflowVersion, versionCache);
      if (phase !== 'Running' && phase !== 'Pending') break;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  const instances = (await taskInstances(client, dagId, runId)).filter((instance) => !isHelperTask(instance.task_id) && (options.stepName === undefined || instance.task_id === options.stepName || stepName(instance) === options.stepName));
  for (const instance of instances) {
    const tryNumber = instance.try_number ?? 1;
    if (tryNumber < 1) continue;
    const mapIndex = instance.map_index !== undefined && instance.map_index >= 0 ? `&map_index=${instance.map_index}` : '';
    const answer = await client.request<{ content?: unknown }>('GET', `dags/${encode(dagId)}/dagRuns/${encode(runId)}/taskInstances/${encode(instance.task_id)}/logs/${tryNumber}?full_content=true${mapIndex}`);
    for (const line of logLines(answer.content)) yield { stepName: stepName(instance), text: line.text, ...(line.time !== undefined && { time: line.time }) };
  }
}

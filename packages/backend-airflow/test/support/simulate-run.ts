import type { AirflowDagSummary } from '../../src/index';

/** What a task does when it runs: succeed, skip itself (AirflowSkipException), fail, or (a branch) follow only some direct downstream tasks. */
export type TaskOutcome = 'success' | 'skip' | 'fail' | { readonly follow: ReadonlyArray<string> };

/** A task instance's end, as Airflow names it. */
export type TaskState = 'success' | 'skipped' | 'failed' | 'upstream_failed';

/**
 * Plays a DAG run as Airflow's scheduler decides it, from the compiler's plan: each task waits for
 * all its upstream tasks, then its trigger rule (`trigger_rule_dep.py`: all_success,
 * none_failed, none_failed_min_one_success, all_done, one_failed) says whether it runs, is
 * skipped or is upstream_failed; a branch that runs skips its direct downstream tasks it does not
 * follow. A mapped task's outcome may be one per map index; each index counts as an upstream
 * task instance of its readers, and the task's state is shown as its indexes' (success if any ran).
 */
export function simulateRun(summary: AirflowDagSummary, outcomes: Readonly<Record<string, TaskOutcome | ReadonlyArray<TaskOutcome>>>): Record<string, TaskState | TaskState[]> {
  const states = new Map<string, TaskState[]>();
  const forced = new Map<string, TaskState>();
  const pending = [...summary.tasks];
  while (pending.length > 0) {
    const index = pending.findIndex((task) => task.upstream.every((id) => states.has(id)));
    if (index < 0) throw new Error(`A cycle or an unknown upstream among ${pending.map((task) => task.taskId).join(', ')}`);
    const [task] = pending.splice(index, 1) as [AirflowDagSummary['tasks'][number]];
    const upstream = task.upstream.flatMap((id) => states.get(id)!);
    const count = (state: TaskState) => upstream.filter((each) => each === state).length;
    const failed = count('failed') + count('upstream_failed');
    const skipped = count('skipped');
    let decided: TaskState | undefined = forced.get(task.taskId);
    if (decided === undefined) {
      // as_teardown() sets all_done_setup_success, which with no setup upstream (exit hooks have none) is all_done.
      switch (task.teardown ? 'all_done' : (task.triggerRule ?? 'all_success')) {
        case 'all_success':
          decided = failed > 0 ? 'upstream_failed' : skipped > 0 ? 'skipped' : undefined;
          break;
        case 'none_failed':
          decided = failed > 0 ? 'upstream_failed' : undefined;
          break;
        case 'none_failed_min_one_success':
          decided = failed > 0 ? 'upstream_failed' : upstream.length > 0 && skipped === upstream.length ? 'skipped' : undefined;
          break;
        case 'one_failed':
          decided = count('failed') > 0 ? undefined : 'skipped';
          break;
        case 'all_done':
          break;
        default:
          throw new Error(`No simulation of trigger rule ${task.triggerRule}`);
      }
    }
    if (decided !== undefined) {
      states.set(task.taskId, [decided]);
      continue;
    }
    const outcome = outcomes[task.taskId] ?? 'success';
    const ran = (Array.isArray(outcome) ? outcome : [outcome]) as TaskOutcome[];
    states.set(
      task.taskId,
      ran.map((each) => (each === 'skip' ? 'skipped' : each === 'fail' ? 'failed' : 'success')),
    );
    for (const each of ran) {
      if (typeof each !== 'object') continue;
      for (const other of summary.tasks) if (other.upstream.includes(task.taskId) && !each.follow.includes(other.taskId)) forced.set(other.taskId, 'skipped');
    }
  }
  return Object.fromEntries([...states].map(([id, list]) => [id, list.length === 1 && !Array.isArray(outcomes[id]) ? list[0]! : list]));
}

/**
 * The DAG run's end, as `DagRun.update_state` decides it from the effective leaves
 * (`_tis_for_dagrun_state`): tasks with no downstream but teardowns, teardowns left out (their
 * `on_failure_fail_dagrun` is off). Failed when one of those failed or is upstream_failed.
 */
export function runState(summary: AirflowDagSummary, states: Readonly<Record<string, TaskState | TaskState[]>>): 'success' | 'failed' {
  const teardowns = new Set(summary.tasks.filter((task) => task.teardown).map((task) => task.taskId));
  const leaves = summary.tasks.filter((task) => !task.teardown && summary.tasks.every((other) => !other.upstream.includes(task.taskId) || teardowns.has(other.taskId)));
  const failed = leaves.some((task) => [states[task.taskId]!].flat().some((state) => state === 'failed' || state === 'upstream_failed'));
  return failed ? 'failed' : 'success';
}

import type { RetryPolicy, Workflow } from '@couler/ir';
import type { ResolvedAirflowSettings } from '../airflow-settings';
import type { UnsupportedCollector } from './unsupported';

/**
 * What Airflow cannot do even among the constructs it supports: fan-outs past
 * `max_map_length`, retry filters, per-run volumes, some cron and pod-GC policies, limits on a
 * concurrent group.
 */
export function checkAirflowLimits(workflow: Workflow, settings: ResolvedAirflowSettings, unsupported: UnsupportedCollector): void {
  const { spec } = workflow;
  for (const step of [...spec.steps, ...(spec.onExit ?? [])]) {
    const path = ['steps', step.name];
    const items = step.map?.items;
    if (items !== undefined && items.length > settings.maxMapLength) {
      unsupported.add([...path, 'map', 'items'], `Step "${step.name}" is mapped over ${items.length} items, more than Airflow's max_map_length (${settings.maxMapLength}).`, {
        stepName: step.name,
        hint: `Raise [core] max_map_length in the Airflow configuration (AIRFLOW__CORE__MAX_MAP_LENGTH) and the backend's maxMapLength setting to at least ${items.length}, or split the items.`,
      });
    }
    const filter = retryFilter(step.retry);
    if (filter) unsupported.add([...path, 'retry', filter.field], `Step "${step.name}" ${filter.problem}`, { stepName: step.name, hint: filter.hint });
    if (step.retry?.backoff?.maxDurationSeconds !== undefined) {
      unsupported.add([...path, 'retry', 'backoff', 'maxDurationSeconds'], `Step "${step.name}" limits the total time spent retrying; Airflow limits the number of retries and each wait (capSeconds), not their total.`, {
        stepName: step.name,
        hint: 'Use retry.limit and backoff.capSeconds instead.',
      });
    }
    if (step.kind === 'suspend' && step.suspend.durationSeconds === undefined) {
      unsupported.add([...path, 'suspend'], `Suspend step "${step.name}" waits to be resumed by hand; Airflow has no task that a user resumes (suspend steps ("step.suspend") without a duration).`, {
        stepName: step.name,
        hint: 'Give the suspend step a duration (a WaitSensor), wait for an external signal with a sensor in a container step, or compile for the argo or local backend.',
      });
    }
    if (step.kind === 'script' && settings.scriptMode === 'task' && (step.inputs?.artifacts?.length || step.outputs?.artifacts?.length)) {
      unsupported.add([...path, step.inputs?.artifacts?.length ? 'inputs' : 'outputs', 'artifacts'], `Script step "${step.name}" runs on the Airflow worker (scriptMode "task"), which has no transfer sidecar to move its artifacts.`, {
        stepName: step.name,
        hint: 'Use scriptMode "pod".',
      });
    }
  }
  const filter = retryFilter(spec.retry);
  if (filter) unsupported.add(['retry', filter.field], `The workflow's default retry policy ${filter.problem}`, { hint: filter.hint });
  if (spec.retry?.backoff?.maxDurationSeconds !== undefined) {
    unsupported.add(['retry', 'backoff', 'maxDurationSeconds'], 'The workflow limits the total time spent retrying; Airflow limits the number of retries and each wait (capSeconds), not their total.', { hint: 'Use retry.limit and backoff.capSeconds instead.' });
  }
  if (spec.volumeClaimTemplates?.length) {
    unsupported.add(['volumeClaimTemplates'], 'Airflow does not create a volume claim per run (volume claim templates).', { hint: 'Create the claim beforehand and mount it as a persistentVolumeClaim volume.' });
  }
  if (spec.podGC && spec.podGC.strategy !== 'OnPodCompletion' && spec.podGC.strategy !== 'OnPodSuccess') {
    unsupported.add(['podGC', 'strategy'], `Airflow deletes a task's pod when the task ends; it cannot wait for the whole run (pod GC "${spec.podGC.strategy}").`, { hint: 'Use OnPodCompletion or OnPodSuccess.' });
  }
  const cron = spec.cron;
  if (cron?.concurrencyPolicy === 'Replace') unsupported.add(['cron', 'concurrencyPolicy'], 'Airflow cannot stop a running DAG run when the next is due (concurrencyPolicy "Replace").', { hint: 'Use "Forbid" (max_active_runs=1) or "Allow".' });
  for (const key of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'] as const) {
    if (cron?.[key] !== undefined) unsupported.add(['cron', key], `Airflow schedules have no "${key}".`, { hint: `Remove "${key}" for this backend.` });
  }
  for (const group of spec.groups ?? []) {
    if (group.kind === 'concurrent' && group.parallelism !== undefined) {
      unsupported.add(['groups', group.name, 'parallelism'], `Airflow cannot limit how many tasks of one TaskGroup run at once (parallelism of concurrent group "${group.name}").`, {
        hint: 'Use the workflow\'s parallelism (max_active_tasks) or a map with parallelism.',
      });
    }
  }
}

/**
 * Why a retry policy retries fewer failures than Airflow's `retries`, or undefined. A task's
 * `retries` retry every failure: the pod's non-zero exit, its kill, `execution_timeout`, and the
 * errors around it (a pod that cannot start). `always` is that, `failure` too (Airflow retrying
 * besides the errors around the step). `error` and `transient` would need the task to raise
 * `AirflowFailException` for the other failures, and the operator's exception does not say why
 * the pod failed in a form stable across provider versions, nor carry its log: refused.
 */
function retryFilter(retry: RetryPolicy | undefined): { field: 'on' | 'transientPatterns'; problem: string; hint: string } | undefined {
  if (retry?.on === 'error') {
    return {
      field: 'on',
      problem: "retries only errors around the step (on: 'error'); the airflow backend's tasks retry every failure alike, the step's own exit included.",
      hint: 'Drop retry.on to retry every failure, or drop the retry.',
    };
  }
  if (retry?.on === 'transient' || retry?.transientPatterns?.length) {
    return {
      field: retry.on === 'transient' ? 'on' : 'transientPatterns',
      problem: "retries only transient failures (on: 'transient'); the airflow backend's tasks retry every failure alike and cannot tell an out-of-memory kill or a matching log line from a plain exit 1.",
      hint: "Drop retry.on and transientPatterns to retry every failure, or compile for Argo, which matches the failure's message.",
    };
  }
  return undefined;
}

import { ARTIFACT_LOCATION_TYPES, CONSTRUCTS, detectConstructs, type Construct, type Workflow } from '@couler/ir';
import type { UnsupportedCollector } from './unsupported';

/**
 * Every construct of `@couler/ir` v1 that the airflow backend writes. Listed one by one, so a
 * construct added to the IR later is refused until this backend knows it.
 */
export const AIRFLOW_CAPABILITIES = [
  'step.container', 'step.script', 'step.suspend',
  // As a pod running kubectl (see kubectl-task).
  'step.job', 'step.resource',
  'when', 'map.items', 'map.from', 'map.sequence', 'concurrent', 'while', 'dependencies', 'exit-handler',
  'retry', 'retry.backoff', 'retry.backoff.cap', 'timeout', 'resources', 'resources.gpu',
  'env.secret', 'env.config-map', 'env-from', 'volume-mounts', 'node-selector', 'tolerations',
  'input-parameters', 'output-parameters', 'global-outputs',
  'workflow.parameters', 'workflow.parallelism', 'workflow.timeout', 'workflow.cron', 'workflow.pod-gc', 'workflow.volumes',
  'workflow.service-account', 'workflow.image-pull-secrets', 'workflow.priority', 'workflow.host-network', 'workflow.suspend', 'step.total-timeout', 'step.pending-timeout', 'synchronization', 'image.reference',
  'condition.membership', 'exit-handler.main-outputs',
  // With the artifactStore setting through object storage; without it, in XCom (see pod-transfer).
  'input-artifacts', 'output-artifacts',
  // chmod (-R with recurseMode) in the pod wrapper, after the input is fetched (see pod-wrapper).
  'artifact.mode',
  // A @task_group function per definition; a fan-out is .expand() on it (see sub-workflow-groups).
  'step.subWorkflow',
  // A volume claim written beside the DAG, a sync task ahead of the readers (see airflow-datasets).
  'dataset',
  // A teardown task after the step it watches (Airflow 2.7+, see dag-plan and hook-support);
  // a status hook's teardown skips itself unless the status is one it waits for (see status-hook).
  'hook.exit', 'hook.status',
  // task_display_name (Airflow 2.9+): written on Airflow 3 and from airflowVersion "2.9" (see DISPLAY_NAME_HINT).
  'step.display-name',
] as const satisfies ReadonlyArray<Construct>;

/** Why Airflow cannot express a construct, and what to do instead. */
const HINTS: Partial<Record<Construct, string>> = {
  'depends-expression': 'Airflow trigger rules cannot express Argo-style depends expressions. Use plain dependencies (setDependencies).',
  cache:
    'Airflow keeps no memo of task results across DAG runs: every run runs every task again. Run the workflow on the local engine or compile it for the argo backend, which honour "cache", or drop "cache" from the step for Airflow.',
  daemon: 'Airflow tasks cannot run in the background of others. Start the service outside the workflow.',
  'continue-on': 'Airflow trigger rules apply to all of a task\'s upstream tasks, not to one of them. Remove continueOn, or compile for the argo backend.',
  'workflow.ttl': 'Airflow keeps DAG runs until they are cleaned up (airflow db clean). Remove the TTL for this backend.',
  'workflow.output-artifacts':
    'An Airflow DAG run has no outputs of its own, files or values. Give each branch\'s artifact a location (createS3Artifact …) and read it there, or compile for Argo (fromExpression) or run on the local engine.',
  'workflow.outputs':
    'An Airflow DAG run has no outputs of its own. Read the value from the step that produces it (its XCom, or a global output), or compile for the argo backend.',
  'condition.step-status':
    'The airflow backend does not read other tasks\' states in exit handlers yet (Airflow 3 tasks cannot read them at all). Use workflow.status, or compile for the tekton or local backend.',
  'map.sequence.from':
    "The airflow backend expands a sequence only when its numbers are known as it writes the DAG. Have the earlier step print the list itself (a JSON array such as [\"0\",\"1\",\"2\"]) and map over that output, which Airflow expands over XCom; give the sequence literal numbers; or compile for Argo (withSequence) or the local engine.",
  metrics:
    "Airflow sends its own metrics (task durations and counts per DAG and task) to StatsD or OpenTelemetry, configured for the whole deployment; a task defines no metrics of its own. Use those metrics, or compile for Argo (metrics.prometheus) or the local engine, which records them with the run.",
  'workflow.volume-claim-gc':
    'The airflow backend creates no volume claims per DAG run (it mounts existing ones), so there is nothing to delete when the run ends. Remove volumeClaimGC for Airflow, or compile for Argo.',
  'workflow.run-metadata':
    "An Airflow DAG run has no labels or annotations of its own. Use the DAG's tags and the steps' labels, or compile for Argo (workflowMetadata).",
  'workflow.pod-disruption-budget':
    "Airflow's KubernetesPodOperator creates no PodDisruptionBudget for its pods. Create one in the cluster for the pods' labels, or compile for Argo.",
  'artifact.gc':
    "The airflow backend's artifacts live in XCom or the artifactStore bucket, and Airflow deletes neither when a DAG run ends or is deleted (XCom goes with `airflow db clean`, objects stay). Use a lifecycle rule on the bucket, drop artifactGC for Airflow, or compile for Argo (artifactGC).",
  'artifact.compression-level':
    'The airflow backend packs a directory with its own tar and gzip at their default level, and has no setting for another. Drop compressionLevel for Airflow, or compile for Argo.',
  'artifact.sub-path':
    'The airflow backend fetches an input artifact whole and has no way to take one path out of it. Read the path inside the artifact in the step itself, or compile for Argo (subPath).',
  'archive-logs':
    "Airflow keeps every task's log in its own log store (remote_logging in airflow.cfg), set for the whole deployment, not per DAG or task. Configure Airflow's remote logging and drop archiveLogs, or compile for Argo.",
  'workflow.artifact-repository-ref':
    "The airflow backend stores artifacts where its artifactStore setting says (or in XCom), not in an Argo artifact repository ConfigMap. Set artifactStore when compiling for Airflow, and drop artifactRepositoryRef.",
  'workflow.fail-fast':
    "Airflow has no failFast. Its DAG(fail_stop=True) (fail_fast in Airflow 3) fails the tasks still running as soon as one fails, where failFast lets them finish and only starts nothing new, and it allows no trigger rule but all_success, which this backend's exit handlers, hooks and conditions use. Drop failFast (Airflow's default already lets independent branches run on, as failFast: false does), or compile for Argo.",
  'step.templateRef':
    'An Airflow DAG cannot call a task defined in another DAG, and the IR does not hold the referenced template. Write the step into this workflow, or compile for the argo backend.',
  'step.plugin':
    "An executor plugin is a sidecar of Argo's agent pod; Airflow has no such agent, and its own plugins extend the scheduler and the UI, not a task. Call the plugin's service from a container step (curl with the same JSON), or compile for Argo.",
  'workflow.executor-plugins':
    "Executor plugins run beside Argo's agent pod, which Airflow does not have. Drop executorPlugins for Airflow, or compile for Argo.",
  'step.data':
    "A data step is Argo's executor listing an artifact location with its own storage drivers; the couler-transfer tool that moves Airflow's artifacts reads and writes one object at a time and cannot list a prefix. List the files in a script step (boto3, gsutil) that prints the JSON list, and map over its output, or compile for Argo or run on the local engine.",
};

/** The first Airflow 2 minor whose operators take `task_display_name`. */
const DISPLAY_NAME_MINOR = 9;

/** Why a display name is refused when the DAG is written for Airflow 2 before 2.9, and what to do instead. */
const DISPLAY_NAME_HINT =
  `Airflow shows a task's task_display_name from Airflow 2.${DISPLAY_NAME_MINOR} on; with airflowVersion 2 the backend writes DAGs that run on 2.7 and later, so it names the task by its step name (task_id). Set airflowVersion "2.${DISPLAY_NAME_MINOR}" (or a later minor) if your Airflow 2 has them, or 3 (or leave it on auto), drop displayName for older Airflow 2, or compile for Argo or Tekton.`;

const ARTIFACT_KINDS = new Set<Construct>([...ARTIFACT_LOCATION_TYPES.map((type) => `artifact.${type}` as const), 'artifact.raw']);

/** `UNSUPPORTED_BY_BACKEND` for each construct outside the capabilities, with a hint saying why. */
export function collectUnsupportedConstructs(workflow: Workflow, release: { readonly airflowVersion: 2 | 3; readonly airflowMinor: number }, unsupported: UnsupportedCollector): void {
  const supported = new Set<Construct>(AIRFLOW_CAPABILITIES);
  if (release.airflowVersion === 2 && release.airflowMinor < DISPLAY_NAME_MINOR) supported.delete('step.display-name');
  for (const use of detectConstructs(workflow)) {
    if (supported.has(use.construct)) continue;
    // failFast: false is what Airflow does anyway: a failed task stops only what waits for it.
    if (use.construct === 'workflow.fail-fast' && workflow.spec.failFast === false) continue;
    // Artifact locations (and raw text) are handled, or reported, with the artifact itself.
    if (ARTIFACT_KINDS.has(use.construct)) continue;
    unsupported.add(use.path, `The airflow backend cannot express ${CONSTRUCTS[use.construct]} ("${use.construct}")${use.stepName ? `, used by "${use.stepName}"` : ''}.`, {
      ...(use.stepName !== undefined && { stepName: use.stepName }),
      hint: (use.construct === 'step.display-name' ? DISPLAY_NAME_HINT : HINTS[use.construct]) ?? `Remove it from the workflow or compile for a backend that supports "${use.construct}".`,
    });
  }
}

import { ALL_CONSTRUCTS, CoulerError, OPT_IN_CONSTRUCTS, type Construct, type Workflow } from '@couler/ir';

/**
 * Constructs the local engine cannot honour on one machine: distributed jobs and Kubernetes
 * resources need a cluster, volumes and daemons need a pod, cron needs a scheduler.
 */
export const LOCAL_UNSUPPORTED: ReadonlyArray<Construct> = ['step.job', 'step.resource', 'volume-mounts', 'workflow.volumes', 'workflow.cron', 'daemon'];

/**
 * Kubernetes scheduling and cluster settings that have no meaning for a process on this machine. They are
 * accepted (a workflow written for Argo runs here unchanged) and named in a notice at start.
 */
export const LOCAL_IGNORED: ReadonlyArray<Construct> = [
  'resources',
  'resources.gpu',
  'node-selector',
  'tolerations',
  'workflow.service-account',
  'workflow.image-pull-secrets',
  'workflow.pod-gc',
  'workflow.ttl',
  'workflow.priority',
  'workflow.volume-claim-gc',
  'workflow.run-metadata',
  'workflow.pod-disruption-budget',
  'workflow.host-network',
  // The local engine keeps every step's log with the run and its artifacts in its own store.
  'archive-logs',
  'workflow.artifact-repository-ref',
  // Only the size of a stored archive changes: the engine packs at gzip's default level.
  'artifact.compression-level',
  // A step starts its process as soon as it is scheduled: nothing waits Pending to be bounded.
  'step.pending-timeout',
  // Steps are named by their name in logs and `couler status`; there is no UI to rename them in.
  'step.display-name',
];

/**
 * Opt-in constructs (`OPT_IN_CONSTRUCTS` of `@couler/ir`) the local engine runs: http requests
 * (with the global `fetch`), container sets (their containers in one sandbox), a cap on each
 * retry wait, images chosen when the step runs (resolved like arguments), workflow outputs
 * (read when the main steps are done, in the run's summary and its `run-finished` event), list
 * membership in conditions, and exit handlers reading main steps' statuses and outputs (from
 * what the run recorded; an output never produced skips the exit step), sub-workflows
 * (expanded into steps before the run starts: see expand-sub-workflows), maps over a sequence
 * of numbers (its count or bounds read from a step's output when the step is reached), mutexes
 * and semaphores (a lock table shared by every run of one Couler home: see lock-table), and
 * datasets (one synced copy per source version under the Couler home: see DatasetCache),
 * lifecycle hooks (started by the scheduler when what they watch starts or ends) and failFast
 * (unset or false: independent branches run on after a failure, the local default).
 */
export const LOCAL_OPT_IN: ReadonlyArray<Construct> = [
  'step.http',
  'step.containerSet',
  'retry.backoff.cap',
  'image.reference',
  'workflow.outputs',
  'workflow.output-artifacts',
  'condition.membership',
  'condition.step-status',
  'exit-handler.main-outputs',
  'step.subWorkflow',
  'map.sequence',
  'map.sequence.from',
  'synchronization',
  'dataset',
  'artifact.mode',
  'artifact.sub-path',
  'artifact.gc',
  'hook.exit',
  'hook.status',
  'workflow.fail-fast',
  // Honoured as a limit on the running time: see engine/total-timeout.
  'step.total-timeout',
  // Recorded with the run when each step and the run end: see state/run-metrics.
  'metrics',
  // Listed by the remote store of the location's type, transformed by an expr subset: see data/.
  'step.data',
];

/**
 * A run that starts held needs someone to release it, and `couler run` runs in the foreground
 * until the workflow ends: there is no held run for `couler resume` to start later.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND when the workflow asks to start suspended.
 */
export function refuseStartSuspended(workflow: Workflow): void {
  if (!workflow.spec.suspend) return;
  throw new CoulerError('UNSUPPORTED_BY_BACKEND', 'The local backend cannot express runs that start held until resumed ("workflow.suspend"): `couler run` starts the steps at once and runs in the foreground until they end, so no held run would wait for a resume.', {
    path: ['suspend'],
    hint: 'Remove startSuspended for a run on this machine (start it when you want it to run), or submit to Argo, Tekton or Airflow, which hold the run until you resume it.',
  });
}

export const LOCAL_CAPABILITIES: ReadonlyArray<Construct> = [
  ...ALL_CONSTRUCTS.filter((construct) => !LOCAL_UNSUPPORTED.includes(construct)),
  ...LOCAL_OPT_IN,
  ...LOCAL_IGNORED.filter((construct) => OPT_IN_CONSTRUCTS.includes(construct)),
];

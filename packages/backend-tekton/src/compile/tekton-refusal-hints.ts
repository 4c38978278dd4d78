import { CoulerError, detectConstructs, type Construct, type Workflow } from '@couler/ir';

/** Why Tekton cannot express a construct, and what to use instead. */
const TEKTON_HINTS: Partial<Record<Construct, string>> = {
  'step.plugin':
    "An executor plugin is a sidecar of Argo's agent pod; Tekton's counterpart, a custom task (customRun), needs a controller of its own installed in the cluster, which the IR does not describe. Call the plugin's service from a container step (curl with the same JSON), or compile for Argo.",
  'workflow.executor-plugins':
    "Executor plugins run beside Argo's agent pod, which Tekton does not have. Drop executorPlugins for Tekton, or compile for Argo.",
  'step.data':
    "A data step is Argo's executor listing an artifact location with its own storage drivers; Tekton has no such step, and the transfer tool of the couler-upload and couler-download steps moves one object at a time and cannot list a prefix. List the files in a script step (boto3, gsutil) that prints the JSON list, and map over its result, or compile for Argo or run on the local engine.",
  'artifact.plugin':
    "An artifact driver plugin is a gRPC server that only Argo's executor starts beside a pod and calls; Tekton has nothing to run it, and the transfer tool of the couler-upload and couler-download steps cannot speak its protocol. Keep the artifact in S3, GCS, OSS or HDFS for Tekton, or compile for Argo 4.0 or later.",
  cache:
    'Tekton has no memoization of task results: every run runs every task. Compile for the local engine or Argo, which honour "cache" (Argo memoizes by a key of the inputs), or remove "cache" from the step for Tekton.',
  'map.sequence.from':
    "A Tekton matrix fans out over a literal list or a result array, and no Tekton field turns a number a task wrote into a list of numbers. Have the earlier step write the list itself (a JSON array such as [\"0\",\"1\",\"2\"]) and map over that output, give the sequence literal numbers, or compile for Argo (withSequence) or the local engine.",
  'step.pending-timeout':
    'Tekton bounds a TaskRun\'s whole time (its timeout, Pending included) but not the time its pod waits Pending alone. Use totalTimeout, which Tekton honours, or compile for Argo (pendingTimeout).',
  metrics:
    'Tekton exports its own controller metrics (durations and counts of PipelineRuns and TaskRuns) but has no custom metrics per task or run. Use those metrics, or compile for Argo (metrics.prometheus) or the local engine, which records them with the run.',
  'workflow.volume-claim-gc':
    'Tekton deletes the claims of a PipelineRun\'s volumeClaimTemplate workspaces together with the PipelineRun (they are owned by it), and has no setting to delete them earlier. Remove volumeClaimGC for Tekton, or compile for Argo.',
  'workflow.run-metadata':
    'A Tekton PipelineRun carries only its own labels, which are fixed text: nothing labels it from a parameter when it is created. Put fixed labels in the workflow\'s labels, or compile for Argo (workflowMetadata).',
  synchronization:
    'Tekton has no synchronization primitive: no mutex or semaphore a PipelineRun or a TaskRun waits for, so nothing would keep two runs apart. Compile for Argo (synchronization) or Airflow (pools, per step), or serialize the runs outside Tekton (a Kueue queue, or one trigger at a time).',
  'hook.status':
    "Tekton has no lifecycle hooks: nothing starts a task when another task starts running or reaches a status, and $(tasks.x.status) can be read only by finally tasks, after the whole run. Use an exit handler of the whole workflow that reads the status, or compile for Argo (hooks).",
  'workflow.fail-fast':
    "A Tekton PipelineRun stops scheduling new tasks once one fails (only finally tasks still run) and has no setting to run the independent branches on, so failFast: false cannot be written (failFast: true is what Tekton does anyway, and compiles). Remove failFast: false for Tekton, or compile for Argo.",
  'workflow.pod-disruption-budget':
    'Tekton creates no PodDisruptionBudget for the pods of a PipelineRun. Create one in the cluster selecting the pods by the tekton.dev/pipelineRun label, or compile for Argo.',
  'artifact.artifactory':
    "The transfer tool of the tekton backend's couler-upload and couler-download steps only reads HTTP with fixed headers: it cannot PUT an output to Artifactory, nor sign in with basic auth from a Secret. Keep the artifact in S3, GCS, OSS or HDFS for Tekton, or compile for Argo (native artifactory artifacts) or the local engine.",
  'artifact.azure':
    "The transfer tool of the tekton backend's couler-upload and couler-download steps speaks S3, GCS, OSS, WebHDFS and HTTP, not Azure Blob Storage. Keep the artifact in S3, GCS, OSS or HDFS for Tekton, or compile for Argo (native azure artifacts) or the local engine.",
  'artifact.gc':
    "Tekton deletes nothing the transfer tool stored: objects outlive the PipelineRun (its workspaces go with it). Use a lifecycle rule on the bucket, drop artifactGC for Tekton, or compile for Argo (artifactGC).",
  'artifact.compression-level':
    'The transfer tool the tekton backend uses packs directories at tar and gzip\'s default level, and has no setting for another. Drop compressionLevel for Tekton, or compile for Argo.',
  'artifact.mode':
    "Tekton has no field for the permission bits of a file a task reads, and the transfer tool keeps the stored ones. Run chmod in the step's command, or compile for Argo or Airflow (mode).",
  'artifact.sub-path':
    'The transfer tool the tekton backend uses fetches an artifact whole and has no way to take one path out of it. Read the path inside the artifact in the step itself, or compile for Argo (subPath).',
  'archive-logs':
    "Tekton keeps a TaskRun's logs only as long as its pods; archiving them is Tekton Results', installed and configured for the cluster, not per Pipeline. Install Tekton Results and drop archiveLogs, or compile for Argo.",
  'workflow.artifact-repository-ref':
    "Tekton has no artifact repository: the tekton backend moves artifacts with its transfer tool to each artifact's own location. Give the artifacts locations (createS3Artifact …) and drop artifactRepositoryRef, or compile for Argo.",
  'workflow.output-artifacts':
    "A Tekton PipelineRun's results are strings; it returns no files, and a Pipeline result cannot choose between tasks by their status. Give each branch's artifact a location (createS3Artifact …) and read it there, or compile for Argo (fromExpression) or run on the local engine.",
};

/**
 * The refusals of constructs Tekton has no equivalent for (`cache`, a sequence a run decides),
 * with a hint saying what to use instead; other unsupported constructs keep the shared hint.
 * Rewrites the error that `assertSupported` throws (one, or several in `errors`), so that every
 * unsupported use is still reported at once.
 */
export function withTektonHints(error: unknown, workflow: Workflow): unknown {
  if (!CoulerError.isInstance(error) || error.code !== 'UNSUPPORTED_BY_BACKEND') return error;
  const used = new Set(detectConstructs(workflow).map((use) => use.construct));
  const hinted = (Object.keys(TEKTON_HINTS) as Construct[]).filter((construct) => used.has(construct));
  if (hinted.length === 0) return error;
  const rewrite = (one: CoulerError): CoulerError => {
    const construct = hinted.find((candidate) => one.message.includes(`("${candidate}")`));
    return construct ? new CoulerError('UNSUPPORTED_BY_BACKEND', one.message, { ...(one.path && { path: one.path }), ...(one.stepIds && { stepIds: one.stepIds }), hint: TEKTON_HINTS[construct]! }) : one;
  };
  if (!error.errors?.length) return rewrite(error);
  return new CoulerError('UNSUPPORTED_BY_BACKEND', error.message, { errors: error.errors.map(rewrite) });
}

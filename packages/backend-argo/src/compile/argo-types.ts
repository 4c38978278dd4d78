/**
 * The part of Argo Workflows' API (`argoproj.io/v1alpha1`, v4.1) this backend emits, as plain
 * data. Field names are Argo's own (`pkg/apis/workflow/v1alpha1/workflow_types.go`); every
 * emitted document is checked against Argo's JSON Schema as well. IntOrString fields are typed
 * `string` on purpose: Argo's schema only accepts the string form, so we never emit a number.
 */

export const ARGO_API_VERSION = 'argoproj.io/v1alpha1';

export const ARGO_KINDS = ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'] as const;
export type ArgoKind = (typeof ARGO_KINDS)[number];

export interface ArgoSecretKeySelector {
  name: string;
  key: string;
  optional?: boolean;
}

export interface ArgoParameter {
  name: string;
  value?: string;
  default?: string;
  enum?: string[];
  description?: string;
  globalName?: string;
  valueFrom?: {
    path?: string;
    jsonPath?: string;
    jqFilter?: string;
    expression?: string;
    parameter?: string;
    default?: string;
  };
}

export interface ArgoArtifactLocation {
  s3?: Record<string, unknown>;
  oss?: Record<string, unknown>;
  gcs?: Record<string, unknown>;
  azure?: Record<string, unknown>;
  artifactory?: Record<string, unknown>;
  hdfs?: Record<string, unknown>;
  git?: Record<string, unknown>;
  http?: Record<string, unknown>;
  /** An object an artifact driver plugin keeps (Argo 4.0+). */
  plugin?: { name: string; configuration: string; key: string; connectionTimeoutSeconds?: number };
  raw?: { data: string };
}

/** Argo's `Data`: the source is one artifact (its name and location), listed. */
export interface ArgoData {
  source: { artifactPaths: ArgoArtifactLocation & { name: string } };
  transformation: Array<{ expression: string }>;
}

export interface ArgoArtifact extends ArgoArtifactLocation {
  name: string;
  path?: string;
  from?: string;
  fromExpression?: string;
  mode?: number;
  recurseMode?: boolean;
  subPath?: string;
  optional?: boolean;
  globalName?: string;
  archive?: { none?: Record<string, never>; tar?: { compressionLevel?: number } };
  artifactGC?: { strategy: string };
}

export interface ArgoInputs {
  parameters?: ArgoParameter[];
  artifacts?: ArgoArtifact[];
}

export interface ArgoOutputs {
  parameters?: ArgoParameter[];
  artifacts?: ArgoArtifact[];
}

export interface ArgoArguments {
  parameters?: ArgoParameter[];
  artifacts?: ArgoArtifact[];
}

export interface ArgoEnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: ArgoSecretKeySelector; configMapKeyRef?: ArgoSecretKeySelector; fieldRef?: Record<string, unknown>; resourceFieldRef?: Record<string, unknown> };
}

export interface ArgoContainer {
  name?: string;
  image: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: ArgoEnvVar[];
  envFrom?: Array<{ secretRef?: { name: string }; configMapRef?: { name: string }; prefix?: string }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string>; claims?: Array<{ name: string; request?: string }> };
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean; subPath?: string }>;
  imagePullPolicy?: string;
  /** `FallbackToLogsOnError` when a retry policy reads the failure's log (`retryReadsLog`). */
  terminationMessagePolicy?: 'FallbackToLogsOnError';
  securityContext?: Record<string, unknown>;
  /** Probes, ports, lifecycle, terminationMessagePath, resizePolicy, volumeDevices (Kubernetes' shapes). */
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  startupProbe?: unknown;
  ports?: unknown[];
  lifecycle?: unknown;
  terminationMessagePath?: string;
  resizePolicy?: unknown[];
  volumeDevices?: unknown[];
}

export interface ArgoScript extends ArgoContainer {
  source: string;
}

/** One container of a `containerSet`: a Kubernetes container plus the containers it waits for. */
export interface ArgoContainerNode extends ArgoContainer {
  name: string;
  dependencies?: string[];
}

/**
 * Argo's process-level retry inside a container set: the executor re-runs a container's command
 * in the same pod. `retries` is IntOrString (written as a string), `duration` a Go duration.
 */
export interface ArgoContainerSetRetryStrategy {
  retries: string;
  duration?: string;
}

/** Several containers in one pod; `volumeMounts` are added to every container. */
export interface ArgoContainerSet {
  containers: ArgoContainerNode[];
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean; subPath?: string }>;
  retryStrategy?: ArgoContainerSetRetryStrategy;
}

export interface ArgoHttpHeader {
  name: string;
  value?: string;
}

/** One HTTP request, sent by Argo's agent; the response body is the template's `outputs.result`. */
export interface ArgoHttp {
  method?: string;
  url: string;
  headers?: ArgoHttpHeader[];
  body?: string;
  successCondition?: string;
  /** Seconds (an integer in Argo's schema, not IntOrString). */
  timeoutSeconds?: number;
}

export interface ArgoRetryStrategy {
  limit?: string;
  retryPolicy?: 'Always' | 'OnFailure' | 'OnError' | 'OnTransientError';
  backoff?: { duration?: string; factor?: string; maxDuration?: string; cap?: string };
  expression?: string;
}

export interface ArgoMemoize {
  key: string;
  maxAge: string;
  cache: { configMap: { name: string } };
}

export interface ArgoToleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** Argo's `withSequence`: `count` or `end` (with `start`) as IntOrString text, a printf `format`. */
export interface ArgoSequence {
  count?: string;
  start?: string;
  end?: string;
  format?: string;
}

/** A template of another WorkflowTemplate (or ClusterWorkflowTemplate), by name. */
export interface ArgoTemplateRef {
  name: string;
  template: string;
  clusterScope?: boolean;
}

/**
 * A DAG task or (in `steps` templates) a step: the same fields, minus the dependencies. A task
 * that calls another WorkflowTemplate's template has `templateRef` and no `template`.
 */
export interface ArgoTask {
  name: string;
  /** The template's name; absent when the template is written in the task (`inline`). */
  template: string;
  inline?: Omit<ArgoTemplate, 'name'>;
  templateRef?: ArgoTemplateRef;
  depends?: string;
  dependencies?: string[];
  arguments?: ArgoArguments;
  when?: string;
  withItems?: unknown[];
  withParam?: string;
  withSequence?: ArgoSequence;
  continueOn?: { failed?: boolean; error?: boolean };
  onExit?: string;
  hooks?: Record<string, ArgoLifecycleHook>;
}

/** Argo's `LifecycleHook`: a template run once its expression holds (`exit`: when the node ends). */
export interface ArgoLifecycleHook {
  template: string;
  expression?: string;
}

/** Pod-spec fields a Template and a WorkflowSpec both have, under the same names. */
export interface ArgoPodControls {
  securityContext?: Record<string, unknown>;
  affinity?: Record<string, unknown>;
  schedulerName?: string;
  hostAliases?: Array<Record<string, unknown>>;
  automountServiceAccountToken?: boolean;
  podSpecPatch?: string;
  /** Pod-level requests and limits (PodLevelResources feature gate). */
  podResources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  resourceClaims?: Array<{ name: string; resourceClaimName?: string; resourceClaimTemplateName?: string }>;
}

/** Argo's Prometheus metrics of a workflow or a template. */
export interface ArgoMetrics {
  prometheus: Array<{
    name: string;
    help: string;
    labels?: Array<{ key: string; value: string }>;
    when?: string;
    gauge?: { value: string; realtime: boolean; operation?: string };
    counter?: { value: string };
    histogram?: { value: string; buckets: number[] };
  }>;
}

/** Argo's `synchronization` of a workflow or a template (3.6+). */
export interface ArgoSynchronization {
  mutexes?: Array<{ name: string }>;
  semaphores?: Array<{ configMapKeyRef: { name: string; key: string } }>;
}

export interface ArgoTemplate extends ArgoPodControls {
  name: string;
  synchronization?: ArgoSynchronization;
  archiveLocation?: { archiveLogs: boolean };
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  daemon?: boolean;
  /** Node annotations (Argo reads `workflows.argoproj.io/display-name` for its UI). */
  annotations?: Record<string, string>;
  metrics?: ArgoMetrics;
  activeDeadlineSeconds?: string;
  timeout?: string;
  pendingTimeout?: string;
  retryStrategy?: ArgoRetryStrategy;
  memoize?: ArgoMemoize;
  parallelism?: number;
  serviceAccountName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: ArgoToleration[];
  priorityClassName?: string;
  volumes?: Array<Record<string, unknown>>;
  initContainers?: Array<Record<string, unknown>>;
  sidecars?: Array<Record<string, unknown>>;
  inputs?: ArgoInputs;
  outputs?: ArgoOutputs;
  container?: ArgoContainer;
  script?: ArgoScript;
  containerSet?: ArgoContainerSet;
  http?: ArgoHttp;
  /** An executor plugin call: exactly one key, the plugin's name, holding its configuration. */
  plugin?: Record<string, unknown>;
  /** A data template: the files of a location, listed by Argo's executor and transformed. */
  data?: ArgoData;
  resource?: {
    action: string;
    manifest?: string;
    successCondition?: string;
    failureCondition?: string;
    setOwnerReference?: boolean;
    mergeStrategy?: string;
  };
  suspend?: { duration?: string };
  dag?: { tasks: ArgoTask[]; failFast?: boolean };
  steps?: ArgoTask[][];
  failFast?: boolean;
}

export interface ArgoWorkflowSpec extends ArgoPodControls {
  entrypoint?: string;
  executorPlugins?: Array<{ metadata: { name: string }; spec: { sidecar: { container: Record<string, unknown>; automountServiceAccountToken?: boolean } } }>;
  synchronization?: ArgoSynchronization;
  artifactGC?: { strategy: string };
  archiveLogs?: boolean;
  artifactRepositoryRef?: { configMap: string; key: string };
  arguments?: ArgoArguments;
  onExit?: string;
  hooks?: Record<string, ArgoLifecycleHook>;
  parallelism?: number;
  activeDeadlineSeconds?: number;
  ttlStrategy?: { secondsAfterCompletion?: number; secondsAfterSuccess?: number; secondsAfterFailure?: number };
  podGC?: { strategy: string };
  serviceAccountName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: ArgoToleration[];
  imagePullSecrets?: Array<{ name: string }>;
  volumes?: Array<Record<string, unknown>>;
  volumeClaimTemplates?: Array<Record<string, unknown>>;
  priority?: number;
  podPriorityClassName?: string;
  dnsPolicy?: string;
  dnsConfig?: Record<string, unknown>;
  podMetadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  volumeClaimGC?: { strategy: string };
  workflowMetadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; labelsFrom?: Record<string, { expression: string }> };
  podDisruptionBudget?: { minAvailable?: string; maxUnavailable?: string };
  hostNetwork?: boolean;
  suspend?: boolean;
  metrics?: ArgoMetrics;
  /** Run a WorkflowTemplate of the cluster instead of `templates` of this document. */
  workflowTemplateRef?: { name: string; clusterScope?: boolean };
  templates: ArgoTemplate[];
}

export interface ArgoMetadata {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface ArgoCronWorkflowSpec {
  /** Argo 3.6 and later. */
  schedules?: string[];
  /** Before Argo 3.6: the one schedule (removed in 4.0). */
  schedule?: string;
  timezone?: string;
  concurrencyPolicy?: string;
  startingDeadlineSeconds?: number;
  suspend?: boolean;
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  workflowSpec: ArgoWorkflowSpec;
}

/** One emitted document: a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow. */
export interface ArgoDocument {
  apiVersion: typeof ARGO_API_VERSION;
  kind: ArgoKind;
  metadata: ArgoMetadata;
  spec: ArgoWorkflowSpec | ArgoCronWorkflowSpec;
}

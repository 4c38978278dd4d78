import {
  type ArtifactGCStrategy,
  isConcat,
  toDns1123Label,
  type Concat,
  type CronSchedule,
  type ExecutorPlugin,
  type RunMetadata,
  type Synchronization,
  type PARAMETER_TYPES,
  type Scalar,
  type Toleration,
  type Volume,
  type VolumeClaimTemplate,
  type WorkflowSpec,
} from '@couler/ir';
import { ParameterHandle, dslError, isParameterHandle } from './handles';
import { captureCallSite, type CapturedStack } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { toMetrics, type MetricInput } from './metric-options';
import { toSynchronization } from './synchronization';
import { toArtifactGC } from './artifacts';
import { currentBuilder } from './internal/current-builder';
import type { WorkflowBuilder } from './internal/workflow-builder';
import type { CacheInput, Duration, RetryInput } from './step-options';
import { StepFields } from './step-options';
import { CONTAINER_RUNTIME_OPTION_KEYS, POD_OPTION_KEYS, toPodSpec, type WorkflowPodOptions } from './pod-options';
import { describe, toWholeSeconds } from './values';

/** Workflow-wide settings (Couler's `config_workflow`, plus what Argo users expect). */
export interface WorkflowConfig extends WorkflowPodOptions {
  /** The workflow's name (a DNS-1123 label). */
  name?: string;
  namespace?: string;
  description?: string;
  /** The whole workflow's deadline. */
  timeout?: Duration;
  /** Delete the finished workflow after this long (Couler's `time_to_clean`). */
  timeToClean?: Duration;
  ttl?: { afterCompletion?: Duration; afterSuccess?: Duration; afterFailure?: Duration };
  serviceAccount?: string;
  /** Run on a schedule: a cron expression or the full schedule. */
  cron?: string | CronSchedule;
  /** At most this many steps at once. */
  parallelism?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  podGC?: NonNullable<WorkflowSpec['podGC']>['strategy'];
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  imagePullSecrets?: string[];
  /** Default retry policy of every step. */
  retry?: RetryInput;
  /** Default cache hint of every step. */
  cache?: CacheInput;
  /**
   * Settings every step takes unless it sets its own: a retry policy (give it here or as
   * `retry`, not both) and the three time limits, as the step options of the same names. Steps of
   * sub-workflows take them too; a sub-workflow call's own retry comes first for its body.
   */
  stepDefaults?: StepDefaultsInput;
  priority?: number;
  /** Delete the claims of createWorkflowVolume when the workflow ends, or only when it succeeds. */
  volumeClaimGC?: NonNullable<WorkflowSpec['volumeClaimGC']>['strategy'];
  /**
   * Labels and annotations of each run (Argo's `workflowMetadata`); `labelsFrom` labels a run
   * with a parameter's value, or a concat of text and parameters.
   */
  runMetadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; labelsFrom?: Record<string, ParameterHandle | Concat> };
  /** Keep at least `minAvailable` (or at most `maxUnavailable` away) of the workflow's pods through voluntary evictions: a count or a percentage. */
  podDisruptionBudget?: { minAvailable?: number | string; maxUnavailable?: number | string };
  /** Run the workflow's pods in the node's network namespace. */
  hostNetwork?: boolean;
  /** Mutexes and semaphores each run holds from its start to its end, shared with every workflow that names them. */
  synchronization?: Synchronization;
  /** When the stored objects of output artifacts are deleted: 'OnWorkflowCompletion', 'OnWorkflowDeletion' or 'Never'; an artifact's own artifactGC wins. */
  artifactGC?: ArtifactGCStrategy;
  /** Keep every step's container log as an artifact of the run (a step's archiveLogs wins). */
  archiveLogs?: boolean;
  /** The artifact repository of the run: a key of a ConfigMap in its namespace, instead of the cluster default. */
  artifactRepositoryRef?: { configMap: string; key: string };
  /**
   * Whether a failed step stops the scheduling of every other step (`true`), or lets the
   * branches that do not need it run to their end (`false`). Engines differ when it is unset.
   */
  failFast?: boolean;
  /** Start each run held: no step runs until it is resumed (Argo `suspend`, Tekton PipelineRunPending, Airflow's DAG paused when created). */
  startSuspended?: boolean;
  /** Prometheus metrics emitted when the workflow ends (Argo; the local engine records them with the run). */
  metrics?: MetricInput[];
  /**
   * Executor plugins this workflow brings along (Argo 4.1+ with ARGO_WORKFLOW_LEVEL_EXECUTOR_PLUGINS
   * on its controller): each a sidecar of Argo's agent pod, called by runPlugin with its
   * container's name.
   */
  executorPlugins?: ExecutorPlugin[];
}

/**
 * Each option, and the IR path it sets (spec fields unprefixed, as in error paths): the keys are
 * checked at run time, and an IR error on that path is located at the call that set it.
 */
const WORKFLOW_CONFIG_PATHS = {
  name: 'metadata.name',
  namespace: 'metadata.namespace',
  description: 'metadata.description',
  timeout: 'timeoutSeconds',
  timeToClean: 'ttl',
  ttl: 'ttl',
  serviceAccount: 'serviceAccount',
  cron: 'cron',
  parallelism: 'parallelism',
  labels: 'metadata.labels',
  annotations: 'metadata.annotations',
  podGC: 'podGC',
  nodeSelector: 'nodeSelector',
  tolerations: 'tolerations',
  imagePullSecrets: 'imagePullSecrets',
  retry: 'retry',
  cache: 'cache',
  stepDefaults: 'stepDefaults',
  priority: 'priority',
  ...(Object.fromEntries(Object.keys(POD_OPTION_KEYS).map((key) => [key, `pod.${key}`])) as Record<keyof typeof POD_OPTION_KEYS, string>),
  ...(Object.fromEntries(Object.keys(CONTAINER_RUNTIME_OPTION_KEYS).map((key) => [key, `pod.container.${key}`])) as Record<keyof typeof CONTAINER_RUNTIME_OPTION_KEYS, string>),
  podMetadata: 'podMetadata',
  volumeClaimGC: 'volumeClaimGC',
  runMetadata: 'runMetadata',
  podDisruptionBudget: 'podDisruptionBudget',
  hostNetwork: 'hostNetwork',
  synchronization: 'synchronization',
  artifactGC: 'artifactGC',
  archiveLogs: 'archiveLogs',
  artifactRepositoryRef: 'artifactRepositoryRef',
  failFast: 'failFast',
  startSuspended: 'suspend',
  metrics: 'metrics',
  executorPlugins: 'executorPlugins',
} as const satisfies Record<keyof WorkflowConfig, string>;
const EXECUTOR_PLUGIN_KEYS = { sidecar: true, automountServiceAccountToken: true } as const satisfies Record<keyof ExecutorPlugin, true>;
const REPOSITORY_REF_KEYS = { configMap: true, key: true } as const satisfies Record<keyof NonNullable<WorkflowConfig['artifactRepositoryRef']>, true>;

/** What `stepDefaults` takes: the step options whose defaults every engine can apply to one step. */
export interface StepDefaultsInput {
  retry?: RetryInput;
  timeout?: Duration;
  totalTimeout?: Duration;
  pendingTimeout?: Duration;
}
const STEP_DEFAULTS_KEYS = { retry: true, timeout: true, totalTimeout: true, pendingTimeout: true } as const satisfies Record<keyof StepDefaultsInput, true>;

const RUN_METADATA_KEYS = { labels: true, annotations: true, labelsFrom: true } as const satisfies Record<keyof NonNullable<WorkflowConfig['runMetadata']>, true>;
const BUDGET_KEYS = { minAvailable: true, maxUnavailable: true } as const satisfies Record<keyof NonNullable<WorkflowConfig['podDisruptionBudget']>, true>;

const TTL_KEYS = { afterCompletion: true, afterSuccess: true, afterFailure: true } as const satisfies Record<keyof NonNullable<WorkflowConfig['ttl']>, true>;

/** Sets workflow-wide settings; later calls override earlier ones field by field. */
export function configWorkflow(config: WorkflowConfig): void {
  const stack = captureCallSite();
  applyWorkflowConfig(currentBuilder('configWorkflow'), config, stack);
}

export function applyWorkflowConfig(builder: WorkflowBuilder, config: WorkflowConfig, stack: CapturedStack): void {
  if (typeof config !== 'object' || config === null) throw dslError('INVALID_DSL_USAGE', `configWorkflow() takes an options object; got ${describe(config)}.`);
  checkOptions('configWorkflow()', config, WORKFLOW_CONFIG_PATHS);
  checkOptions('configWorkflow({ ttl })', config.ttl, TTL_KEYS);
  checkOptions('configWorkflow({ runMetadata })', config.runMetadata, RUN_METADATA_KEYS);
  checkOptions('configWorkflow({ podDisruptionBudget })', config.podDisruptionBudget, BUDGET_KEYS);
  checkOptions('configWorkflow({ stepDefaults })', config.stepDefaults, STEP_DEFAULTS_KEYS);
  for (const key of Object.keys(config) as Array<keyof WorkflowConfig>) builder.noteSource(WORKFLOW_CONFIG_PATHS[key], stack);
  const spec = builder.spec;
  const metadata = builder.metadata;
  if (config.name !== undefined) metadata.name = workflowName(config.name);
  if (config.namespace !== undefined) metadata.namespace = config.namespace;
  if (config.description !== undefined) metadata.description = config.description;
  if (config.labels) metadata.labels = { ...metadata.labels, ...config.labels };
  if (config.annotations) metadata.annotations = { ...metadata.annotations, ...config.annotations };
  if (config.timeout !== undefined) spec.timeoutSeconds = toWholeSeconds(config.timeout, 'configWorkflow({ timeout })', 1);
  if (config.timeToClean !== undefined) spec.ttl = { ...spec.ttl, secondsAfterCompletion: toWholeSeconds(config.timeToClean, 'configWorkflow({ timeToClean })') };
  if (config.ttl) {
    const { afterCompletion, afterSuccess, afterFailure } = config.ttl;
    spec.ttl = {
      ...spec.ttl,
      ...(afterCompletion !== undefined && { secondsAfterCompletion: toWholeSeconds(afterCompletion, 'configWorkflow({ ttl.afterCompletion })') }),
      ...(afterSuccess !== undefined && { secondsAfterSuccess: toWholeSeconds(afterSuccess, 'configWorkflow({ ttl.afterSuccess })') }),
      ...(afterFailure !== undefined && { secondsAfterFailure: toWholeSeconds(afterFailure, 'configWorkflow({ ttl.afterFailure })') }),
    };
  }
  if (config.serviceAccount !== undefined) spec.serviceAccount = config.serviceAccount;
  if (config.cron !== undefined) spec.cron = typeof config.cron === 'string' ? { schedule: config.cron } : config.cron;
  if (config.parallelism !== undefined) {
    if (!Number.isInteger(config.parallelism) || config.parallelism < 1) throw dslError('INVALID_DSL_USAGE', `configWorkflow({ parallelism }) must be a whole number ≥ 1; got ${config.parallelism}.`);
    spec.parallelism = config.parallelism;
  }
  if (config.podGC !== undefined) spec.podGC = { strategy: config.podGC };
  if (config.nodeSelector) spec.nodeSelector = { ...config.nodeSelector };
  if (config.tolerations) spec.tolerations = [...(spec.tolerations ?? []), ...config.tolerations];
  if (config.imagePullSecrets) spec.imagePullSecrets = [...new Set([...(spec.imagePullSecrets ?? []), ...config.imagePullSecrets])];
  if (config.priority !== undefined) spec.priority = config.priority;
  const pod = toPodSpec(config);
  if (pod) spec.pod = { ...spec.pod, ...pod, ...((spec.pod?.container || pod.container) && { container: { ...spec.pod?.container, ...pod.container } }) };
  if (config.podMetadata) {
    checkOptions('configWorkflow({ podMetadata })', config.podMetadata, { labels: true, annotations: true });
    spec.podMetadata = {
      ...(spec.podMetadata?.labels || config.podMetadata.labels ? { labels: { ...spec.podMetadata?.labels, ...config.podMetadata.labels } } : {}),
      ...(spec.podMetadata?.annotations || config.podMetadata.annotations ? { annotations: { ...spec.podMetadata?.annotations, ...config.podMetadata.annotations } } : {}),
    };
  }
  if (config.startSuspended !== undefined) spec.suspend = config.startSuspended;
  if (config.metrics !== undefined) spec.metrics = toMetrics(config.metrics, 'configWorkflow');
  if (config.volumeClaimGC !== undefined) spec.volumeClaimGC = { strategy: config.volumeClaimGC };
  if (config.runMetadata) spec.runMetadata = toRunMetadata(config.runMetadata);
  if (config.podDisruptionBudget) spec.podDisruptionBudget = { ...config.podDisruptionBudget };
  if (config.hostNetwork !== undefined) spec.hostNetwork = config.hostNetwork;
  if (config.executorPlugins !== undefined) {
    if (!Array.isArray(config.executorPlugins)) throw dslError('INVALID_DSL_USAGE', `configWorkflow({ executorPlugins }) takes a list; got ${describe(config.executorPlugins)}.`);
    for (const plugin of config.executorPlugins) checkOptions('configWorkflow({ executorPlugins })', plugin, EXECUTOR_PLUGIN_KEYS);
    spec.executorPlugins = [...(spec.executorPlugins ?? []), ...config.executorPlugins.map((plugin) => structuredClone(plugin))];
  }
  if (config.synchronization !== undefined) spec.synchronization = toSynchronization(config.synchronization, 'configWorkflow');
  if (config.artifactGC !== undefined) spec.artifactGC = toArtifactGC(config.artifactGC, 'configWorkflow({ artifactGC })');
  if (config.archiveLogs !== undefined) spec.archiveLogs = config.archiveLogs;
  if (config.artifactRepositoryRef !== undefined) {
    checkOptions('configWorkflow({ artifactRepositoryRef })', config.artifactRepositoryRef, REPOSITORY_REF_KEYS);
    const { configMap, key } = config.artifactRepositoryRef;
    if (typeof configMap !== 'string' || configMap === '' || typeof key !== 'string' || key === '') {
      throw dslError('INVALID_DSL_USAGE', 'configWorkflow({ artifactRepositoryRef }) needs "configMap" and "key", both non-empty text.', {
        hint: "configWorkflow({ artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a' } })",
      });
    }
    spec.artifactRepositoryRef = { configMap, key };
  }
  if (config.failFast !== undefined) {
    if (typeof config.failFast !== 'boolean') throw dslError('INVALID_DSL_USAGE', `configWorkflow({ failFast }) takes true or false; got ${describe(config.failFast)}.`);
    spec.failFast = config.failFast;
  }
  if (config.retry !== undefined || config.cache !== undefined) {
    const defaults = new StepFields('configWorkflow').common({ retry: config.retry, cache: config.cache }).build();
    if (defaults.retry) spec.retry = defaults.retry;
    if (defaults.cache) spec.cache = defaults.cache;
  }
  if (config.stepDefaults !== undefined) spec.stepDefaults = toStepDefaults(config.stepDefaults);
}

function toStepDefaults(input: StepDefaultsInput): NonNullable<WorkflowSpec['stepDefaults']> {
  const { retry, timeoutSeconds, totalTimeoutSeconds, pendingTimeoutSeconds } = new StepFields('configWorkflow({ stepDefaults })').common(input).build();
  return {
    ...(retry && { retry }),
    ...(timeoutSeconds !== undefined && { timeoutSeconds }),
    ...(totalTimeoutSeconds !== undefined && { totalTimeoutSeconds }),
    ...(pendingTimeoutSeconds !== undefined && { pendingTimeoutSeconds }),
  };
}

function toRunMetadata(input: NonNullable<WorkflowConfig['runMetadata']>): RunMetadata {
  const labelsFrom: NonNullable<RunMetadata['labelsFrom']> = {};
  for (const [label, value] of Object.entries(input.labelsFrom ?? {})) {
    if (isParameterHandle(value)) labelsFrom[label] = value.toRef();
    else if (isConcat(value)) labelsFrom[label] = value;
    else throw dslError('TYPE_MISMATCH', `configWorkflow({ runMetadata.labelsFrom }) label "${label}" takes a parameter or a concat of text and parameters; got ${describe(value)}.`);
  }
  return {
    ...(input.labels && { labels: { ...input.labels } }),
    ...(input.annotations && { annotations: { ...input.annotations } }),
    ...(Object.keys(labelsFrom).length > 0 && { labelsFrom }),
  };
}

function workflowName(name: string): string {
  const label = typeof name === 'string' ? toDns1123Label(name) : '';
  if (!label) throw dslError('INVALID_NAME', `Workflow name ${JSON.stringify(name)} has no letters or digits to make a name from.`, { hint: 'Use lower-case letters, digits and "-", e.g. "train-mnist".' });
  return label;
}

export interface ParameterOptions {
  default?: Scalar;
  type?: (typeof PARAMETER_TYPES)[number];
  enum?: Scalar[];
  description?: string;
}

const PARAMETER_OPTION_KEYS = { default: true, type: true, enum: true, description: true } as const satisfies Record<keyof ParameterOptions, true>;

/**
 * Declares a workflow parameter, set when the workflow is submitted (`--param lr=0.1`), and
 * returns a handle to use in args, env and conditions.
 */
export function parameter(name: string, options: ParameterOptions = {}): ParameterHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('parameter');
  checkOptions('parameter()', options, PARAMETER_OPTION_KEYS);
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw dslError('INVALID_NAME', `Parameter name ${JSON.stringify(name)} is not an identifier.`, { hint: 'Use letters, digits, "_" and "-", starting with a letter, e.g. "learning_rate".' });
  }
  const declared = {
    name,
    ...(options.type !== undefined && { type: options.type }),
    ...(options.default !== undefined && { default: options.default }),
    ...(options.enum && { enum: options.enum }),
    ...(options.description !== undefined && { description: options.description }),
  };
  const existing = builder.parameters.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(declared)) {
    throw dslError('DUPLICATE_NAME', `Parameter "${name}" is declared twice with different settings.`);
  }
  builder.parameters.set(name, declared);
  builder.noteSource(`parameters.${name}`, stack);
  return new ParameterHandle(name);
}

/** Couler's `add_volume`: a volume steps can mount by name. */
export function addVolume(volume: Volume): void {
  const builder = currentBuilder('addVolume');
  builder.noteSource(`volumes.${volume?.name}`, captureCallSite());
  builder.spec.volumes = [...(builder.spec.volumes ?? []).filter((known) => known.name !== volume.name), volume];
}

/** Couler's `create_workflow_volume`: a claim created for this workflow run. */
export function createWorkflowVolume(template: VolumeClaimTemplate): void {
  const builder = currentBuilder('createWorkflowVolume');
  builder.noteSource(`volumeClaimTemplates.${template?.name}`, captureCallSite());
  builder.spec.volumeClaimTemplates = [...(builder.spec.volumeClaimTemplates ?? []).filter((known) => known.name !== template.name), template];
}

/** Couler's `add_toleration`. */
export function addToleration(toleration: Toleration): void {
  const builder = currentBuilder('addToleration');
  builder.noteSource('tolerations', captureCallSite());
  builder.spec.tolerations = [...(builder.spec.tolerations ?? []), toleration];
}

/** Couler's `add_image_pull_secret`. */
export function addImagePullSecret(name: string): void {
  const builder = currentBuilder('addImagePullSecret');
  builder.noteSource('imagePullSecrets', captureCallSite());
  builder.spec.imagePullSecrets = [...new Set([...(builder.spec.imagePullSecrets ?? []), name])];
}

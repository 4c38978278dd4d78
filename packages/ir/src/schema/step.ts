import * as z from 'zod';
import { MetricSchema } from './metric';
import { SynchronizationSchema } from './synchronization';
import { type ArtifactLocation, ArtifactLocationSchema, InputArtifactSchema, OutputArtifactSchema } from './artifact';
import {
  CacheHintSchema,
  ResourcesSchema,
  RetryPolicySchema,
  SecretKeyRefSchema,
  StringMapSchema,
  TolerationSchema,
  VolumeMountSchema,
  sortKeys,
} from './common';
import { ConditionSchema } from './condition';
import { PodSpecSchema, VolumeSchema } from './pod-spec';
import { MapSequenceSchema } from './map-sequence';
import { InputParameterSchema, OutputParameterSchema } from './parameter';
import { TuneSpecSchema } from './tune';
import { HookSchema } from './hook';
import { FieldRefSchema, ResourceFieldRefSchema } from './downward-api';
import { SubWorkflowArtifactArgumentSchema } from './sub-workflow-artifacts';
import { ConcatSchema, ParameterRefSchema, RefSchema, ScalarSchema, StepOutputRefSchema, ValueSchema, type Value } from './value';
import { DNS1123_LABEL_PATTERN } from './names';

/** One environment variable: a value (literal or reference), a secret key or a ConfigMap key. */
export const EnvVarSchema = z
  .strictObject({
    name: z.string().min(1),
    value: ValueSchema.optional(),
    secretKeyRef: SecretKeyRefSchema.optional(),
    configMapKeyRef: SecretKeyRefSchema.optional(),
    fieldRef: FieldRefSchema.optional(),
    resourceFieldRef: ResourceFieldRefSchema.optional(),
  })
  .meta({ id: 'EnvVar', description: 'Exactly one of value, secretKeyRef, configMapKeyRef, fieldRef, resourceFieldRef.' });
export type EnvVar = z.infer<typeof EnvVarSchema>;

export const EnvFromSchema = z
  .strictObject({
    secretRef: z.strictObject({ name: z.string().min(1) }).optional(),
    configMapRef: z.strictObject({ name: z.string().min(1) }).optional(),
    prefix: z.string().optional(),
  })
  .meta({ id: 'EnvFrom' });
export type EnvFrom = z.infer<typeof EnvFromSchema>;

/**
 * `map`: run the step once per item, in parallel (up to `parallelism`). Items are a literal
 * list, or the JSON list another step outputs or a workflow parameter holds. Inside the step,
 * `{ ref: 'item' }` is the current item. Any reference to the mapped step's outputs is the list
 * of every iteration's value (fan-in), in item order.
 */
export const MapLoopSchema = z
  .strictObject({
    items: z.array(z.union([ScalarSchema, z.record(z.string(), ScalarSchema).overwrite(sortKeys)])).optional(),
    from: z.union([StepOutputRefSchema, ParameterRefSchema]).optional(),
    sequence: MapSequenceSchema.optional(),
    parallelism: z.number().int().min(1).optional(),
  })
  .meta({ id: 'MapLoop', description: 'Exactly one of items, from, sequence.' });
export type MapLoop = z.infer<typeof MapLoopSchema>;

export const IMAGE_PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

/** Fields every kind of step has. */
const stepCommonShape = {
  name: z.string().meta({ description: 'Unique DNS-1123 label.' }),
  description: z.string().optional(),
  dependencies: z
    .array(z.string())
    .optional()
    .meta({ description: 'Steps that must finish first (besides those whose outputs this step reads).' }),
  depends: z
    .string()
    .optional()
    .meta({ description: 'Argo-style dependency expression, e.g. "train.Succeeded || fallback.Failed".' }),
  when: ConditionSchema.optional(),
  map: MapLoopSchema.optional(),
  inputs: z
    .strictObject({
      parameters: z.array(InputParameterSchema).optional(),
      artifacts: z.array(InputArtifactSchema).optional(),
    })
    .optional(),
  outputs: z
    .strictObject({
      parameters: z.array(OutputParameterSchema).optional(),
      artifacts: z.array(OutputArtifactSchema).optional(),
    })
    .optional(),
  env: z.array(EnvVarSchema).optional(),
  envFrom: z.array(EnvFromSchema).optional(),
  resources: ResourcesSchema.optional(),
  volumeMounts: z.array(VolumeMountSchema).optional(),
  retry: RetryPolicySchema.optional(),
  timeoutSeconds: z.number().int().min(1).optional(),
  totalTimeoutSeconds: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: "Time limit counted from the step's start, the time its pod is Pending included (Argo template `timeout`); `timeoutSeconds` counts running time only." }),
  pendingTimeoutSeconds: z.number().int().min(1).optional().meta({ description: 'Limit on the time the step waits Pending to be scheduled and started (Argo template `pendingTimeout`).' }),
  cache: CacheHintSchema.optional(),
  nodeSelector: StringMapSchema.optional(),
  tolerations: z.array(TolerationSchema).optional(),
  serviceAccount: z.string().optional(),
  labels: StringMapSchema.optional(),
  annotations: StringMapSchema.optional(),
  daemon: z.boolean().optional().meta({ description: 'Keeps running in the background (a server other steps use).' }),
  continueOn: z
    .strictObject({ failed: z.boolean().optional(), error: z.boolean().optional() })
    .optional()
    .meta({ description: 'Let dependants run even if this step fails.' }),
  pod: PodSpecSchema.optional().meta({ description: "Pod-spec controls of this step's pod; they replace the workflow's field by field." }),
  volumes: z.array(VolumeSchema).optional().meta({ description: "Volumes of this step's pod only, besides the workflow's." }),
  tune: TuneSpecSchema.optional().meta({ description: 'Hyperparameters a tuning pass may set, and the metric it optimizes.' }),
  synchronization: SynchronizationSchema.optional().meta({ description: 'Mutexes and semaphores this step holds while it runs.' }),
  archiveLogs: z.boolean().optional().meta({ description: "Keep this step's container log as an artifact (true) or not (false), whatever the workflow's archiveLogs." }),
  metrics: z.array(MetricSchema).optional().meta({ description: 'Prometheus metrics emitted when the step ends.' }),
  displayName: z.string().min(1).optional().meta({ description: "The step's name as engines' UIs show it (Argo's display-name annotation, Tekton's displayName); literal text." }),
  hook: HookSchema.optional().meta({ description: 'Makes the step a lifecycle hook of another step or of the workflow, run beside it, not in the DAG.' }),
};

/**
 * A container image: literal text (`python:3.12`), or chosen when the step runs, from a
 * reference or a concat (`{ concat: [{ ref: item, key: image }, ':', { ref: item, key: tag }] }`:
 * one image per map item). Literal text is never parsed for `{{…}}`.
 */
export const ImageSchema = z
  .union([z.string().min(1), RefSchema, ConcatSchema])
  .meta({ id: 'Image', description: 'Literal image text, or a reference or concat resolved when the step runs.' });
export type Image = z.infer<typeof ImageSchema>;

const containerBodyShape = {
  image: ImageSchema,
  command: z.array(z.string()).optional(),
  args: z.array(ValueSchema).optional(),
  workingDir: z.string().optional(),
  imagePullPolicy: z.enum(IMAGE_PULL_POLICIES).optional(),
};

export const ContainerStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('container'),
    container: z.strictObject(containerBodyShape),
  })
  .meta({ id: 'ContainerStep' });

/** A script: `source` is handed to `command` (the interpreter: python, bash, node, sh …). */
export const ScriptStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('script'),
    script: z.strictObject({ ...containerBodyShape, command: z.array(z.string()).min(1), source: z.string() }),
  })
  .meta({ id: 'ScriptStep' });

export const JOB_FRAMEWORKS = ['tensorflow', 'pytorch', 'mpi', 'xgboost'] as const;
export type JobFramework = (typeof JOB_FRAMEWORKS)[number];

export const JobReplicaSchema = z
  .strictObject({
    replicas: z.number().int().min(1),
    image: z.string().min(1).optional(),
    command: z.array(z.string()).optional(),
    args: z.array(ValueSchema).optional(),
    resources: ResourcesSchema.optional(),
    restartPolicy: z.enum(['Always', 'OnFailure', 'Never', 'ExitCode']).optional(),
  })
  .meta({ id: 'JobReplica' });
export type JobReplica = z.infer<typeof JobReplicaSchema>;

/**
 * Distributed training, engine-neutral: roles (`Chief`, `PS`, `Worker`, `Master`, `Launcher`,
 * `Evaluator`) with replica counts. Backends render it (Kubeflow TFJob/PyTorchJob/MPIJob/
 * XGBoostJob on Kubernetes) or refuse it with UNSUPPORTED_BY_BACKEND.
 */
export const JobStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('job'),
    job: z.strictObject({
      framework: z.enum(JOB_FRAMEWORKS),
      image: z.string().min(1),
      command: z.array(z.string()).optional(),
      args: z.array(ValueSchema).optional(),
      replicas: z.record(z.string(), JobReplicaSchema).overwrite(sortKeys),
      cleanPodPolicy: z.enum(['All', 'Running', 'None']).optional(),
      slotsPerWorker: z.number().int().min(1).optional(),
    }),
  })
  .meta({ id: 'JobStep' });

export const RESOURCE_ACTIONS = ['create', 'apply', 'delete', 'get', 'patch', 'replace'] as const;
/** A raw Kubernetes manifest (`runJob`): created, then watched until a condition holds. */
export const ResourceStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('resource'),
    resource: z.strictObject({
      action: z.enum(RESOURCE_ACTIONS),
      manifest: z.string().min(1).meta({ description: 'The manifest, as YAML or JSON text.' }),
      successCondition: z.string().optional(),
      failureCondition: z.string().optional(),
      setOwnerReference: z.boolean().optional(),
      mergeStrategy: z.enum(['strategic', 'merge', 'json']).optional(),
    }),
  })
  .meta({ id: 'ResourceStep' });

/** Waits for a duration, or until resumed by a person or an API call. */
export const SuspendStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('suspend'),
    suspend: z.strictObject({ durationSeconds: z.number().int().min(0).optional() }),
  })
  .meta({ id: 'SuspendStep' });

/**
 * Runs a template defined in another (Cluster)WorkflowTemplate, by name: a library of shared
 * steps kept on the cluster. `inputs.parameters` (with values) and `inputs.artifacts` (with
 * `from`) are its arguments; `outputs.parameters`, by name only, declare the outputs the
 * referenced template has, so later steps can read them. Engine-bound: only backends that
 * declare the `step.templateRef` construct (Argo) compile it.
 */
export const TemplateRefStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('templateRef'),
    templateRef: z.strictObject({
      name: z.string().min(1).meta({ description: 'Name of the WorkflowTemplate (or ClusterWorkflowTemplate).' }),
      template: z.string().min(1).meta({ description: 'Name of the template inside it.' }),
      clusterScope: z.boolean().optional().meta({ description: 'A ClusterWorkflowTemplate rather than a WorkflowTemplate.' }),
    }),
  })
  .meta({ id: 'TemplateRefStep' });

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One request header; the value may be a reference resolved when the step runs. */
export const HttpHeaderSchema = z
  .strictObject({
    name: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'an HTTP header name (a token: letters, digits, "-", …)'),
    value: ValueSchema,
  })
  .meta({ id: 'HttpHeader' });
export type HttpHeader = z.infer<typeof HttpHeaderSchema>;

/**
 * Sends one HTTP request, with no container (Argo's `http` template, run by its agent). The
 * response body is the step's `result`. Without `successCondition` the step succeeds on a 2xx
 * status; with it, on the condition, an Argo expression over `response.statusCode`,
 * `response.body`, `response.headers` (e.g. `response.statusCode == 201`). Engine-bound: only
 * backends that declare the `step.http` construct compile it.
 */
export const HttpStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('http'),
    http: z.strictObject({
      method: z.enum(HTTP_METHODS),
      url: ValueSchema.meta({ description: 'An http(s) URL: literal text, a reference or a concat.' }),
      headers: z.array(HttpHeaderSchema).optional(),
      body: ValueSchema.optional(),
      successCondition: z.string().min(1).optional(),
      timeoutSeconds: z.number().int().min(1).optional().meta({ description: 'Request timeout (Argo defaults to 30).' }),
    }),
  })
  .meta({ id: 'HttpStep' });

/**
 * A value in an executor plugin's configuration: JSON, where text may be a reference or a concat
 * resolved when the step runs (`{ ref: … }`, `{ concat: […] }`). An object with a "ref" or
 * "concat" key is always read as one of those, never as configuration. No null: Kubernetes
 * prunes or defaults nulls in a custom resource, so the plugin would not get what was written;
 * leave the key out instead.
 */
export type PluginConfigValue = Value | number | boolean | PluginConfigValue[] | { [key: string]: PluginConfigValue };

const looksLikeValueObject = (object: Record<string, unknown>) => typeof object.ref === 'string' || Array.isArray(object.concat);

export const PluginConfigValueSchema: z.ZodType<PluginConfigValue> = z
  .lazy(() =>
    z.union([
      ValueSchema,
      z.number(),
      z.boolean(),
      z.array(PluginConfigValueSchema),
      z
        .record(z.string(), PluginConfigValueSchema)
        .refine((object) => !looksLikeValueObject(object), 'an object with a "ref" or "concat" key is a reference or a concat, and this one is not a valid one'),
    ]),
  )
  .meta({ id: 'PluginConfigValue' });

/** Which plugin a plugin step calls, and with what. */
export interface PluginCall {
  name: string;
  config: Record<string, PluginConfigValue>;
}

// Typed by hand: the inferred type of the whole workflow would pass what TypeScript can write out.
export const PluginCallSchema: z.ZodType<PluginCall> = z
  .strictObject({
    name: z.string().max(63).regex(DNS1123_LABEL_PATTERN, 'a DNS-1123 label: lower-case letters, digits and "-"').meta({ description: 'The plugin, as installed.' }),
    config: z.record(z.string(), PluginConfigValueSchema).meta({ description: 'What the plugin is given; text may hold references.' }),
  })
  .meta({ id: 'PluginCall' });

/**
 * Calls an Argo executor plugin: a sidecar of Argo's agent pod, installed on the cluster (a
 * ConfigMap `<name>-executor-plugin`) or declared by the workflow (`spec.executorPlugins`),
 * that gets `config` and decides the step's result. No container of the step's own runs.
 * Engine-bound: only backends that declare the `step.plugin` construct compile it.
 */
export const PluginStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('plugin'),
    plugin: PluginCallSchema,
  })
  .meta({ id: 'PluginStep' });

/** One transformation of a data step's list: an expression of Argo's expr language over `data`. */
export const DataTransformationSchema = z
  .strictObject({
    expression: z
      .string()
      .min(1)
      .meta({ description: 'expr over `data`, the list so far (e.g. `filter(data, {# endsWith ".csv"})`); its value is the next `data`. Literal text.' }),
  })
  .meta({ id: 'DataTransformation' });
export type DataTransformation = z.infer<typeof DataTransformationSchema>;

/** What a data step lists, and how it transforms the list. */
export interface DataTemplate {
  source: { artifactPaths: ArtifactLocation };
  transformation: DataTransformation[];
}

// Typed by hand: the inferred type of the whole workflow would pass what TypeScript can write out.
export const DataTemplateSchema: z.ZodType<DataTemplate> = z
  .strictObject({
    source: z
      .strictObject({
        artifactPaths: ArtifactLocationSchema.meta({ description: 'The location whose files are listed: every object key under it.' }),
      })
      .meta({ description: 'Where the list comes from.' }),
    transformation: z.array(DataTransformationSchema).meta({ description: 'Applied in order; none gives the list itself.' }),
  })
  .meta({ id: 'DataTemplate' });

/**
 * Lists the files of an artifact location and transforms the list (Argo's `data` template): the
 * source's object keys, then each transformation in turn; the step's `result` is the last value
 * as JSON, a list a later step can `map` over. Added in v1alpha1: engine-bound, only backends that
 * declare the `step.data` construct compile it.
 */
export const DataStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('data'),
    data: DataTemplateSchema,
  })
  .meta({ id: 'DataStep' });

/** One container of a container set; `dependencies` name containers of the same set. */
export const ContainerSetContainerSchema = z
  .strictObject({
    name: z.string().meta({ description: 'Unique DNS-1123 label within the set; "main" holds the step\'s inputs and outputs.' }),
    image: z.string().min(1),
    command: z.array(z.string()).optional(),
    args: z.array(ValueSchema).optional(),
    workingDir: z.string().optional(),
    imagePullPolicy: z.enum(IMAGE_PULL_POLICIES).optional(),
    resources: ResourcesSchema.optional(),
    dependencies: z.array(z.string()).optional().meta({ description: 'Containers of this set that must finish first.' }),
  })
  .meta({ id: 'ContainerSetContainer' });
export type ContainerSetContainer = z.infer<typeof ContainerSetContainerSchema>;

/**
 * Several containers in one pod (Argo's `containerSet`), run in the order their dependencies
 * give, sharing the step's `volumeMounts` and `env`. The container named `main` is the one
 * whose files the step's inputs and outputs are, and whose standard output is `result`; a set
 * with inputs artifacts or outputs needs one. Engine-bound: only backends that declare the
 * `step.containerSet` construct compile it.
 */
export const ContainerSetStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('containerSet'),
    containerSet: z.strictObject({
      containers: z.array(ContainerSetContainerSchema).min(1),
    }),
  })
  .meta({ id: 'ContainerSetStep' });

/**
 * Calls a sub-workflow defined in `spec.subWorkflows`, by name: one definition, any number of
 * calls. As for a templateRef step, `inputs.parameters` (with values) are the call's arguments,
 * and `outputs.parameters` (by name only) repeat the definition's outputs so that later steps
 * can read them. With `map`, the whole body runs once per item and each output is the list of
 * every iteration's value. Opt-in construct `step.subWorkflow`.
 */
export const SubWorkflowCallStepSchema = z
  .strictObject({
    ...stepCommonShape,
    kind: z.literal('subWorkflow'),
    subWorkflow: z.strictObject({
      name: z.string().min(1).meta({ description: 'Name of a definition in spec.subWorkflows.' }),
      artifacts: z
        .array(SubWorkflowArtifactArgumentSchema)
        .optional()
        .meta({ description: "The call's artifact arguments, one per input artifact of the definition (added in v1alpha1: optional)." }),
      outputArtifacts: z
        .array(z.string().min(1))
        .optional()
        .meta({ description: "Output artifacts of the definition this call returns, by name, for later steps to read as this step's artifacts (added in v1alpha1: optional)." }),
    }),
  })
  .meta({ id: 'SubWorkflowCallStep' });

/** The container of a container set that holds the step's inputs, outputs and result. */
export const CONTAINER_SET_MAIN = 'main';

export const STEP_KINDS = ['container', 'script', 'job', 'resource', 'suspend', 'templateRef', 'http', 'containerSet', 'subWorkflow', 'plugin', 'data'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const StepUnionSchema = z
  .discriminatedUnion('kind', [
    ContainerStepSchema,
    ScriptStepSchema,
    JobStepSchema,
    ResourceStepSchema,
    SuspendStepSchema,
    TemplateRefStepSchema,
    HttpStepSchema,
    ContainerSetStepSchema,
    SubWorkflowCallStepSchema,
    PluginStepSchema,
    DataStepSchema,
  ])
  .meta({ id: 'Step' });

export type ContainerStep = z.infer<typeof ContainerStepSchema>;
export type ScriptStep = z.infer<typeof ScriptStepSchema>;
export type JobStep = z.infer<typeof JobStepSchema>;
export type ResourceStep = z.infer<typeof ResourceStepSchema>;
export type SuspendStep = z.infer<typeof SuspendStepSchema>;
export type TemplateRefStep = z.infer<typeof TemplateRefStepSchema>;
export type HttpStep = z.infer<typeof HttpStepSchema>;
export type ContainerSetStep = z.infer<typeof ContainerSetStepSchema>;
export type SubWorkflowCallStep = z.infer<typeof SubWorkflowCallStepSchema>;
export type PluginStep = z.infer<typeof PluginStepSchema>;
export type DataStep = z.infer<typeof DataStepSchema>;
export type Step = z.infer<typeof StepUnionSchema>;

/**
 * One step of any kind. Typed by its output alone: the workflow holds steps in several places
 * (main steps, exit handler, sub-workflow bodies), and with the whole inferred type of a step
 * in each, the workflow's type passed what TypeScript can write out in a declaration file.
 */
export const StepSchema: z.ZodType<Step> = StepUnionSchema;

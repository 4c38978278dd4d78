import { z } from 'zod';
import { InputArtifactSchema, OutputArtifactSchema } from './artifact';
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
import { InputParameterSchema, OutputParameterSchema } from './parameter';
import { ParameterRefSchema, ScalarSchema, StepOutputRefSchema, ValueSchema } from './value';

/** One environment variable: a value (literal or reference), a secret key or a ConfigMap key. */
export const EnvVarSchema = z
  .strictObject({
    name: z.string().min(1),
    value: ValueSchema.optional(),
    secretKeyRef: SecretKeyRefSchema.optional(),
    configMapKeyRef: SecretKeyRefSchema.optional(),
  })
  .meta({ id: 'EnvVar', description: 'Exactly one of value, secretKeyRef, configMapKeyRef.' });
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
    parallelism: z.number().int().min(1).optional(),
  })
  .meta({ id: 'MapLoop', description: 'Exactly one of items, from.' });
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
};

const containerBodyShape = {
  image: z.string().min(1),
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

export const STEP_KINDS = ['container', 'script', 'job', 'resource', 'suspend'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const StepSchema = z
  .discriminatedUnion('kind', [
    ContainerStepSchema,
    ScriptStepSchema,
    JobStepSchema,
    ResourceStepSchema,
    SuspendStepSchema,
  ])
  .meta({ id: 'Step' });

export type ContainerStep = z.infer<typeof ContainerStepSchema>;
export type ScriptStep = z.infer<typeof ScriptStepSchema>;
export type JobStep = z.infer<typeof JobStepSchema>;
export type ResourceStep = z.infer<typeof ResourceStepSchema>;
export type SuspendStep = z.infer<typeof SuspendStepSchema>;
export type Step = z.infer<typeof StepSchema>;

import * as z from 'zod';
import { MetricSchema } from './metric';
import { DatasetSchema } from './dataset';
import { ArtifactGCStrategySchema, ArtifactRepositoryRefSchema } from './artifact';
import { CacheHintSchema, RetryPolicySchema, StringMapSchema, TolerationSchema } from './common';
import { GroupSchema } from './group';
import { type PodContainer, PodContainerSchema, PodMetadataSchema, PodSpecSchema, VolumeSchema } from './pod-spec';
import { WorkflowParameterSchema } from './parameter';
import { StepSchema } from './step';
import { StepDefaultsSchema } from './step-defaults';
import { SubWorkflowSchema } from './sub-workflow';
import { SynchronizationSchema } from './synchronization';
import { WorkflowOutputArtifactSchema, WorkflowOutputParameterSchema } from './workflow-output';
import { PodDisruptionBudgetSchema, RunMetadataSchema, VolumeClaimGCSchema } from './workflow-run-settings';

export { WorkflowOutputArtifactSchema, WorkflowOutputParameterSchema, type WorkflowOutputArtifact, type WorkflowOutputParameter } from './workflow-output';

/** The IR version this package reads and writes. Breaking changes get a new version. */
export const IR_API_VERSION = 'couler.dev/v1alpha1';
export const IR_KIND = 'Workflow';

export const VolumeClaimTemplateSchema = z
  .strictObject({
    name: z.string().min(1),
    accessModes: z.array(z.enum(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'])).min(1),
    storage: z.string().min(1),
    storageClassName: z.string().optional(),
  })
  .meta({ id: 'VolumeClaimTemplate' });
export type VolumeClaimTemplate = z.infer<typeof VolumeClaimTemplateSchema>;

/** A Secret the workflow reads, by name and keys. Values never enter the IR. */
export const SecretDeclarationSchema = z
  .strictObject({ name: z.string().min(1), keys: z.array(z.string().min(1)).min(1) })
  .meta({ id: 'SecretDeclaration' });
export type SecretDeclaration = z.infer<typeof SecretDeclarationSchema>;

export const CronScheduleSchema = z
  .strictObject({
    schedule: z.string().min(1).meta({ description: 'Cron expression, e.g. "0 3 * * *".' }),
    timezone: z.string().optional(),
    concurrencyPolicy: z.enum(['Allow', 'Forbid', 'Replace']).optional(),
    startingDeadlineSeconds: z.number().int().min(0).optional(),
    suspend: z.boolean().optional(),
    successfulJobsHistoryLimit: z.number().int().min(0).optional(),
    failedJobsHistoryLimit: z.number().int().min(0).optional(),
  })
  .meta({ id: 'CronSchedule' });
export type CronSchedule = z.infer<typeof CronScheduleSchema>;

/**
 * An executor plugin declared by the workflow (Argo 4.1+, with ARGO_WORKFLOW_LEVEL_EXECUTOR_PLUGINS
 * on the controller): a container Argo runs beside its agent, answering the agent's calls on its
 * port. Plugin steps name it by the container's name.
 */
export interface ExecutorPlugin {
  sidecar: PodContainer;
  automountServiceAccountToken?: boolean | undefined;
}

// Typed by hand: the inferred type of the whole workflow would pass what TypeScript can write out.
export const ExecutorPluginSchema: z.ZodType<ExecutorPlugin> = z
  .strictObject({
    sidecar: PodContainerSchema,
    automountServiceAccountToken: z.boolean().optional().meta({ description: 'Mount the token of the service account <name>-executor-plugin into the sidecar.' }),
  })
  .meta({ id: 'ExecutorPlugin' });

export const WorkflowSpecSchema = z
  .strictObject({
    parameters: z.array(WorkflowParameterSchema).optional(),
    steps: z.array(StepSchema),
    groups: z.array(GroupSchema).optional(),
    subWorkflows: z
      .array(SubWorkflowSchema)
      .optional()
      .meta({ description: 'Reusable groups of steps, called by subWorkflow steps (added in v1alpha1 without a version bump: optional).' }),
    onExit: z
      .array(StepSchema)
      .optional()
      .meta({ description: 'Steps run when the workflow ends, whatever its status (exit handler).' }),
    outputs: z
      .strictObject({
        parameters: z.array(WorkflowOutputParameterSchema).optional(),
        artifacts: z
          .array(WorkflowOutputArtifactSchema)
          .optional()
          .meta({ description: 'Files the workflow returns (added in v1alpha1 without a version bump: optional).' }),
      })
      .optional()
      .meta({ description: 'What the workflow returns once its main steps are done.' }),
    parallelism: z.number().int().min(1).optional(),
    timeoutSeconds: z.number().int().min(1).optional(),
    ttl: z
      .strictObject({
        secondsAfterCompletion: z.number().int().min(0).optional(),
        secondsAfterSuccess: z.number().int().min(0).optional(),
        secondsAfterFailure: z.number().int().min(0).optional(),
      })
      .optional(),
    podGC: z
      .strictObject({
        strategy: z.enum(['OnPodCompletion', 'OnPodSuccess', 'OnWorkflowCompletion', 'OnWorkflowSuccess']),
      })
      .optional(),
    serviceAccount: z.string().optional(),
    cron: CronScheduleSchema.optional(),
    secrets: z.array(SecretDeclarationSchema).optional(),
    datasets: z
      .array(DatasetSchema)
      .optional()
      .meta({ description: 'Input data synced once and read by many steps (input artifacts with `dataset`; added in v1alpha1 without a version bump: optional).' }),
    volumes: z.array(VolumeSchema).optional(),
    volumeClaimTemplates: z.array(VolumeClaimTemplateSchema).optional(),
    nodeSelector: StringMapSchema.optional(),
    tolerations: z.array(TolerationSchema).optional(),
    imagePullSecrets: z.array(z.string().min(1)).optional(),
    retry: RetryPolicySchema.optional().meta({ description: 'Default retry policy of every step (the same as stepDefaults.retry; give one of the two).' }),
    stepDefaults: StepDefaultsSchema.optional().meta({ description: "Retry and time limits of every step that sets none of its own (added in v1alpha1 without a version bump: optional)." }),
    cache: CacheHintSchema.optional().meta({ description: 'Default cache hint of every step.' }),
    priority: z.number().int().optional(),
    pod: PodSpecSchema.optional().meta({ description: "Pod-spec controls of every step's pod; a step's own replace them field by field." }),
    podMetadata: PodMetadataSchema.optional().meta({ description: 'Labels and annotations of every pod the workflow runs.' }),
    volumeClaimGC: VolumeClaimGCSchema.optional(),
    runMetadata: RunMetadataSchema.optional(),
    podDisruptionBudget: PodDisruptionBudgetSchema.optional(),
    hostNetwork: z.boolean().optional().meta({ description: "Run the workflow's pods in the node's network namespace." }),
    suspend: z.boolean().optional().meta({ description: 'Start each run held: no step runs until it is resumed.' }),
    metrics: z.array(MetricSchema).optional().meta({ description: 'Prometheus metrics emitted when the workflow ends.' }),
    synchronization: SynchronizationSchema.optional().meta({ description: 'Mutexes and semaphores the whole run holds, from start to end.' }),
    artifactGC: ArtifactGCStrategySchema.optional().meta({ description: "When every output artifact's stored object is deleted, unless the artifact sets its own." }),
    archiveLogs: z.boolean().optional().meta({ description: "Keep every step's container log as an artifact of the run." }),
    artifactRepositoryRef: ArtifactRepositoryRefSchema.optional().meta({ description: 'The artifact repository of the run, instead of the cluster default.' }),
    executorPlugins: z
      .array(ExecutorPluginSchema)
      .optional()
      .meta({ description: "Executor plugins this workflow brings along, run as sidecars of Argo's agent pod; plugin steps call them by their container's name." }),
    failFast: z
      .boolean()
      .optional()
      .meta({ description: 'Whether a failed step stops the scheduling of every other step (true) or lets independent branches run on (false). Engines differ by default.' }),
  })
  .meta({ id: 'WorkflowSpec' });
/**
 * Interfaces, not aliases of the inferred types: TypeScript writes an interface by its name
 * wherever a user's code exports a workflow (`export default workflow(…)`), and an alias of an
 * inferred type in full, which for a type this large is more than it can write out.
 */
export interface WorkflowSpec extends z.infer<typeof WorkflowSpecSchema> {}

export const WorkflowSchema = z
  .strictObject({
    apiVersion: z.literal(IR_API_VERSION),
    kind: z.literal(IR_KIND),
    metadata: z.strictObject({
      name: z.string(),
      namespace: z.string().optional(),
      description: z.string().optional(),
      labels: StringMapSchema.optional(),
      annotations: StringMapSchema.optional(),
    }),
    spec: WorkflowSpecSchema,
  })
  .meta({
    id: 'Workflow',
    title: 'Couler workflow IR',
    description: 'An engine-neutral machine-learning workflow: a DAG of steps plus control flow.',
  });
export interface Workflow extends z.infer<typeof WorkflowSchema> {
  spec: WorkflowSpec;
}

import {
  assertCompilable,
  emitKubernetesYaml,
  toDns1123Label,
  type BackendV1,
  type BackendV1CompileOptions,
  type BackendV1CompileResult,
  type Construct,
  type Workflow,
} from '@couler/ir';
import { resolveArgoCompileOptions, type ArgoCompileOptions } from './argo-compile-options';
import { compileToArgo } from './compile/compile-to-argo';
import { emitArgoYaml } from './emit/emit-argo-yaml';
import { createArgoServerMethods, type ArgoServerSettings } from './server/argo-server-methods';
import { assertValidArgoDocument } from './validate/assert-valid-argo-document';

/**
 * Every construct of `@couler/ir` v1 that Argo expresses. Listed one by one rather than "all",
 * so a construct added to the IR later is refused until this backend knows how to write it.
 * `step.http` becomes an `http` template, which Argo's agent runs: the workflow's service
 * account needs RBAC on `workflowtasksets` (see the README). `step.containerSet` becomes a
 * `containerSet` template, several containers in one pod.
 */
export const ARGO_CAPABILITIES = [
  'step.container', 'step.script', 'step.job', 'step.resource', 'step.suspend',
  'when', 'map.items', 'map.from', 'map.sequence', 'map.sequence.from', 'workflow.volume-claim-gc', 'workflow.run-metadata', 'workflow.pod-disruption-budget', 'workflow.host-network', 'workflow.suspend', 'metrics', 'step.total-timeout', 'step.pending-timeout', 'step.display-name', 'synchronization', 'hook.exit', 'hook.status', 'workflow.fail-fast', 'step.plugin', 'workflow.executor-plugins', 'step.data', 'artifact.plugin', 'concurrent', 'while', 'dependencies', 'depends-expression', 'exit-handler',
  'retry', 'retry.backoff', 'timeout', 'resources', 'resources.gpu',
  'env.secret', 'env.config-map', 'env-from', 'volume-mounts', 'node-selector', 'tolerations',
  'cache', 'daemon', 'continue-on',
  'input-parameters', 'output-parameters', 'global-outputs', 'input-artifacts', 'output-artifacts',
  'artifact.s3', 'artifact.oss', 'artifact.gcs', 'artifact.azure', 'artifact.artifactory', 'artifact.hdfs', 'artifact.git', 'artifact.http', 'artifact.raw',
  'workflow.parameters', 'workflow.parallelism', 'workflow.timeout', 'workflow.cron', 'workflow.ttl',
  'workflow.pod-gc', 'workflow.volumes', 'workflow.service-account', 'workflow.image-pull-secrets', 'workflow.priority',
  // Opt-in constructs (OPT_IN_CONSTRUCTS), named here because Argo expresses them.
  'step.templateRef', 'workflow.outputs', 'workflow.output-artifacts', 'image.reference', 'retry.backoff.cap', 'step.http', 'step.containerSet', 'step.subWorkflow',
  // stepStatus: 'Failed' only (workflow.failures); the other statuses are refused by name.
  'condition.membership', 'condition.step-status', 'exit-handler.main-outputs',
  // A dataset is a PersistentVolumeClaim (written beside the workflow) and a sync step: see lowerDatasets.
  'dataset',
  'artifact.gc', 'artifact.compression-level', 'artifact.mode', 'artifact.sub-path', 'archive-logs', 'workflow.artifact-repository-ref',
] as const satisfies ReadonlyArray<Construct>;

/** Settings of an Argo backend instance; a compile's `options.settings` override them. */
export interface ArgoBackendSettings extends ArgoCompileOptions {
  /**
   * Check every emitted document against Argo's JSON Schema (closed objects, as `argo lint
   * --strict`) and its semantic rules before returning it (default false: the schema takes
   * about a second to load).
   */
  readonly validate?: boolean;
  /**
   * How `doSubmit`, `doStatus` and `doLogs` reach the Argo Server: default server, namespace and
   * token (else `ARGO_SERVER`, `ARGO_NAMESPACE`, `ARGO_TOKEN`), a `fetch`, a timeout.
   */
  readonly server?: ArgoServerSettings;
}

/**
 * A Couler backend for Argo Workflows: `doCompile` writes `<workflow>.argo.yaml` holding one
 * Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow; `doSubmit` creates it
 * through the Argo Server's REST API, `doStatus` and `doLogs` follow the workflow there.
 *
 * @throws CoulerError a structural error for a value that is not a workflow, the validation
 *   errors of an invalid one, `UNSUPPORTED_BY_BACKEND` for what Argo cannot express,
 *   `INVALID_FIELD` for a bad setting, and with `validate` the problems Argo would report.
 */
export function createArgoBackend(backendSettings: ArgoBackendSettings = {}): BackendV1 {
  const { server, ...settings } = backendSettings;
  resolveArgoCompileOptions(settings as Record<string, unknown>, ['settings']);
  return {
    ...createArgoServerMethods(server),
    specificationVersion: 'v1',
    backendId: 'argo',
    capabilities: ARGO_CAPABILITIES,
    async doCompile(workflow: Workflow, options: BackendV1CompileOptions): Promise<BackendV1CompileResult> {
      assertCompilable(workflow, { backendId: 'argo', capabilities: ARGO_CAPABILITIES });
      const merged = { ...settings, ...options.settings } as Record<string, unknown>;
      // The document is checked against the schema of the release it is written for.
      const { argoVersion } = resolveArgoCompileOptions(merged, ['settings']);
      const { validate, ...compileOptions } = merged;
      const { document, configMaps, claims, datasetResources, warnings } = compileToArgo(workflow, compileOptions as ArgoCompileOptions);
      if (validate === true) assertValidArgoDocument(document, { argoVersion });
      // Validated names are DNS-1123 labels already; this keeps any name inside the output directory.
      const fileName = toDns1123Label(workflow.metadata.name) || 'workflow';
      const files = [{ path: `${fileName}.argo.yaml`, contents: emitArgoYaml(document) }];
      // Kept out of the Workflow's file, which `couler submit` posts to the Argo Server as one object.
      if (configMaps.length > 0) files.push({ path: `${fileName}.semaphores.yaml`, contents: emitKubernetesYaml(configMaps) });
      // The claims outlive every run (the synced copy is what later runs reuse): applied once, like the semaphores.
      if (claims.length > 0) files.push({ path: `${fileName}.datasets.yaml`, contents: emitKubernetesYaml([...claims, ...datasetResources]) });
      return { files, warnings };
    },
  };
}

/** The default instance: Workflows of DAG templates, not validated against the schema. */
export const argo: BackendV1 = createArgoBackend();

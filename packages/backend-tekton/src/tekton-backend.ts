import {
  emitKubernetesYaml,
  assertCompilable,
  expandLiteralSequences,
  toDns1123Label,
  type BackendV1,
  type BackendV1CompileOptions,
  type BackendV1CompileResult,
  type Construct,
  type Workflow,
} from '@couler/ir';
import { compileToTekton } from './compile/compile-to-tekton';
import { withTektonHints } from './compile/tekton-refusal-hints';
import { emitTektonYaml } from './emit/emit-tekton-yaml';
import { doLogsTekton } from './submit/tekton-logs';
import { doStatusTekton, doSubmitTekton } from './submit/tekton-runs';
import { resolveTektonCompileOptions, type TektonCompileOptions } from './tekton-compile-options';
import { assertValidTektonDocuments } from './validate/assert-valid-tekton-documents';

/**
 * Every construct of `@couler/ir` v1 that Tekton expresses. Listed one by one, so a construct
 * added to the IR later is refused until this backend knows how to write it. Left out: cache
 * hints (Tekton has no memoization), daemon steps, `depends` expressions, retry backoff,
 * workflow parallelism, cron, TTL, pod GC and priority. Artifact locations are all listed: the
 * compiler moves them with the transfer tool, and refuses (naming the artifact) the ones that
 * tool cannot move.
 */
export const TEKTON_CAPABILITIES = [
  'step.container', 'step.script', 'step.job', 'step.resource', 'step.suspend',
  'when', 'map.items', 'map.from', 'map.sequence', 'concurrent', 'while', 'dependencies', 'exit-handler',
  'retry', 'timeout', 'resources', 'resources.gpu',
  'env.secret', 'env.config-map', 'env-from', 'volume-mounts', 'node-selector', 'tolerations',
  'continue-on', 'input-parameters', 'output-parameters', 'global-outputs', 'input-artifacts', 'output-artifacts', 'artifact.raw',
  'artifact.s3', 'artifact.oss', 'artifact.gcs', 'artifact.hdfs', 'artifact.git', 'artifact.http',
  'workflow.parameters', 'workflow.timeout', 'workflow.volumes', 'workflow.service-account', 'workflow.image-pull-secrets',
  'workflow.outputs', 'workflow.host-network', 'workflow.suspend', 'step.total-timeout', 'step.display-name', 'condition.membership', 'condition.step-status', 'exit-handler.main-outputs',
  'step.subWorkflow',
  // A finally task (after every task, not right after the step) guarded by the step's status: see lowerExitHooks.
  'hook.exit',
  // A dataset is a PersistentVolumeClaim (written beside the run) and a sync task: see lowerDatasets.
  'dataset',
] as const satisfies ReadonlyArray<Construct>;

/** Settings of a Tekton backend instance; a call's `options.settings` override them. */
export interface TektonBackendSettings extends TektonCompileOptions {
  /**
   * Check every emitted document against Tekton's CRD schemas and admission webhook rules before
   * returning it (default false: the schemas take a few seconds to compile).
   */
  readonly validate?: boolean;
  /** For `doSubmit`/`doStatus`/`doLogs`: a kubeconfig file (default: `$KUBECONFIG`, `~/.kube/config`, or in-cluster). */
  readonly kubeconfig?: string;
  /** For `doSubmit`/`doStatus`/`doLogs`: a kubeconfig's YAML text, instead of a file. */
  readonly kubeconfigYaml?: string;
  /** For `doSubmit`/`doStatus`/`doLogs`: the kubeconfig context to use (default: its current context). */
  readonly context?: string;
}

/**
 * A Couler backend for Tekton Pipelines v1: `doCompile` writes `<workflow>.tekton.yaml` holding
 * the Tasks (separate style), the Pipeline and a PipelineRun; `doSubmit` creates them through the
 * Kubernetes API, `doStatus` reads the PipelineRun and its TaskRuns, and `doLogs` their pods' logs.
 *
 * @throws CoulerError a structural error for a value that is not a workflow, the validation
 *   errors of an invalid one, `UNSUPPORTED_BY_BACKEND` for what Tekton cannot express,
 *   `INVALID_FIELD` for a bad setting, and with `validate` the problems Tekton would report.
 */
/**
 * failFast: true is what a PipelineRun does anyway (once a task fails it schedules no new one,
 * and the running ones finish), so it is accepted as is; false has no Tekton equivalent.
 */
function capabilitiesFor(workflow: unknown): ReadonlyArray<Construct> {
  const failFast = (workflow as Partial<Workflow> | null)?.spec?.failFast;
  return failFast === true ? [...TEKTON_CAPABILITIES, 'workflow.fail-fast'] : TEKTON_CAPABILITIES;
}

export function createTektonBackend(settings: TektonBackendSettings = {}): BackendV1 {
  resolveTektonCompileOptions(settings as Record<string, unknown>, ['settings']);
  return {
    specificationVersion: 'v1',
    backendId: 'tekton',
    capabilities: TEKTON_CAPABILITIES,
    async doCompile(workflow: Workflow, options: BackendV1CompileOptions): Promise<BackendV1CompileResult> {
      try {
        assertCompilable(workflow, { backendId: 'tekton', capabilities: capabilitiesFor(workflow) });
      } catch (error) {
        throw withTektonHints(error, workflow as Workflow);
      }
      resolveTektonCompileOptions(options.settings ?? {}, ['settings']);
      const { validate, kubeconfig: _kubeconfig, kubeconfigYaml: _kubeconfigYaml, context: _context, ...compileOptions } = { ...settings, ...options.settings } as TektonBackendSettings;
      // A sequence of known numbers is a matrix over those numbers; one a run decides is refused
      // above ("map.sequence.from"): a matrix reads a result array, and no Tekton field turns a number into a list.
      const { documents, warnings, claims, datasetResources } = compileToTekton(expandLiteralSequences(workflow), compileOptions);
      if (validate === true) assertValidTektonDocuments(documents, { enableCelInWhenExpression: compileOptions.cel === true });
      const fileName = toDns1123Label(workflow.metadata.name) || 'workflow';
      const files = [{ path: `${fileName}.tekton.yaml`, contents: emitTektonYaml(documents) }];
      // The claims outlive every run (the synced copy is what later runs reuse): applied once, kept out of the run's file.
      if (claims?.length) files.push({ path: `${fileName}.datasets.yaml`, contents: emitKubernetesYaml([...claims, ...(datasetResources ?? [])]) });
      return { files, warnings };
    },
    doSubmit: (compiled, options) => doSubmitTekton(compiled, options, settings),
    doStatus: (run, options) => doStatusTekton(run, options, settings),
    doLogs: (run, options) => doLogsTekton(run, options, settings),
  };
}

/** The default instance: embedded task specs, a Pipeline plus a PipelineRun, not validated. */
export const tekton: BackendV1 = createTektonBackend();

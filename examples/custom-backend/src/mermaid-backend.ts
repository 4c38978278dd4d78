import {
  assertSupported,
  CoulerError,
  structuralErrors,
  throwIfErrors,
  toDns1123Label,
  WorkflowSchema,
  type BackendV1,
  type BackendV1CompileOptions,
  type BackendV1CompileResult,
  type Construct,
  type Workflow,
} from '@couler/ir';
import { toMermaidFlowchart, type MermaidDirection } from './to-mermaid-flowchart';

export interface MermaidBackendSettings {
  /** Which way the flowchart runs: top-down (`TD`, the default) or left-to-right (`LR`). */
  readonly direction?: MermaidDirection;
}

/**
 * What a flowchart can draw: every construct of `@couler/ir` v1 but one. A `depends` expression
 * (`train.Failed || fallback.Succeeded`) is boolean logic over step results; a flowchart shows
 * every incoming arrow as "after all of these", so drawing `||` or `.Failed` as plain arrows would
 * state the wrong workflow. Refusing it is the honest choice (DESIGN.md: never silently wrong).
 *
 * Listed one by one rather than "all but one", so that a construct added to the IR later is
 * refused until this backend has decided how to draw it.
 */
export const MERMAID_CAPABILITIES = [
  'step.container', 'step.script', 'step.job', 'step.resource', 'step.suspend',
  'when', 'map.items', 'map.from', 'concurrent', 'while', 'dependencies', 'exit-handler',
  'retry', 'retry.backoff', 'timeout', 'resources', 'resources.gpu',
  'env.secret', 'env.config-map', 'env-from', 'volume-mounts', 'node-selector', 'tolerations',
  'cache', 'daemon', 'continue-on',
  'input-parameters', 'output-parameters', 'global-outputs', 'input-artifacts', 'output-artifacts',
  'artifact.s3', 'artifact.oss', 'artifact.gcs', 'artifact.hdfs', 'artifact.git', 'artifact.http', 'artifact.raw',
  'workflow.parameters', 'workflow.parallelism', 'workflow.timeout', 'workflow.cron', 'workflow.ttl',
  'workflow.pod-gc', 'workflow.volumes', 'workflow.service-account', 'workflow.image-pull-secrets', 'workflow.priority',
] as const satisfies ReadonlyArray<Construct>;

const DIRECTIONS: ReadonlyArray<unknown> = ['TD', 'LR'] satisfies MermaidDirection[];

function checkDirection(value: unknown, path: ReadonlyArray<string>): MermaidDirection {
  if (DIRECTIONS.includes(value)) return value as MermaidDirection;
  throw new CoulerError('INVALID_FIELD', `The mermaid backend's direction must be "TD" or "LR", not ${JSON.stringify(value)}.`, {
    path,
    hint: 'Use "TD" for top-down or "LR" for left-to-right.',
  });
}

/**
 * A Couler backend that draws a workflow's DAG as a Mermaid flowchart (`<workflow>.mmd`): one
 * node per step (name, kind, image, fan-out), arrows for data and explicit dependencies, dotted
 * arrows labelled with the condition into `when` steps, a subgraph per group and one for the
 * exit handler. `options.settings.direction` of a compile overrides `settings.direction`.
 *
 * @throws CoulerError `INVALID_FIELD` for a direction other than `TD` or `LR`, a structural
 *   error (`INVALID_FIELD`, `INVALID_WORKFLOW`) for a value that is not a workflow, and
 *   `UNSUPPORTED_BY_BACKEND` for a `depends` expression.
 */
export function createMermaidBackend(settings: MermaidBackendSettings = {}): BackendV1 {
  const direction = settings.direction === undefined ? 'TD' : checkDirection(settings.direction, ['direction']);
  return {
    specificationVersion: 'v1',
    backendId: 'mermaid',
    capabilities: MERMAID_CAPABILITIES,
    async doCompile(workflow: Workflow, options: BackendV1CompileOptions): Promise<BackendV1CompileResult> {
      // Callers validate first; a malformed value still gets a located CoulerError, not a crash.
      const shape = WorkflowSchema.safeParse(workflow);
      if (!shape.success) throwIfErrors(structuralErrors(workflow, shape.error.issues));
      assertSupported(workflow, { backendId: 'mermaid', capabilities: MERMAID_CAPABILITIES });
      const override = options.settings?.direction;
      const flowchart = toMermaidFlowchart(workflow, {
        direction: override === undefined ? direction : checkDirection(override, ['settings', 'direction']),
      });
      // Validated names are DNS-1123 labels already; this keeps any other name inside the output directory.
      const fileName = toDns1123Label(workflow.metadata.name) || 'workflow';
      return { files: [{ path: `${fileName}.mmd`, contents: flowchart.contents }], warnings: flowchart.warnings };
    },
  };
}

/** The default instance: top-down flowcharts. */
export const mermaid: BackendV1 = createMermaidBackend();

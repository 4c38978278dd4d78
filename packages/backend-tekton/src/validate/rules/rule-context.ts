export type Json = Record<string, unknown>;
export type Path = ReadonlyArray<string | number>;

/** What a rule gets: a way to report, and options that change what the webhook accepts. */
export interface RuleContext {
  report(rule: TektonRuleId, path: Path, message: string): void;
  readonly options: ResolvedTektonValidationOptions;
}

/** Feature flags of the Tekton installation the documents are meant for (v1.15 defaults). */
export interface TektonValidationOptions {
  /** `enable-cel-in-whenexpression` (default false): `when[].cel` is allowed. */
  readonly enableCelInWhenExpression?: boolean;
  /** `enable-api-fields: alpha` (default beta): `pipelineRef`/`pipelineSpec` in a pipeline task. */
  readonly enableAlphaApiFields?: boolean;
}

export type ResolvedTektonValidationOptions = Required<TektonValidationOptions>;

/**
 * The admission webhook rules re-implemented here (`pkg/apis/pipeline/v1/*_validation.go`), by
 * the id a problem carries in `rule`.
 */
export const TEKTON_RULES = {
  'api-version': 'apiVersion is tekton.dev/v1',
  'metadata-name': 'metadata.name (a DNS-1123 subdomain) or generateName is set',
  'spec-not-empty': 'a Pipeline spec has description, params, tasks or workspaces',
  'finally-requires-tasks': 'finally is not allowed without tasks',
  'pipeline-task-name': 'pipeline task names are DNS-1123 labels, unique across tasks and finally',
  'task-ref-xor-spec': 'a pipeline task has exactly one of taskRef and taskSpec',
  'alpha-field': 'pipelineRef/pipelineSpec in a pipeline task need enable-api-fields: alpha',
  'embedded-task-kind': 'an embedded taskSpec with steps has no apiVersion/kind; a custom task has both',
  'on-error': 'onError is continue or stopAndFail, and a continuing pipeline task has no retries',
  'run-after': 'runAfter names tasks of `tasks`, and finally tasks have none',
  'when-expression': 'when: operator in/notin with values, or cel alone (with the CEL flag)',
  'workspace-names': 'workspace names are non-empty and unique',
  'workspace-binding': "a pipeline task's workspace bindings are unique and declared by the pipeline",
  'param-names': 'param names are non-empty and unique',
  'param-value': 'a param value is a string, a list of strings or an object of strings',
  'matrix-params': 'matrix params are lists, unique, and not also in params',
  'required-params': 'an embedded task gets every param that has no default (the run fails with ParameterMissingError otherwise)',
  'matrix-results': 'a param reads a result of a matrixed task only whole ([*]), and only a string result',
  'variable-prefix': 'pipeline task variables start with params, tasks, finally, context, workspaces or results',
  'param-reference': 'every $(params.x) in pipeline task params, when and matrix is declared',
  'step-variables': 'every $(params…), $(context.taskRun…) and $(context.task…) in a step is declared, read with Tekton\'s own patterns (anything up to the next ")")',
  'status-in-finally': '$(tasks.status) and $(tasks.x.status) are used only in finally',
  'result-reference': '$(tasks.x.results.y) names a task of `tasks` (finally tasks cannot be read)',
  acyclic: 'runAfter and result references form no cycle',
  'pipeline-results': 'pipeline results read only results of existing tasks',
  'timeout-format': 'timeouts are Go durations (90s, 1h0m0s)',
  'task-steps': 'a Task has steps, with unique DNS-1123 names, an image, and not both script and command',
  'task-result-name': 'task result names match ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$',
  'run-ref-xor-spec': 'a PipelineRun (TaskRun) has exactly one of pipelineRef/pipelineSpec (taskRef/taskSpec)',
  'run-workspace-source': 'a run workspace binding has exactly one volume source',
} as const;

export type TektonRuleId = keyof typeof TEKTON_RULES | 'schema' | 'kind' | 'yaml-1.1';

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Go's time.ParseDuration, as Tekton reads timeouts. */
export const GO_DURATION = /^(0|([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h)(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h))*)$/;

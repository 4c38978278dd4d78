import { GO_DURATION, DNS1123_LABEL, isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';
import { checkParamList } from './param-rules';
import { checkTaskSpec } from './task-spec-rules';

/** What the rules of one pipeline task need to know about the pipeline around it. */
export interface PipelineScope {
  readonly taskNames: ReadonlySet<string>;
  readonly finallyNames: ReadonlySet<string>;
  /** Declared pipeline workspaces; undefined when workspaces may be propagated from the run. */
  readonly workspaces: ReadonlySet<string> | undefined;
}

const ON_ERROR = new Set(['continue', 'stopAndFail']);

/** Rules of one entry of `tasks` or `finally` that need nothing but the entry and the scope. */
export function checkPipelineTask(task: Json, path: Path, inFinally: boolean, scope: PipelineScope, context: RuleContext): void {
  const name = task.name;
  if (typeof name !== 'string' || name === '') context.report('pipeline-task-name', [...path, 'name'], `${where(path)} has no name.`);
  else if (!DNS1123_LABEL.test(name) || name.length > 63) {
    context.report('pipeline-task-name', [...path, 'name'], `Pipeline task name "${name}" is not a DNS-1123 label (lower-case letters, digits and "-", at most 63 characters).`);
  }

  const alpha = ['pipelineRef', 'pipelineSpec'].filter((key) => task[key] !== undefined);
  const refs = ['taskRef', 'taskSpec', ...alpha].filter((key) => task[key] !== undefined);
  if (refs.length !== 1) {
    context.report('task-ref-xor-spec', path, `Pipeline task "${String(name)}" must have exactly one of taskRef and taskSpec${refs.length ? `; it has ${refs.join(' and ')}` : ''}.`);
  }
  for (const key of alpha) {
    if (!context.options.enableAlphaApiFields) context.report('alpha-field', [...path, key], `Pipeline task "${String(name)}" uses ${key}, an alpha field (enable-api-fields: alpha); Tekton's default (beta) rejects it.`);
  }
  if (isObject(task.taskSpec)) checkEmbeddedTask(task.taskSpec, [...path, 'taskSpec'], context);

  if (task.onError !== undefined) {
    const onError = task.onError;
    if (typeof onError !== 'string' || !(ON_ERROR.has(onError) || /^\$\(params\.[^()]+\)$/.test(onError))) {
      context.report('on-error', [...path, 'onError'], `onError of pipeline task "${String(name)}" must be "continue" or "stopAndFail"; got ${JSON.stringify(onError)}.`);
    } else if (onError === 'continue' && typeof task.retries === 'number' && task.retries > 0) {
      context.report('on-error', [...path, 'retries'], `Pipeline task "${String(name)}" has onError: continue, which cannot be combined with retries (${task.retries}).`);
    }
  }
  if (task.timeout !== undefined && (typeof task.timeout !== 'string' || !GO_DURATION.test(task.timeout))) {
    context.report('timeout-format', [...path, 'timeout'], `timeout of pipeline task "${String(name)}" must be a Go duration such as "90s" or "1h0m0s"; got ${JSON.stringify(task.timeout)}.`);
  }

  const runAfter = Array.isArray(task.runAfter) ? task.runAfter : [];
  if (inFinally && runAfter.length > 0) {
    context.report('run-after', [...path, 'runAfter'], `Finally task "${String(name)}" has runAfter; finally tasks run after all tasks and cannot order themselves.`);
  }
  if (!inFinally) {
    runAfter.forEach((target, index) => {
      if (typeof target === 'string' && !scope.taskNames.has(target)) {
        const detail = scope.finallyNames.has(target) ? ', a finally task (tasks cannot wait for finally)' : ', which is not a task of this pipeline';
        context.report('run-after', [...path, 'runAfter', index], `Pipeline task "${String(name)}" runs after "${target}"${detail}.`);
      }
    });
  }

  checkWorkspaceBindings(task, path, scope, context);
  checkParamList(task.params, [...path, 'params'], `pipeline task "${String(name)}"`, context, { values: true });
  checkMatrix(task, path, context);
  checkRequiredParams(task, path, context);
  checkWhen(task.when, [...path, 'when'], context);
}

/**
 * Every param of an embedded task without a default is given: by the pipeline task's params, by
 * its matrix params, or by every `matrix.include` combination. Tekton checks this when the run
 * starts (the PipelineRun fails with ParameterMissingError), so a file that lacks one is refused
 * here, before it is applied.
 */
function checkRequiredParams(task: Json, path: Path, context: RuleContext): void {
  if (!isObject(task.taskSpec)) return;
  const names = (list: unknown) => new Set(listOf(list).map((param) => param.name).filter((name): name is string => typeof name === 'string'));
  const given = names(task.params);
  const matrix = isObject(task.matrix) ? task.matrix : {};
  for (const name of names(matrix.params)) given.add(name);
  const combinations = listOf(matrix.include).map((combination) => names(combination.params));
  listOf(task.taskSpec.params).forEach((param, index) => {
    if (typeof param.name !== 'string' || param.default !== undefined || given.has(param.name)) return;
    if (combinations.length > 0 && combinations.every((combination) => combination.has(param.name as string))) return;
    context.report('required-params', [...path, 'taskSpec', 'params', index], `Pipeline task "${String(task.name)}" does not give param "${param.name}" of its task, which has no default: Tekton would fail the run (ParameterMissingError).`);
  });
}

function where(path: Path): string {
  return `${String(path[path.length - 2])}[${String(path[path.length - 1])}]`;
}

function checkEmbeddedTask(spec: Json, path: Path, context: RuleContext): void {
  const custom = spec.apiVersion !== undefined || spec.kind !== undefined;
  if (custom && spec.steps !== undefined) {
    context.report('embedded-task-kind', path, 'An embedded taskSpec with steps cannot also set apiVersion or kind (those describe a custom task).');
    return;
  }
  if (custom) {
    if (typeof spec.apiVersion !== 'string' || !/^[^/]+\/[^/]+$/.test(spec.apiVersion) || typeof spec.kind !== 'string' || spec.kind === '') {
      context.report('embedded-task-kind', path, 'A custom task needs apiVersion in group/version form and a kind.');
    }
    return;
  }
  checkTaskSpec(spec, path, context);
}

function checkWorkspaceBindings(task: Json, path: Path, scope: PipelineScope, context: RuleContext): void {
  const seen = new Set<string>();
  listOf(task.workspaces).forEach((binding, index) => {
    const bindingPath = [...path, 'workspaces', index];
    const name = binding.name;
    if (typeof name !== 'string' || name === '') {
      context.report('workspace-binding', [...bindingPath, 'name'], `A workspace binding of pipeline task "${String(task.name)}" has no name.`);
      return;
    }
    if (seen.has(name)) context.report('workspace-binding', [...bindingPath, 'name'], `Pipeline task "${String(task.name)}" binds workspace "${name}" twice.`);
    seen.add(name);
    const target = typeof binding.workspace === 'string' && binding.workspace !== '' ? binding.workspace : name;
    if (scope.workspaces && !scope.workspaces.has(target)) {
      context.report('workspace-binding', [...bindingPath, 'workspace'], `Pipeline task "${String(task.name)}" binds pipeline workspace "${target}", which the pipeline does not declare in spec.workspaces.`);
    }
  });
}

function checkMatrix(task: Json, path: Path, context: RuleContext): void {
  if (!isObject(task.matrix)) return;
  const matrixPath = [...path, 'matrix'];
  const taskParams = new Set(listOf(task.params).map((param) => param.name));
  const seen = new Set<string>();
  listOf(task.matrix.params).forEach((param, index) => {
    const paramPath = [...matrixPath, 'params', index];
    const name = param.name;
    if (typeof name !== 'string' || name === '') {
      context.report('matrix-params', [...paramPath, 'name'], `A matrix param of pipeline task "${String(task.name)}" has no name.`);
      return;
    }
    if (seen.has(name)) context.report('matrix-params', [...paramPath, 'name'], `Matrix param "${name}" of pipeline task "${String(task.name)}" is given twice.`);
    seen.add(name);
    if (taskParams.has(name)) context.report('matrix-params', [...paramPath, 'name'], `Param "${name}" of pipeline task "${String(task.name)}" is in both params and matrix.params.`);
    const value = param.value;
    const isWholeArray = typeof value === 'string' && /^\$\([^()]+\[\*\]\)$/.test(value);
    if (!isWholeArray && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      context.report('matrix-params', [...paramPath, 'value'], `Matrix param "${name}" of pipeline task "${String(task.name)}" must be a list of strings (or a whole array reference such as "$(params.list[*])").`);
    }
  });
  listOf(task.matrix.include).forEach((combination, index) => {
    checkParamList(combination.params, [...matrixPath, 'include', index, 'params'], `matrix.include[${index}] of pipeline task "${String(task.name)}"`, context, { values: true, stringsOnly: true });
  });
}

/** `when` expressions: `in`/`notin` with values, or `cel` alone when the CEL flag is on. */
export function checkWhen(when: unknown, path: Path, context: RuleContext): void {
  listOf(when).forEach((expression, index) => {
    const at = [...path, index];
    if (expression.cel !== undefined) {
      if (!context.options.enableCelInWhenExpression) context.report('when-expression', [...at, 'cel'], 'when[].cel needs the feature flag enable-cel-in-whenexpression: true (off by default).');
      if (expression.input !== undefined || expression.operator !== undefined || expression.values !== undefined) {
        context.report('when-expression', at, 'A when expression with cel cannot also have input, operator or values.');
      }
      return;
    }
    if (expression.operator !== 'in' && expression.operator !== 'notin') {
      context.report('when-expression', [...at, 'operator'], `when operator must be "in" or "notin"; got ${JSON.stringify(expression.operator)}.`);
    }
    if (typeof expression.input !== 'string') context.report('when-expression', [...at, 'input'], 'A when expression needs an input.');
    if (!Array.isArray(expression.values) || expression.values.length === 0) {
      context.report('when-expression', [...at, 'values'], 'A when expression needs a non-empty list of values.');
    }
  });
}

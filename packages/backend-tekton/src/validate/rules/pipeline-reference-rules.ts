import { PIPELINE_VARIABLE_PREFIXES, prefixOf, stringsIn, taskReferenceOf, unknownReferences, variablesIn } from '../variables';
import { listOf, type Json, type Path, type RuleContext } from './rule-context';

/** Where variables are checked in a pipeline task: params, `when` and matrix (SPEC §1.3). */
function checkedStrings(task: Json, path: Path): Array<{ text: string; path: Path }> {
  const out: Array<{ text: string; path: Path }> = [];
  for (const [index, param] of listOf(task.params).entries()) out.push(...stringsIn(param.value, [...path, 'params', index, 'value']));
  listOf(task.when).forEach((expression, index) => {
    out.push(...stringsIn(expression.input, [...path, 'when', index, 'input']));
    out.push(...stringsIn(expression.values, [...path, 'when', index, 'values']));
  });
  const matrix = task.matrix as Json | undefined;
  if (matrix && typeof matrix === 'object') {
    for (const [index, param] of listOf(matrix.params).entries()) out.push(...stringsIn(param.value, [...path, 'matrix', 'params', index, 'value']));
    for (const [index, combination] of listOf(matrix.include).entries()) {
      for (const [inner, param] of listOf(combination.params).entries()) out.push(...stringsIn(param.value, [...path, 'matrix', 'include', index, 'params', inner, 'value']));
    }
  }
  return out;
}

/** The context variables of a pipeline task's params (`validatePipelineContextVariables`). */
const PIPELINE_CONTEXT: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  [String.raw`context\.pipelineRun`, new Set(['name', 'namespace', 'uid'])],
  [String.raw`context\.pipeline`, new Set(['name'])],
  [String.raw`context\.pipelineTask`, new Set(['retries'])],
];

export interface ReferenceScope {
  readonly taskNames: ReadonlySet<string>;
  readonly finallyNames: ReadonlySet<string>;
  /** Declared params; undefined when any name may come from the run (not checked). */
  readonly params: ReadonlySet<string>;
}

/**
 * Variable rules of one pipeline task: allowed prefixes, declared params, status only in finally,
 * result references to tasks of `tasks`. Returns the tasks it reads results of (graph edges).
 */
export function checkTaskVariables(task: Json, path: Path, inFinally: boolean, scope: ReferenceScope, context: RuleContext): Set<string> {
  const reads = new Set<string>();
  const taskName = String(task.name);
  const paramValues = new Set(listOf(task.params).flatMap((param) => stringsIn(param.value).map(({ text }) => text)));
  for (const { text, path: at } of checkedStrings(task, path)) {
    // Tekton's own pattern: anything from "$(params" to the next ")" is a param reference.
    const where = ` in pipeline task "${taskName}"`;
    for (const message of unknownReferences(text, 'params', scope.params, { where, what: 'param', owner: 'the pipeline' })) context.report('param-reference', at, message);
    if (paramValues.has(text)) {
      for (const [prefix, names] of PIPELINE_CONTEXT) {
        for (const message of unknownReferences(text, prefix, names, { where, what: 'context variable', owner: 'Tekton' })) context.report('param-reference', at, message);
      }
    }
    for (const expression of variablesIn(text)) {
      const prefix = prefixOf(expression);
      if (!(PIPELINE_VARIABLE_PREFIXES as readonly string[]).includes(prefix)) {
        context.report('variable-prefix', at, `"$(${expression})" in pipeline task "${taskName}" is not a Tekton variable (params, tasks, finally, context, workspaces, results); write a shell variable as \${VAR}.`);
        continue;
      }
      if (prefix === 'params') continue;
      const reference = taskReferenceOf(expression);
      if (reference === undefined) continue;
      if (reference === 'aggregate-status') {
        if (!inFinally) context.report('status-in-finally', at, `"$(${expression})" in pipeline task "${taskName}" is only allowed in finally tasks.`);
        continue;
      }
      if (reference.scope === 'finally') {
        context.report('result-reference', at, `"$(${expression})" in pipeline task "${taskName}": results of finally tasks can only be read by pipeline results.`);
        continue;
      }
      if ((reference.what === 'status' || reference.what === 'reason') && !inFinally) {
        context.report('status-in-finally', at, `"$(${expression})" in pipeline task "${taskName}" is only allowed in finally tasks.`);
        continue;
      }
      if (!scope.taskNames.has(reference.task)) {
        const detail = scope.finallyNames.has(reference.task) ? 'a finally task, whose results other tasks cannot read' : 'not a task of this pipeline';
        context.report('result-reference', at, `"$(${expression})" in pipeline task "${taskName}" reads task "${reference.task}", ${detail}.`);
        continue;
      }
      if (reference.what === 'results') reads.add(reference.task);
    }
  }
  return reads;
}

/** `spec.results[].value`: only `$(tasks.x.results.y)` / `$(finally.x.results.y)` of existing tasks. */
export function checkPipelineResults(results: unknown, path: Path, scope: ReferenceScope, context: RuleContext): void {
  listOf(results).forEach((result, index) => {
    const at = [...path, index, 'value'];
    const strings = stringsIn(result.value, at);
    if (result.value === undefined || strings.length === 0) {
      context.report('pipeline-results', at, `Pipeline result "${String(result.name)}" has no value.`);
      return;
    }
    for (const { text, path: where } of strings) {
      const expressions = variablesIn(text);
      if (expressions.length === 0) context.report('pipeline-results', where, `Pipeline result "${String(result.name)}" must read task results, e.g. "$(tasks.build.results.digest)".`);
      for (const expression of expressions) {
        const reference = taskReferenceOf(expression);
        if (reference === undefined || reference === 'aggregate-status' || reference.what !== 'results') {
          context.report('pipeline-results', where, `"$(${expression})" in pipeline result "${String(result.name)}" is not a task result reference.`);
          continue;
        }
        const names = reference.scope === 'tasks' ? scope.taskNames : scope.finallyNames;
        if (!names.has(reference.task)) context.report('pipeline-results', where, `Pipeline result "${String(result.name)}" reads ${reference.scope === 'tasks' ? 'task' : 'finally task'} "${reference.task}", which does not exist.`);
      }
    }
  });
}

import { stringsIn, taskReferenceOf, variablesIn } from '../variables';
import { isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';

function isMatrixed(task: Json): boolean {
  return isObject(task.matrix) && (listOf(task.matrix.params).length > 0 || listOf(task.matrix.include).length > 0);
}

/**
 * Results of a matrixed pipeline task are gathered into one array per result, so a param of
 * another task in the same list (`tasks`, or `finally`) reads one only whole, as
 * `$(tasks.<task>.results.<result>[*])`, and only a result its embedded task spec declares as a
 * string (`validateTaskResultsFromMatrixedPipelineTasksConsumed`, `pipeline_validation.go`; like
 * the webhook, `when` and matrix values are not checked).
 */
export function checkMatrixResultReads(tasks: ReadonlyArray<Json>, path: Path, context: RuleContext): void {
  const matrixed = new Map(tasks.filter(isMatrixed).map((task) => [task.name, task]));
  if (matrixed.size === 0) return;
  tasks.forEach((task, index) => {
    listOf(task.params).forEach((param, paramIndex) => {
      for (const { text, path: at } of stringsIn(param.value, [...path, index, 'params', paramIndex, 'value'])) {
        for (const expression of variablesIn(text)) {
          const reference = taskReferenceOf(expression);
          if (reference === undefined || reference === 'aggregate-status' || reference.what !== 'results') continue;
          const producer = matrixed.get(reference.task);
          if (producer === undefined) continue;
          if (!expression.endsWith('[*]')) {
            context.report('matrix-results', at, `"$(${expression})" in pipeline task "${String(task.name)}" reads a result of matrixed task "${reference.task}" as one value; a matrix's results can only be read whole, as "$(tasks.${reference.task}.results.${reference.result ?? '…'}[*])".`);
            continue;
          }
          const declared = isObject(producer.taskSpec) ? listOf(producer.taskSpec.results).find((result) => result.name === reference.result) : undefined;
          const type = declared?.type ?? 'string';
          if (declared !== undefined && type !== 'string') {
            context.report('matrix-results', at, `"$(${expression})" in pipeline task "${String(task.name)}" reads result "${String(reference.result)}" of matrixed task "${reference.task}", which has type ${String(type)}; Tekton gathers only string results of a matrix.`);
          }
        }
      }
    });
  });
}

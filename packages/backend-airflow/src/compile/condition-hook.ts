import type { Step } from '@couler/ir';
import { call, printExpression } from '../python/python-expression';
import { pythonLiteral, pythonString } from '../python/python-literal';
import { plain } from './pod-fields';
import type { DagTask } from './dag-plan';
import { renderCondition, type ConditionNeeds } from './render-condition';
import type { ValueContext } from './render-value';
import { mapSource, type StepTaskContext } from './step-task';

/** The line that reads a mapped step's item at its map index, or none for an unmapped step. */
function itemLine(step: Step, task: DagTask, context: StepTaskContext, needs: ConditionNeeds): string[] {
  if (step.map === undefined) return [];
  if (step.map.items !== undefined) {
    const items = context.constant(`${step.name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_ITEMS`, pythonLiteral(step.map.items), `The items "${step.name}" is mapped over, by map index.`);
    return [`item = ${items}[ti.map_index]`];
  }
  const source = mapSource(step, task, context);
  needs.params ||= source.needsParams;
  return [`item = ${source.source}[ti.map_index]`];
}

/**
 * The `pre_execute` hook of a step that decides its own condition (see decidesInTask): it
 * evaluates the condition (and the upstream XComs and params it reads) before the pod starts,
 * and raises `AirflowSkipException` when it is false, so the grid shows that task instance
 * skipped. Airflow runs the hook inside the task, where a skip exception marks the task
 * instance skipped (`TaskInstance._run_raw_task` on Airflow 2, the task runner's `run` on
 * Airflow 3). Of a mapped step, each map index decides for its own item: the literal list's
 * entry at `ti.map_index`, or the entry of the list the step is mapped over, read again from
 * XCom or params, as the items task read it. Of a step inside a mapped task group, each map
 * index of the group decides for its own run of the sub-workflow (the group's helpers read at
 * `ti.map_index`).
 *
 * Returns the function's lines (indented for the DAG block) and its name.
 */
export function conditionHook(step: Step, task: DagTask, context: StepTaskContext, functionName: string, valueContext: ValueContext): { lines: string[]; name: string } {
  const needs: ConditionNeeds = { ti: true, params: false, dag: false, runId: false, dagRun: false };
  const condition = renderCondition(step.when!, step.map === undefined ? valueContext : { ...valueContext, item: 'runtime' }, needs);
  const item = itemLine(step, task, context, needs);
  const reads = [
    'ti = context["ti"]',
    ...(needs.params ? ['params = context["params"]'] : []),
    ...(needs.dag ? ['dag = context["dag"]'] : []),
    ...(needs.runId ? ['run_id = context["run_id"]'] : []),
    ...(needs.dagRun ? ['dag_run = context["dag_run"]'] : []),
  ];
  // and/or come back parenthesised whole; anything else is wrapped before `not`.
  const when = step.when!;
  const negated = (when.op === 'and' || when.op === 'or') && when.conditions.length > 1 ? `not ${condition}` : `not (${condition})`;
  const name = pythonString(step.name).slice(1, -1);
  const [summary, skipped] =
    step.map === undefined
      ? [`Skips ${name} when its condition is false.`, `Its when condition is false (step "${step.name}").`]
      : [`Skips this map index of ${name} when its condition is false for its item.`, `Its when condition is false for this item (step "${step.name}").`];
  return {
    name: functionName,
    lines: [
      `    def ${functionName}(context):`,
      `        """${summary}"""`,
      ...[...reads, ...item].map((line) => `        ${line}`),
      `        if ${negated}:`,
      printExpression(call('AirflowSkipException', [plain(skipped)]), 3, 'raise '),
      '',
    ],
  };
}

import type { Step } from '@couler/ir';
import { call, printExpression } from '../python/python-expression';
import { pythonLiteral, pythonString } from '../python/python-literal';
import { plain } from './pod-fields';
import type { DagTask } from './dag-plan';
import { renderCondition, type ConditionNeeds } from './render-condition';
import type { ValueContext } from './render-value';
import { mapSource, type StepTaskContext } from './step-task';

/**
 * The `pre_execute` hook of a mapped step whose condition reads the map item: each map index
 * evaluates the condition for its own item (and the upstream XComs and params it reads) before
 * its pod starts, and raises `AirflowSkipException` when it is false, so the grid shows that
 * index skipped. Airflow runs the hook inside the task, where a skip exception marks the task
 * instance skipped (`TaskInstance._run_raw_task` on Airflow 2, the task runner's `run` on
 * Airflow 3). The item is the literal list's entry at `ti.map_index`, or the entry of the list
 * the step is mapped over, read again from XCom or params, as the items task read it.
 *
 * Returns the function's lines (indented for the DAG block) and its name.
 */
export function itemConditionHook(step: Step, task: DagTask, context: StepTaskContext, functionName: string, valueContext: ValueContext): { lines: string[]; name: string } {
  const needs: ConditionNeeds = { ti: true, params: false, dag: false, runId: false, dagRun: false };
  const condition = renderCondition(step.when!, { ...valueContext, item: 'runtime' }, needs);
  let items: string;
  if (step.map!.items !== undefined) {
    items = context.constant(`${step.name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_ITEMS`, pythonLiteral(step.map!.items), `The items "${step.name}" is mapped over, by map index.`);
  } else {
    const source = mapSource(step, task, context);
    needs.params ||= source.needsParams;
    items = source.source;
  }
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
  const skipped = `Its when condition is false for this item (step "${step.name}").`;
  return {
    name: functionName,
    lines: [
      `    def ${functionName}(context):`,
      `        """Skips this map index of ${pythonString(step.name).slice(1, -1)} when its condition is false for its item."""`,
      ...reads.map((line) => `        ${line}`),
      `        item = ${items}[ti.map_index]`,
      `        if ${negated}:`,
      printExpression(call('AirflowSkipException', [plain(skipped)]), 3, 'raise '),
      '',
    ],
  };
}

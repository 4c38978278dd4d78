import type { HookStatus, Step } from '@couler/ir';
import { call, code, list, printExpression } from '../python/python-expression';
import { pythonString } from '../python/python-literal';
import type { StatusHookCheck } from './dag-plan';
import { plain } from './pod-fields';

/** The phase `couler_hook_phase` answers for each of Argo's statuses: Airflow's failed stands for Failed and Error alike. */
const PHASE_OF: Record<Exclude<HookStatus, 'Running'>, string> = { Succeeded: 'Succeeded', Failed: 'Failed', Error: 'Failed' };

/**
 * The `pre_execute` check of a status hook, a teardown task that Airflow starts once what it
 * watches has ended, whatever its state: it reads the watched task instances' states (Airflow 2
 * from the DAG run; Airflow 3, whose tasks have no database access, from the API server through
 * `RuntimeTaskInstance.get_task_states`), turns them into Argo's phase (`couler_hook_phase`) and
 * raises `AirflowSkipException` unless the phase is one the hook waits for, so that the hook's
 * pod never starts and the grid shows it skipped. Running is refused before (see hook-support).
 *
 * Returns the function's lines (indented for the DAG block) and its name.
 */
export function statusHookCheck(step: Step, check: StatusHookCheck, airflowVersion: 2 | 3, functionName: string): { lines: string[]; name: string } {
  const phases = [...new Set(check.statuses.flatMap((status) => (status === 'Running' ? [] : [PHASE_OF[status]])))];
  const watched = list(check.watched.map(plain));
  const states = airflowVersion === 3 ? call('couler_sdk_task_states', [code('context["ti"]'), watched]) : call('couler_task_states', [code('context["dag_run"]'), watched]);
  const what = check.wholeRun ? 'the DAG run' : `step "${step.hook!.of}"`;
  const statuses = check.statuses.join(' or ');
  const name = pythonString(step.name).slice(1, -1);
  return {
    name: functionName,
    lines: [
      `    def ${functionName}(context):`,
      `        """Runs hook ${name} only when ${check.wholeRun ? 'the DAG run' : pythonString(step.hook!.of!).slice(1, -1)} is ${statuses}."""`,
      printExpression(states, 2, 'states = '),
      `        if couler_hook_phase(states, ${check.wholeRun ? 'True' : 'False'}) not in ${printExpression(list(phases.map(plain)))}:`,
      printExpression(call('AirflowSkipException', [plain(`Hook "${step.name}" runs when ${what} is ${statuses}; it is not.`)]), 3, 'raise '),
      '',
    ],
  };
}

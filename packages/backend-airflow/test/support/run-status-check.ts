import { pythonJson } from './python';
import { LOAD_DAG } from './run-hook';

/**
 * Runs a status hook's `pre_execute` check from the DAG file in python3, with the file's
 * `couler_*` helpers, against the states of a DAG run's task instances (a list per mapped task),
 * read as each Airflow major offers them: Airflow 2 through `dag_run.get_task_instances()` (every
 * task of the run), Airflow 3 through `RuntimeTaskInstance.get_task_states` (filtered by task id
 * and run, mapped instances keyed `<task_id>_<map_index>`, as the execution API answers).
 * Nothing of Airflow is imported. Says whether the hook ran, or was skipped with the message.
 */
const RUN_STATUS_CHECK = String.raw`
import ast, json, sys
${LOAD_DAG}


class TaskInstance:
    def __init__(self, task_id, state, map_index=-1):
        self.task_id, self.state, self.map_index = task_id, state, map_index


def instances(states):
    for task_id, state in states.items():
        if isinstance(state, list):
            yield from (TaskInstance(task_id, each, index) for index, each in enumerate(state))
        else:
            yield TaskInstance(task_id, state)


class DagRun:
    def __init__(self, states):
        self.states = states

    def get_task_instances(self, state=None):
        return [each for each in instances(self.states) if state is None or each.state == state]


class RuntimeTaskInstance:
    dag_id = "the-dag"
    run_id = "manual__1"

    def __init__(self, states):
        self.states = states

    def get_task_states(self, dag_id, map_index=None, task_ids=None, task_group_id=None, logical_dates=None, run_ids=None):
        assert dag_id == self.dag_id and run_ids == [self.run_id], (dag_id, run_ids)
        found = {}
        for each in instances(self.states):
            if task_ids is None or each.task_id in task_ids:
                found[each.task_id if each.map_index < 0 else f"{each.task_id}_{each.map_index}"] = each.state
        return {self.run_id: found}


data = json.load(sys.stdin)
tree, namespace = load_dag(data["source"])
exec("class AirflowSkipException(Exception):\n    pass\n", namespace)
check = next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == data["function"])
exec(ast.unparse(check), namespace)
context = {"dag_run": DagRun(data["states"]), "ti": RuntimeTaskInstance(data["states"]), "run_id": RuntimeTaskInstance.run_id}
try:
    namespace[data["function"]](context)
    print(json.dumps("ran"))
except namespace["AirflowSkipException"] as skip:
    print(json.dumps("skipped: " + str(skip)))
`;

/** A task instance's state, or each map index's of a mapped task. */
export type RunStates = Readonly<Record<string, string | ReadonlyArray<string>>>;

export function runStatusCheck(source: string, functionName: string, states: RunStates): string {
  return pythonJson<string>(RUN_STATUS_CHECK, { source, function: functionName, states });
}

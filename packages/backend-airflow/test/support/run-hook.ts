import { pythonJson } from './python';

/**
 * The task instance the harnesses give the DAG's code: `xcom_pull` answers named map indexes as
 * Airflow 3 does (`mapped` holds what each index of a mapped task pushed, None for a skipped
 * one; `xcom` what an unmapped task pushed, map index -1), or, with `airflow2`, as Airflow 2
 * does (only the indexes that pushed, in order).
 */
export const FAKE_TASK_INSTANCE = String.raw`
class TaskInstance:
    def __init__(self, data, map_index=-1):
        self.data = data
        self.map_index = map_index
        self.task_id = data.get("taskId", "")

    def xcom_pull(self, task_ids=None, key="return_value", map_indexes=None):
        mapped = self.data["mapped"].get(task_ids)

        def one(index):
            if mapped is None:
                return self.data["xcom"].get(task_ids) if index == -1 else None
            return mapped[index] if 0 <= index < len(mapped) else None

        if isinstance(map_indexes, int):
            return one(map_indexes)
        values = [one(index) for index in map_indexes]
        return [value for value in values if value is not None] if self.data.get("airflow2") else values
`;

/**
 * `load_dag(source)`: the file's AST and a namespace holding its literal module constants and its
 * `couler_*` helpers (with the modules they import), without importing Airflow.
 */
export const LOAD_DAG = String.raw`
import ast


def load_dag(source):
    tree = ast.parse(source)
    namespace = {}
    exec("import base64, datetime, json, re", namespace)
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                namespace[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
        if isinstance(node, ast.FunctionDef) and node.name.startswith("couler_"):
            exec(ast.unparse(node), namespace)
    return tree, namespace
`;

/**
 * Runs a function the DAG file defines (at any depth: a mapped task's `pre_execute` hook, a
 * TaskFlow task's function without its decorator) once per map index, with the file's module constants and `couler_*` helpers around it and a
 * context of `ti` and `params`, as Airflow calls the hook. Nothing of Airflow is imported: the
 * file's `AirflowSkipException` is a stand-in class. Says, per index, whether the task went on,
 * was skipped (with the exception's message) or failed.
 */
const RUN_HOOK = String.raw`
import ast, json, sys
${FAKE_TASK_INSTANCE}
${LOAD_DAG}
data = json.load(sys.stdin)
tree, namespace = load_dag(data["source"])
exec("class AirflowSkipException(Exception):\n    pass\n", namespace)
hook = next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == data["function"])
hook.decorator_list = []  # a TaskFlow task's function, called as its operator calls it
exec(ast.unparse(hook), namespace)
by_keywords = hook.args.kwarg is not None
outcomes = []
for index in data["mapIndexes"]:
    try:
        context = {"ti": TaskInstance(data, index), "params": data["params"]}
        returned = namespace[data["function"]](**context) if by_keywords else namespace[data["function"]](context)
        outcomes.append("returned: " + json.dumps(returned) if data.get("returns") else "ran")
    except namespace["AirflowSkipException"] as skip:
        outcomes.append("skipped: " + str(skip))
    except Exception as error:
        outcomes.append("failed: " + type(error).__name__)
print(json.dumps(outcomes))
`;

export function runHook(
  source: string,
  /** `returns`: say what the function returned (a branch's choice) instead of "ran". */
  options: { function: string; mapIndexes: ReadonlyArray<number>; xcom?: Record<string, unknown>; mapped?: Record<string, ReadonlyArray<unknown>>; params?: Record<string, unknown>; taskId?: string; returns?: boolean },
): string[] {
  return pythonJson<string[]>(RUN_HOOK, { source, xcom: {}, mapped: {}, params: {}, ...options });
}

/** Calls one of the DAG's `couler_*` helpers (with the helpers it calls) on a fake task instance, returning its JSON result. */
export function callHelper(source: string, expression: string, options: { xcom?: Record<string, unknown>; mapped?: Record<string, ReadonlyArray<unknown>>; airflow2?: boolean }): unknown {
  return pythonJson(
    String.raw`
import json, sys
${FAKE_TASK_INSTANCE}
${LOAD_DAG}
data = json.load(sys.stdin)
_, namespace = load_dag(data["source"])
namespace["ti"] = TaskInstance(data)
print(json.dumps(eval(data["expression"], namespace)))
`,
    { source, expression, xcom: {}, mapped: {}, ...options },
  );
}

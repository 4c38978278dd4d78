import { CHECK_TEMPLATES_PY } from './check-templates.py';

/**
 * A Python program that byte-compiles a DAG file as `python3 -m py_compile FILE` does, then reads
 * its structure from the AST, without importing Airflow: the DAG's id and params, each task (id,
 * variable, operator, keyword values that are literals) and each `upstream >> task` dependency.
 * Takes the file's path as its argument and prints JSON (`{"compileError": …}` if it does not
 * compile), with `templates`: every templated field parsed by Jinja (see CHECK_TEMPLATES_PY).
 * One process for all three checks: starting Python is the slow part.
 */
export const READ_DAG_STRUCTURE_PY = String.raw`
import ast
import json
import py_compile
import sys
${CHECK_TEMPLATES_PY}


def literal(node):
    try:
        return {"value": ast.literal_eval(node)}
    except Exception:
        return {"code": ast.unparse(node)}


def keywords(call):
    return {keyword.arg: literal(keyword.value) for keyword in call.keywords if keyword.arg}


def names_called(node, callee):
    """The name= of every callee(...) call inside node (containers, volumes, mounts)."""
    found = []
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call) and ast.unparse(inner.func) == callee:
            named = {keyword.arg: keyword.value for keyword in inner.keywords}
            if isinstance(named.get("name"), ast.Constant):
                found.append(named["name"].value)
    return found


def pod_parts(call):
    """Containers of full_pod_spec, volumes and mounts of the operator, init containers (the pieces that move data)."""
    named = {keyword.arg: keyword.value for keyword in call.keywords}
    spec = named.get("full_pod_spec")
    return {
        "containers": names_called(spec, "k8s.V1Container") if spec is not None else [],
        "containerMounts": names_called(spec, "k8s.V1VolumeMount") if spec is not None else [],
        "volumes": names_called(named["volumes"], "k8s.V1Volume") if "volumes" in named else [],
        "volumeMounts": names_called(named["volume_mounts"], "k8s.V1VolumeMount") if "volume_mounts" in named else [],
        "initContainers": names_called(named["init_containers"], "k8s.V1Container") if "init_containers" in named else [],
    }


def operator_of(call):
    """KubernetesPodOperator(...), KubernetesPodOperator.partial(...).expand(...), fn(), fn.partial().expand()."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in ("expand", "expand_kwargs"):
        # A mapped task group: the group factory, expanded as it is or after partial().
        inner = operator_of(func.value) if isinstance(func.value, ast.Call) else {"callee": ast.unparse(func.value), "call": None}
        if inner:
            inner["mapped"] = func.attr
            inner["expand"] = keywords(call)
            if call.args:
                inner["expand"]["*"] = literal(call.args[0])
        return inner
    if isinstance(func, ast.Attribute) and func.attr == "partial":
        return {"callee": ast.unparse(func.value), "call": call}
    return {"callee": ast.unparse(func), "call": call}


try:
    py_compile.compile(sys.argv[1], doraise=True)
except py_compile.PyCompileError as error:
    print(json.dumps({"compileError": error.msg}))
    sys.exit(0)
with open(sys.argv[1], encoding="utf-8") as file:
    tree = ast.parse(file.read())
result = {"dagId": None, "params": [], "dagKeywords": {}, "tasks": [], "dependencies": [], "teardowns": [], "functions": {}}
functions = {}
for node in ast.walk(tree):
    if isinstance(node, ast.FunctionDef):
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            name = ast.unparse(target)
            if name in ("task", "task.branch", "task.short_circuit"):
                functions[node.name] = {
                    "operator": name,
                    "keywords": keywords(decorator) if isinstance(decorator, ast.Call) else {},
                    "body": ast.unparse(node),
                }
# Task group functions: their tasks and dependencies are read apart, per function.
group_functions = {}
for node in ast.walk(tree):
    if isinstance(node, ast.FunctionDef) and any(ast.unparse(d.func if isinstance(d, ast.Call) else d) == "task_group" for d in node.decorator_list):
        group_functions[node.name] = node
inside_groups = {id(inner) for function in group_functions.values() for inner in ast.walk(function) if inner is not function}
factories = {}


def collect(nodes, into):
    for node in nodes:
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and ast.unparse(call.func) == "DAG":
                    dag_keywords = keywords(call)
                    result["dagKeywords"] = dag_keywords
                    result["dagId"] = dag_keywords.get("dag_id", {}).get("value")
                    params = next((k.value for k in call.keywords if k.arg == "params"), None)
                    if isinstance(params, ast.Dict):
                        result["params"] = [ast.literal_eval(key) for key in params.keys]
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and func.attr == "override" and ast.unparse(func.value) in group_functions:
                factories[node.targets[0].id] = {"function": ast.unparse(func.value), "keywords": keywords(node.value)}
                continue
            found = operator_of(node.value)
            if not found:
                continue
            variable = node.targets[0].id
            callee = found["callee"]
            if callee == "KubernetesPodOperator":
                entry = {"operator": callee, "keywords": keywords(found["call"]), "pod": pod_parts(found["call"])}
            elif callee == "WaitSensor":
                entry = {"operator": callee, "keywords": keywords(found["call"])}
            elif callee in functions:
                function = functions[callee]
                entry = {"operator": function["operator"], "keywords": dict(function["keywords"]), "function": callee, "body": function["body"], "call": keywords(found["call"])}
                entry["call"]["*"] = [literal(arg) for arg in found["call"].args]
            elif callee in factories:
                factory = factories[callee]
                entry = {"operator": "task_group", "keywords": {"task_id": factory["keywords"].get("group_id", {}), **factory["keywords"]}, "function": factory["function"], "call": keywords(found["call"]) if found["call"] is not None else {}}
            else:
                continue
            entry["variable"] = variable
            entry["taskId"] = entry["keywords"].get("task_id", {}).get("value")
            if "mapped" in found:
                entry["mapped"] = found["mapped"]
                entry["expand"] = found["expand"]
            into["tasks"].append(entry)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.RShift):
            left, right = node.value.left, node.value.right
            sources = [element.id for element in left.elts] if isinstance(left, ast.List) else [left.id]
            targets = [element.id for element in right.elts] if isinstance(right, ast.List) else [right.id]
            for target in targets:
                into["dependencies"].append({"upstream": sources, "downstream": target})
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "as_teardown" and isinstance(node.value.func.value, ast.Name):
            into.setdefault("teardowns", []).append(node.value.func.value.id)


collect([node for node in ast.walk(tree) if id(node) not in inside_groups], result)
result["taskGroups"] = {}
for name, function in group_functions.items():
    group = {"parameters": [argument.arg for argument in function.args.args], "tasks": [], "dependencies": []}
    collect([node for node in ast.walk(function) if node is not function], group)
    result["taskGroups"][name] = group
result["definedFunctions"] = sorted({node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)})
result["templates"] = check_templates(tree)
print(json.dumps(result))
`;

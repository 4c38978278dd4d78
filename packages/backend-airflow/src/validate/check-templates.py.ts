/**
 * Python that parses every string Airflow renders with Jinja in a DAG file, with the environment
 * Airflow builds for that DAG (a `SandboxedEnvironment` with the `do` extension and the DAG's
 * `jinja_environment_kwargs`), without importing Airflow. Defines `check_templates(tree)`, which
 * returns `{"jinja": <version or None>, "problems": [{"task", "field", "line", "message"}]}`;
 * `jinja` is None when jinja2 cannot be imported (nothing was parsed).
 *
 * Templated are: the fields in `KubernetesPodOperator.template_fields` (cncf.kubernetes
 * provider), inside them the attributes of the Kubernetes models the operator renders too, the
 * values an operator is mapped over (`expand`, `expand_kwargs`, a mapped-arguments task's
 * return value), and a TaskFlow task's arguments (`op_args`, `op_kwargs`). Module constants are
 * followed by name. Text only known when the DAG runs (`couler_escape(couler_text(item))`) is
 * stood in for by a text full of braces, escaped by the file's own `couler_escape`, so that
 * a raw brace next to it is caught.
 */
export const CHECK_TEMPLATES_PY = String.raw`
KPO_TEMPLATE_FIELDS = {
    "image", "cmds", "annotations", "arguments", "env_vars", "labels", "config_file",
    "pod_template_file", "pod_template_dict", "namespace", "container_resources", "volumes",
    "volume_mounts", "cluster_context", "env_from", "node_selector", "kubernetes_conn_id",
    "base_container_name", "trigger_kwargs",
}
# KubernetesPodOperator._render_nested_template_fields: the model attributes it renders.
K8S_TEMPLATE_FIELDS = {
    "k8s.V1EnvVar": ("value", "name"),
    "k8s.V1ResourceRequirements": ("limits", "requests"),
    "k8s.V1Volume": ("name", "persistent_volume_claim", "config_map"),
    "k8s.V1VolumeMount": ("name", "sub_path"),
    "k8s.V1PersistentVolumeClaimVolumeSource": ("claim_name",),
    "k8s.V1ConfigMapVolumeSource": ("name",),
    "k8s.V1EnvFromSource": ("config_map_ref",),
    "k8s.V1ConfigMapEnvSource": ("name",),
}
# Run-time text: every character that could open a tag or meet one.
RUNTIME_STAND_IN = "{#{%{{\r}{"


def check_templates(tree):
    try:
        import jinja2
        import jinja2.sandbox
    except ImportError:
        return {"jinja": None, "problems": []}

    # Names bound outside functions: module constants and the DAG block's value lists.
    bound = {}
    functions = {}

    def collect(body):
        for node in body:
            if isinstance(node, ast.FunctionDef):
                functions[node.name] = node
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                bound[node.targets[0].id] = node.value
            elif isinstance(node, (ast.With, ast.If)):
                collect(node.body)

    collect(tree.body)
    escape_namespace = {}
    if "couler_escape" in functions:
        module = ast.Module(body=[ast.Import(names=[ast.alias(name="re")]), functions["couler_escape"]], type_ignores=[])
        exec(compile(ast.fix_missing_locations(module), "<couler_escape>", "exec"), escape_namespace)

    environment_kwargs = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "DAG":
            for keyword in node.keywords:
                if keyword.arg == "jinja_environment_kwargs":
                    try:
                        environment_kwargs = ast.literal_eval(keyword.value)
                    except Exception:
                        pass
    environment = jinja2.sandbox.SandboxedEnvironment(**{"extensions": ["jinja2.ext.do"], **environment_kwargs})
    problems = []

    def text_of(node, seen):
        """The string a node evaluates to, or None when it is not a string known here."""
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else None
        if isinstance(node, ast.Name) and node.id in bound and node.id not in seen:
            return text_of(bound[node.id], seen | {node.id})
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and node.slice.step is None:
            # A piece of a large script's source: SOURCE[start:end].
            text = text_of(node.value, seen)
            try:
                lower, upper = (None if part is None else ast.literal_eval(part) for part in (node.slice.lower, node.slice.upper))
            except ValueError:
                return None
            return None if text is None else text[lower:upper]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = text_of(node.left, seen), text_of(node.right, seen)
            return None if left is None or right is None else left + right
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "couler_escape" and len(node.args) == 1:
            if "couler_escape" not in escape_namespace:
                return None
            inner = text_of(node.args[0], seen)
            return escape_namespace["couler_escape"](RUNTIME_STAND_IN if inner is None else inner)
        return None

    def check(node, task_id, field, seen=frozenset()):
        """Parses every string a templated value holds, as Airflow renders it."""
        text = text_of(node, seen)
        if text is not None:
            try:
                environment.parse(text)
            except jinja2.TemplateSyntaxError as error:
                shown = text if len(text) <= 80 else text[:77] + "..."
                problems.append({
                    "task": task_id,
                    "field": field,
                    "line": getattr(node, "lineno", None),
                    "message": f"{error.message} (line {error.lineno} of the template {shown!r})",
                })
            return
        if isinstance(node, ast.Name) and node.id in bound and node.id not in seen:
            check(bound[node.id], task_id, field, seen | {node.id})
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for index, element in enumerate(node.elts):
                check(element, task_id, f"{field}[{index}]", seen)
        elif isinstance(node, ast.Dict):
            # Airflow renders a dict's values, not its keys.
            for key, value in zip(node.keys, node.values):
                label = key.value if isinstance(key, ast.Constant) else ast.unparse(key) if key is not None else "**"
                check(value, task_id, f"{field}[{label!r}]", seen)
        elif isinstance(node, ast.ListComp):
            check(node.elt, task_id, f"{field}[each]", seen)
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in K8S_TEMPLATE_FIELDS:
            attributes = K8S_TEMPLATE_FIELDS[ast.unparse(node.func)]
            for keyword in node.keywords:
                if keyword.arg in attributes:
                    check(keyword.value, task_id, f"{field}.{keyword.arg}", seen)

    def returned(function):
        """What a TaskFlow function returns (a mapped step's values), if one return says."""
        values = [node.value for node in ast.walk(function) if isinstance(node, ast.Return) and node.value is not None]
        return values[0] if len(values) == 1 else None

    def task_id_of(call):
        for keyword in call.keywords:
            if keyword.arg == "task_id" and isinstance(keyword.value, ast.Constant):
                return keyword.value.value
        return None

    def decorator_task_id(function):
        for decorator in function.decorator_list:
            if isinstance(decorator, ast.Call) and ast.unparse(decorator.func).startswith("task"):
                return task_id_of(decorator)
        return None

    def mapped_values(node, seen=frozenset()):
        """The per-item values of expand(...): a list, or what a mapped-arguments task returns."""
        if isinstance(node, ast.Name) and node.id in bound and node.id not in seen:
            value = bound[node.id]
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in functions:
                return returned(functions[value.func.id])
            return mapped_values(value, seen | {node.id})
        return node

    def each_item(node):
        if isinstance(node, (ast.List, ast.Tuple)):
            return list(enumerate(node.elts))
        if isinstance(node, ast.ListComp):
            return [("each", node.elt)]
        return []

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        callee = ast.unparse(node.func)
        if callee in ("KubernetesPodOperator", "KubernetesPodOperator.partial"):
            task_id = task_id_of(node)
            for keyword in node.keywords:
                if keyword.arg in KPO_TEMPLATE_FIELDS:
                    check(keyword.value, task_id, keyword.arg)
        elif isinstance(node.func, ast.Attribute) and node.func.attr in ("expand", "expand_kwargs") and isinstance(node.func.value, ast.Call):
            inner = node.func.value
            operator = ast.unparse(inner.func)
            base = operator[: -len(".partial")] if operator.endswith(".partial") else operator
            task_id = task_id_of(inner) if base == "KubernetesPodOperator" else decorator_task_id(functions[base]) if base in functions else None
            if base != "KubernetesPodOperator" and base not in functions:
                continue
            if node.func.attr == "expand":
                for keyword in node.keywords:
                    if base == "KubernetesPodOperator" and keyword.arg not in KPO_TEMPLATE_FIELDS:
                        continue
                    for index, value in each_item(mapped_values(keyword.value)):
                        check(value, task_id, f"{keyword.arg} (item {index})")
            else:
                for index, value in each_item(mapped_values(node.args[0] if node.args else None)):
                    if isinstance(value, ast.Dict):
                        for key, field in zip(value.keys, value.values):
                            if isinstance(key, ast.Constant) and (base != "KubernetesPodOperator" or key.value in KPO_TEMPLATE_FIELDS):
                                check(field, task_id, f"{key.value} (item {index})")
        elif callee.endswith(".partial") and callee[: -len(".partial")] in functions or callee in functions:
            # A TaskFlow task's call: its arguments are op_args and op_kwargs, both templated.
            function = functions[callee[: -len(".partial")] if callee.endswith(".partial") else callee]
            task_id = decorator_task_id(function)
            if task_id is None:
                continue
            for index, argument in enumerate(node.args):
                check(argument, task_id, f"op_args[{index}]")
            for keyword in node.keywords:
                check(keyword.value, task_id, f"op_kwargs[{keyword.arg!r}]")
    return {"jinja": jinja2.__version__, "problems": problems}
`;

/**
 * Functions a DAG file defines for itself (only those it uses), so that it needs nothing but
 * Airflow and its Kubernetes provider. `couler_output`, `couler_text` and `couler_duration` are
 * also template macros, for references inside templated fields.
 */
export const PYTHON_HELPERS = {
  couler_k8s: {
    imports: [],
    source: `def couler_k8s(data, kind):
    """A Kubernetes client object (kind: "V1PodDNSConfig", "list[V1HostAlias]", ...) from its
    JSON form, read as the cncf.kubernetes provider's own converters read dicts."""
    from kubernetes.client import ApiClient

    return ApiClient()._ApiClient__deserialize(data, kind)
`,
  },
  couler_text: {
    imports: ['json'],
    source: `def couler_text(value):
    """A value as Couler prints it: strings as they are, anything else as compact JSON."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)
`,
  },
  couler_pushed: {
    imports: [],
    source: `def couler_pushed(ti, task_id, size=None):
    """What a task pushed: a dict, or of a mapped task (\`size\` map indexes, or the id of
    the task that built its arguments) the list of each map index's dict, skipped indexes
    left out; None when it did not run.

    Map indexes are always named: without them, what xcom_pull answers for a mapped task
    changed between Airflow versions, and a mapped reader would ask for its own index.
    """
    if size is None:
        return ti.xcom_pull(task_ids=task_id, map_indexes=-1)
    if isinstance(size, str):
        built = ti.xcom_pull(task_ids=size, map_indexes=-1)
        if built is None:
            return None
        size = len(built)
    if size == 0:
        return []
    pushed = ti.xcom_pull(task_ids=task_id, map_indexes=list(range(size)))
    return [value for value in pushed or [] if value is not None]
`,
  },
  couler_output: {
    imports: ['base64', 'json'],
    uses: ['couler_pushed'],
    source: `def couler_output(ti, task_ids, name, sizes=None):
    """Output \`name\` of a step as text; \`result\` is its standard output.

    Of a mapped step (\`sizes\` given), the JSON list of the value of every map index
    that ran, in item order, values that are JSON embedded as JSON, as the local engine
    and Argo gather them. Of a loop step (several task ids), the last iteration that ran.
    """

    def text(value):
        return base64.b64decode(value).decode("utf-8", errors="replace")

    def gathered(value):
        def not_json(constant):
            raise ValueError(constant)

        try:
            return json.loads(text(value), parse_constant=not_json)
        except ValueError:
            return text(value)

    ids = [task_ids] if isinstance(task_ids, str) else task_ids
    each = sizes if isinstance(sizes, list) else [sizes] * len(ids)
    for task_id, size in reversed(list(zip(ids, each))):
        pushed = couler_pushed(ti, task_id, size)
        if not pushed:
            continue
        if size is None:
            return text(pushed[name])
        values = [gathered(value[name]) if name in value else None for value in pushed]
        return json.dumps(values, separators=(",", ":"), ensure_ascii=False)
    if sizes is not None:
        return "[]"
    raise ValueError(f"No run of {task_ids!r} pushed output {name!r}.")
`,
  },
  couler_in_group: {
    imports: [],
    source: `def couler_in_group(ti, task, up=0, group_index=None):
    """The id of task \`task\` of the task group call a task is in (\`up\` groups higher),
    and the map index to read it at: the task's own, which in a mapped task group is the
    call's; a mapped task of a call that is not mapped reads its group at \`group_index\` -1.
    """
    group = ti.task_id.rsplit(".", up + 1)[0]
    return f"{group}.{task}", ti.map_index if group_index is None else group_index
`,
  },
  couler_group_output: {
    imports: ['base64'],
    uses: ['couler_in_group', 'couler_output'],
    source: `def couler_group_output(ti, task, name, up=0, group_index=None, size=None):
    """Output \`name\` of another task of the same task group call, as text: \`task\` is
    its id inside the group (see couler_in_group), or of a loop step the id of each
    iteration, of which the last that ran is read. In a mapped task group, of the same map
    index: each map index of the group is one run of the sub-workflow. Of a mapped task in
    the group (\`size\`: its map size, or the id in the group of the task that built its
    arguments; a list of them for a loop step), every index's value as couler_output
    gathers them.
    """
    tasks = [task] if isinstance(task, str) else task
    if size is not None:
        def prefixed(each):
            return each if isinstance(each, int) else couler_in_group(ti, each, up)[0]

        sizes = [prefixed(each) for each in size] if isinstance(size, list) else prefixed(size)
        return couler_output(ti, [couler_in_group(ti, each, up)[0] for each in tasks], name, sizes)
    for each in reversed(tasks):
        task_id, index = couler_in_group(ti, each, up, group_index)
        pushed = ti.xcom_pull(task_ids=task_id, map_indexes=index)
        if pushed is None:
            continue
        if name not in pushed:
            raise ValueError(f"Task {task_id} pushed no output {name!r}.")
        return base64.b64decode(pushed[name]).decode("utf-8", errors="replace")
    raise ValueError(f"No run of {task!r} pushed output {name!r}.")
`,
  },
  couler_group_input: {
    imports: [],
    uses: ['couler_in_group'],
    source: `def couler_group_input(ti, name, up=0, group_index=None):
    """Input \`name\` of the task group call a task is in, as the call's arguments task
    received it (see couler_in_group).
    """
    task_id, index = couler_in_group(ti, "call__arguments", up, group_index)
    return ti.xcom_pull(task_ids=task_id, map_indexes=index)[name]
`,
  },
  couler_group_artifact: {
    imports: [],
    uses: ['couler_in_group'],
    source: `def couler_group_artifact(ti, task, name, up=0, group_index=None):
    """Artifact \`name\` of another task of the same task group call (see
    couler_in_group) as its pod packed it into XCom, or "" when it wrote none or did not run;
    of a loop step (a list of ids), the last iteration that ran.
    """
    for each in reversed([task] if isinstance(task, str) else task):
        task_id, index = couler_in_group(ti, each, up, group_index)
        pushed = ti.xcom_pull(task_ids=task_id, map_indexes=index)
        if pushed is not None:
            return pushed.get(f"artifact:{name}", "")
    return ""
`,
  },
  couler_produced: {
    imports: [],
    uses: ['couler_pushed'],
    source: `def couler_produced(ti, task_ids, name, sizes=None):
    """Whether the step pushed output \`name\` (of a mapped step: some index ran, and
    every one that ran pushed it).

    An exit-handler task that reads a main step's output runs only then, as a
    Tekton finally task is skipped when a result it reads was never produced.
    """
    ids = [task_ids] if isinstance(task_ids, str) else task_ids
    each = sizes if isinstance(sizes, list) else [sizes] * len(ids)
    for task_id, size in reversed(list(zip(ids, each))):
        pushed = couler_pushed(ti, task_id, size)
        if not pushed:
            continue
        return all(name in value for value in ([pushed] if size is None else pushed))
    return False
`,
  },
  couler_artifact: {
    imports: [],
    uses: ['couler_pushed'],
    source: `def couler_artifact(ti, task_ids, name):
    """Artifact \`name\` of a step as its pod packed it into XCom (\`file:\` or \`dir:\`
    and base64), or "" when it wrote none or did not run; of a loop step, the last
    iteration that ran.
    """
    for task_id in reversed([task_ids] if isinstance(task_ids, str) else task_ids):
        pushed = couler_pushed(ti, task_id)
        if pushed is not None:
            return pushed.get(f"artifact:{name}", "")
    return ""
`,
  },
  couler_duration: {
    imports: ['datetime'],
    source: `def couler_duration(dag_run):
    """Seconds since the run started, as text: the workflow's duration."""
    now = datetime.datetime.now(datetime.timezone.utc)
    return str((now - dag_run.start_date).total_seconds())
`,
  },
  couler_failures: {
    imports: ['json'],
    source: `def couler_failures(dag_run):
    """The run's failed tasks as JSON, shaped like Argo's workflow.failures (Airflow 2)."""
    failures = []
    for failed in dag_run.get_task_instances(state="failed"):
        if failed.task_id in ("couler_watcher", "couler_status"):
            continue
        mapped = failed.map_index is not None and failed.map_index >= 0
        pod_name = failed.xcom_pull(task_ids=failed.task_id, key="pod_name", map_indexes=failed.map_index)
        failures.append(
            {
                "displayName": f"{failed.task_id}({failed.map_index})" if mapped else failed.task_id,
                "message": f"Task {failed.task_id} failed after {failed.try_number} tries.",
                "templateName": failed.task_id,
                "phase": "Failed",
                "podName": pod_name or "",
                "finishedAt": failed.end_date.strftime("%Y-%m-%dT%H:%M:%SZ") if failed.end_date else None,
            }
        )
    return json.dumps(failures)
`,
  },
  couler_task_states: {
    imports: [],
    source: `def couler_task_states(dag_run, task_ids):
    """The states of the task instances of \`task_ids\` in this DAG run, every map index (Airflow 2)."""
    wanted = set(task_ids)
    return [each.state for each in dag_run.get_task_instances() if each.task_id in wanted]
`,
  },
  couler_sdk_task_states: {
    imports: [],
    source: `def couler_sdk_task_states(ti, task_ids):
    """The states of the task instances of \`task_ids\` in this DAG run, every map index.

    Asked of the API server (RuntimeTaskInstance.get_task_states): an Airflow 3 task has
    no database access. Keys are task ids, with the map index for mapped tasks.
    """
    found = ti.get_task_states(dag_id=ti.dag_id, task_ids=list(task_ids), run_ids=[ti.run_id])
    return list(found.get(ti.run_id, {}).values())
`,
  },
  couler_hook_phase: {
    imports: [],
    source: `def couler_hook_phase(states, whole_run):
    """Argo's phase of what a status hook watches, from its task instances' states.

    A step: "Failed" once an instance failed (Airflow has one failed state for failures
    and errors); "Succeeded" once all ended in success or skipped, one at least in
    success; None otherwise (skipped, or never run because a task before it failed).
    The whole run (its effective leaves, as DagRun.update_state reads them): "Failed"
    when a leaf failed or is upstream_failed, as the run then fails; else "Succeeded".
    """
    failed = ("failed", "upstream_failed") if whole_run else ("failed",)
    if any(state in failed for state in states):
        return "Failed"
    ended = all(state in ("success", "skipped") for state in states)
    if ended and (whole_run or "success" in states):
        return "Succeeded"
    return None
`,
  },
  couler_escape: {
    imports: ['re'],
    source: `def couler_escape(text):
    """Text Jinja renders as itself, whatever is joined to it.

    Escaped: a brace that opens a tag or ends the text, and carriage returns.
    """
    return re.sub(r"\\{(?=[{%#\\r]|\\Z)", "{{ '{' }}", text).replace("\\r", "{{ '\\\\r' }}")
`,
  },
  couler_items: {
    imports: ['json'],
    source: `def couler_items(value):
    """The list a step is mapped over: a list, or its JSON text."""
    items = json.loads(value) if isinstance(value, str) else value
    if not isinstance(items, list):
        raise TypeError(f"A step can only be mapped over a list, not {items!r}.")
    return items
`,
  },
  couler_run_script: {
    imports: ['base64', 'os', 'subprocess', 'tempfile'],
    source: `def couler_run_script(command, source, args, env, outputs):
    """Runs a script step on the worker: \`command\` + the source's file + \`args\`.

    Returns what a pod step pushes to XCom: standard output and output files, base64.
    """
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "script")
        with open(path, "w", encoding="utf-8") as file:
            file.write(source)
        completed = subprocess.run(
            [*command, path, *args],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            check=False,
        )
    print(completed.stdout.decode("utf-8", errors="replace"))
    if completed.returncode != 0:
        raise RuntimeError(f"The script exited with status {completed.returncode}.")
    pushed = {"result": base64.b64encode(completed.stdout.rstrip(b"\\n")).decode("ascii")}
    for name, (output_path, default) in outputs.items():
        if os.path.exists(output_path):
            with open(output_path, "rb") as file:
                value = file.read().rstrip(b"\\n")
        elif default is not None:
            value = default.encode("utf-8")
        else:
            raise FileNotFoundError(f"Output {name!r} not written to {output_path!r}.")
        pushed[name] = base64.b64encode(value).decode("ascii")
    return pushed
`,
  },
} as const;

export type PythonHelper = keyof typeof PYTHON_HELPERS;

/** The helpers a file needs for the ones it calls: those, and the helpers they call. */
export function helpersWithTheirUses(called: ReadonlyArray<PythonHelper>): PythonHelper[] {
  const needed = new Set<PythonHelper>();
  const add = (name: PythonHelper) => {
    if (needed.has(name)) return;
    needed.add(name);
    const entry = PYTHON_HELPERS[name];
    if ('uses' in entry) for (const used of entry.uses) add(used as PythonHelper);
  };
  called.forEach(add);
  return (Object.keys(PYTHON_HELPERS) as PythonHelper[]).filter((name) => needed.has(name));
}

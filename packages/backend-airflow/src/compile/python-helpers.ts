/**
 * Functions a DAG file defines for itself (only those it uses), so that it needs nothing but
 * Airflow and its Kubernetes provider. `couler_output`, `couler_text` and `couler_duration` are
 * also template macros, for references inside templated fields.
 */
export const PYTHON_HELPERS = {
  couler_text: {
    imports: ['json'],
    source: `def couler_text(value):
    """A value as Couler prints it: strings as they are, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value)
`,
  },
  couler_output: {
    imports: ['base64', 'json'],
    source: `def couler_output(ti, task_ids, name):
    """Output \`name\` of a step as text; \`result\` is its standard output.

    Of a mapped step, the JSON list of every run's value; of a loop step (several
    task ids), the value of the last iteration that ran.
    """
    for task_id in reversed([task_ids] if isinstance(task_ids, str) else task_ids):
        pushed = ti.xcom_pull(task_ids=task_id)
        if pushed is None:
            continue
        if isinstance(pushed, dict):
            return base64.b64decode(pushed[name]).decode("utf-8", errors="replace")
        return json.dumps(
            [
                base64.b64decode(value[name]).decode("utf-8", errors="replace")
                for value in pushed
                if value is not None
            ]
        )
    raise ValueError(f"No run of {task_ids!r} pushed output {name!r}.")
`,
  },
  couler_produced: {
    imports: [],
    source: `def couler_produced(ti, task_ids, name):
    """Whether a run of the step pushed output \`name\` (every run, if mapped).

    An exit-handler task that reads a main step's output runs only then, as a
    Tekton finally task is skipped when a result it reads was never produced.
    """
    for task_id in reversed([task_ids] if isinstance(task_ids, str) else task_ids):
        pushed = ti.xcom_pull(task_ids=task_id)
        if pushed is None:
            continue
        if isinstance(pushed, dict):
            return name in pushed
        return all(isinstance(value, dict) and name in value for value in pushed)
    return False
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

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonJson } from './python';
import { FAKE_TASK_INSTANCE, LOAD_DAG } from './run-hook';

/** A process of the pod: its argv and environment, as Kubernetes would start it. */
export interface PodProcess {
  readonly argv: ReadonlyArray<string>;
  readonly env: Readonly<Record<string, string>>;
}

export interface RenderedPod {
  readonly base: PodProcess;
  readonly sidecar: PodProcess | undefined;
  /** The init containers (`init_containers`, not templated), in order. */
  readonly init?: ReadonlyArray<PodProcess>;
}

/**
 * Reads one KubernetesPodOperator of a DAG file with python3's `ast` (nothing imported) and
 * renders its templated fields (`cmds`, `arguments`, `env_vars`; of a mapped one, those of its
 * `.partial()` for one `mapIndex`) with jinja2 the way Airflow does,
 * the DAG's own `couler_*` helpers as macros and a task instance whose `xcom_pull` answers from
 * `xcom` (unmapped tasks) and `mapped` (each map index; see FAKE_TASK_INSTANCE). The sidecar comes from `full_pod_spec` as written (not templated); secret keys are read
 * from `secrets`.
 */
const READ_POD = String.raw`
import ast, json, sys
import jinja2.sandbox

${LOAD_DAG}
data = json.load(sys.stdin)
tree, constants = load_dag(data["source"])
macros = constants


def value(node):
    if isinstance(node, ast.Name):
        return constants[node.id]
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "couler_escape":
        return macros["couler_escape"](value(node.args[0]))
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        # A piece of a large script's source: SOURCE[start:end].
        bound = lambda part: None if part is None else ast.literal_eval(part)
        return value(node.value)[bound(node.slice.lower):bound(node.slice.upper)]
    return ast.literal_eval(node)


pod = None
assigned = {}
expanded = {}
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        assigned[node.targets[0].id] = node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "expand" and isinstance(node.func.value, ast.Call):
        expanded[id(node.func.value)] = {keyword.arg: keyword.value for keyword in node.keywords}
    if isinstance(node, ast.Call) and ast.unparse(node.func) in ("KubernetesPodOperator", "KubernetesPodOperator.partial"):
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        if ast.literal_eval(keywords["task_id"]) == data["taskId"]:
            pod = keywords
            partial = node

# A mapped pod over a literal list: its map index's entry of the list it expands its arguments over.
if "arguments" not in pod and "arguments" in expanded.get(id(partial), {}) and data.get("mapIndex", -1) >= 0:
    values = expanded[id(partial)]["arguments"]
    values = assigned[values.id] if isinstance(values, ast.Name) else values
    pod["arguments"] = values.elts[data["mapIndex"]]


${FAKE_TASK_INSTANCE}

ti = TaskInstance(data, data.get("mapIndex", -1))
ti.task_id = data.get("groupTaskId") or data["taskId"]
jinja = jinja2.sandbox.SandboxedEnvironment(keep_trailing_newline=True)
context = {"dag": {"dag_id": data["dagId"]}, "run_id": data["runId"], "ti": ti, "params": data["params"]}
context.update({name: value for name, value in macros.items() if name.startswith("couler_")})


def render(text):
    return jinja.from_string(text).render(**context)


def env_of(node, templated):
    env = {}
    for item in node.elts:
        fields = {keyword.arg: keyword.value for keyword in item.keywords}
        name = ast.literal_eval(fields["name"])
        if "value" in fields:
            env[name] = render(value(fields["value"])) if templated else value(fields["value"])
        else:
            env[name] = data["secrets"][ast.literal_eval(next(k.value for k in ast.walk(fields["value_from"]) if isinstance(k, ast.keyword) and k.arg == "key"))]
    return env


argv = [render(value(node)) for node in pod["cmds"].elts] + [render(value(node)) for node in pod.get("arguments", ast.List(elts=[])).elts]
result = {"base": {"argv": argv, "env": env_of(pod["env_vars"], True) if "env_vars" in pod else {}}, "sidecar": None, "init": []}
for node in pod["init_containers"].elts if "init_containers" in pod else []:
    fields = {keyword.arg: keyword.value for keyword in node.keywords}
    result["init"].append({"argv": [value(item) for item in fields["command"].elts], "env": env_of(fields["env"], False) if "env" in fields else {}})
for node in ast.walk(pod.get("full_pod_spec", ast.List(elts=[]))):
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "k8s.V1Container":
        fields = {keyword.arg: keyword.value for keyword in node.keywords}
        if ast.literal_eval(fields["name"]) == "couler-transfer":
            result["sidecar"] = {"argv": [value(item) for item in fields["command"].elts], "env": env_of(fields["env"], False)}
print(json.dumps(result))
`;

/** `params` are the DAG run's parameters, as Airflow renders `params[…]` (the DAG's defaults when triggered without conf). */
export function readPod(
  source: string,
  options: {
    taskId: string;
    /** Of a task inside a sub-workflow's task group: its id with the call's prefix (`call.step`), what its helpers read relative to. */
    groupTaskId?: string;
    dagId: string;
    runId: string;
    mapIndex?: number;
    xcom?: Record<string, unknown>;
    /** Of mapped tasks: what each map index pushed, null for a skipped one. */
    mapped?: Record<string, ReadonlyArray<unknown>>;
    secrets?: Record<string, string>;
    params?: Record<string, unknown>;
  },
): RenderedPod {
  const pod = pythonJson<{ base: PodProcess; sidecar: PodProcess | null; init: PodProcess[] }>(READ_POD, { source, xcom: {}, mapped: {}, secrets: {}, params: {}, ...options });
  return { base: pod.base, sidecar: pod.sidecar ?? undefined, init: pod.init };
}

export interface Exited {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts a process (the argv's first word found on PATH) with only the given environment and PATH. */
export function start(process_: PodProcess, overrides: Record<string, string>): { done: Promise<Exited>; kill(): void } {
  // Each container has a /tmp of its own; on this host test files run pods side by side, so the
  // wrapper's fixed files there (/tmp/couler-status, -stdout, -script) move to a private folder.
  const privateTmp = mkdtempSync(join(tmpdir(), 'couler-pod-tmp-'));
  const privatize = (text: string) => text.replace(/\/tmp\/(couler-(?:script|status|stdout|manifest\.json|manifest\.yaml|object-outputs|field-error))(?![\w-])/g, `${privateTmp}/$1`);
  const [command, ...args] = process_.argv.map(privatize);
  const env = Object.fromEntries(Object.entries(process_.env).map(([name, value]) => [name, privatize(value)]));
  // Its own process group: killing it kills every process, as the end of a container does.
  const child = spawn(command!, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, ...overrides }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    done: new Promise((resolve) =>
      child.on('close', (status) => {
        rmSync(privateTmp, { recursive: true, force: true });
        resolve({ status, stdout, stderr });
      }),
    ),
    kill: () => process.kill(-child.pid!, 'SIGKILL'),
  };
}

/** Runs a pod: the sidecar (when it has one) and the base container, sharing `shared`; both must end. */
export interface RunPodOptions {
  readonly withoutSidecar?: boolean;
  readonly sidecarTimeout?: number;
  readonly heartbeatTimeout?: number;
  /** Kill the base container's processes this long after it started (an OOM kill). */
  readonly killBaseAfterMs?: number;
  /** More environment for both containers (a PATH with a fake kubectl first). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Init containers run first, one after the other; when one fails, as in Kubernetes, no other
 * container starts (`base` is then that init container's exit).
 */
export async function runPod(pod: RenderedPod, directories: { shared: string; xcom: string }, options: RunPodOptions = {}): Promise<{ base: Exited; sidecar: Exited | undefined; init: Exited[] }> {
  const overrides = {
    ...options.env,
    COULER_DIR: directories.shared,
    COULER_XCOM_DIR: directories.xcom,
    ...(options.sidecarTimeout !== undefined && { COULER_SIDECAR_TIMEOUT: String(options.sidecarTimeout) }),
    ...(options.heartbeatTimeout !== undefined && { COULER_HEARTBEAT_TIMEOUT: String(options.heartbeatTimeout) }),
  };
  const init: Exited[] = [];
  for (const container of pod.init ?? []) {
    const exited = await start(container, overrides).done;
    init.push(exited);
    if (exited.status !== 0) return { base: exited, sidecar: undefined, init };
  }
  const sidecar = pod.sidecar && !options.withoutSidecar ? start(pod.sidecar, overrides) : undefined;
  const running = start(pod.base, overrides);
  if (options.killBaseAfterMs !== undefined) setTimeout(() => running.kill(), options.killBaseAfterMs);
  const base = await running.done;
  return { base, sidecar: sidecar && (await sidecar.done), init };
}

/** What a pod's wrapper pushed: its `return.json` in the XCom directory, or undefined when it wrote none. */
export function pushedXcom(xcomDirectory: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(join(xcomDirectory, 'return.json'), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** Runs one task's pod of a DAG file in fresh directories under `root`: its exits, what it pushed, and the rendered pod. */
export async function runTaskPod(root: string, source: string, task: Parameters<typeof readPod>[1], options: RunPodOptions = {}) {
  const pod = readPod(source, task);
  const directories = mkdtempSync(join(root, 'pod '));
  const xcom = join(directories, 'xcom');
  const { base, sidecar } = await runPod(pod, { shared: join(directories, 'shared'), xcom }, options);
  return { base, sidecar, pushed: pushedXcom(xcom), pod };
}

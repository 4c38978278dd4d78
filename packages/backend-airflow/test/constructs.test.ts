import { describe, expect, it } from 'vitest';
import { CoulerError, type Step, type Workflow } from '@couler/ir';
import { assertBackendConformance } from '@couler/ir/test';
import { airflow, checkAirflowDag, createAirflowBackend } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, output, script } from './support/ir';
import { pythonJson } from './support/python';

async function refusal(workflow: Workflow, settings: Record<string, unknown> = {}): Promise<CoulerError> {
  const error = await airflow.doCompile(workflow, { settings }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

/** Control flow: when, map over items and over an output, concurrent, while, exit handler. */
const controlFlow = irWorkflow(
  'control-flow',
  [
    script('flip', { outputs: { parameters: [{ name: 'side', path: '/tmp/side', default: 'none' }] } }),
    container('heads', { when: { op: 'equal', left: output('flip'), right: 'heads' } }),
    container('after-heads', { dependencies: ['heads'] }),
    container('fan', { map: { items: [1, 'two', { a: 'x' }], parallelism: 2 } }, { args: ['--n', { ref: 'item' }] }),
    container('list', {}, { command: ['sh', '-c', 'echo "[1, 2]"'], args: [] }),
    container('per-item', { map: { from: output('list') } }, { args: [{ concat: ['item=', { ref: 'item' }, ' side=', output('flip', 'side')] }] }),
    container('left'),
    container('left-2'),
    container('right'),
    container('fan-in', {}, { args: [output('fan')] }),
    script('poll', { dependencies: ['left-2'] }),
  ],
  {
    groups: [
      { name: 'sides', kind: 'concurrent', branches: [['left', 'left-2'], ['right']] },
      { name: 'polling', kind: 'while', steps: ['poll'], condition: { op: 'notEqual', left: output('poll'), right: 'done' }, maxIterations: 3 },
    ],
    onExit: [container('notify', {}, { args: [{ concat: ['status=', { ref: 'workflow', field: 'status' }] }] }), container('notify-2', { dependencies: ['notify'] })],
    parameters: [{ name: 'epochs', type: 'integer', default: 3, description: 'Training epochs' }, { name: 'mode', enum: ['fast', 'slow'], default: 'fast' }],
  },
);

describe('control flow', () => {
  const both = [3, 2] as const;
  for (const airflowVersion of both) {
    it(`compiles for Airflow ${airflowVersion} into a file every check accepts`, () => {
      const dag = compileChecked(controlFlow, { airflowVersion });
      expect(dag.flat).toContain(airflowVersion === 3 ? 'from airflow.sdk import DAG, Param, TaskGroup, task' : 'from airflow.utils.task_group import TaskGroup');
    });
  }

  const dag = compileChecked(controlFlow);

  it('when: a branch task decides, and a step after the conditional one waits past a skip', () => {
    expect(dag.task('heads__when').operator).toBe('task.branch');
    expect(dag.upstream('heads__when')).toEqual(['flip']);
    expect(dag.upstream('heads')).toEqual(['heads__when']);
    expect(dag.keyword('after_heads', 'trigger_rule')).toBe('none_failed');
    expect(dag.keyword('heads', 'trigger_rule')).toBeUndefined();
  });

  it('map over items: partial + expand, one argument list per item, parallelism as max_active_tis_per_dagrun', () => {
    const fan = dag.task('fan');
    expect(fan.mapped).toBe('expand');
    expect(dag.keyword('fan', 'max_active_tis_per_dagrun')).toBe(2);
    // Read by fan-in, so wrapped: the command is part of the arguments.
    expect(dag.flat).toContain('fan_arguments = [["echo", "--n", "1"], ["echo", "--n", "two"], ["echo", "--n", \'{"a":"x"}\']]');
  });

  it('map over an output: a task builds the argument lists at run time, escaping item text for Jinja', () => {
    expect(dag.task('per_item__items').body).toContain("for item in couler_items(couler_output(ti, 'list_task', 'result'))");
    expect(dag.task('per_item__items').body).toContain("couler_escape(couler_text(item))");
    expect(dag.task('per_item').mapped).toBe('expand');
    expect(dag.upstream('per_item')).toEqual(['per_item__items']);
    expect(dag.upstream('per_item__items').sort()).toEqual(['flip', 'list_task']);
  });

  it('fan-in: a reader of a mapped step gets the list of every run, its map indexes named by count or by its items task', () => {
    expect(dag.keyword('fan_in', 'arguments')).toEqual(['{{ couler_output(ti, "fan", "result", 3) }}']);
  });

  it('concurrent: a TaskGroup without prefixes; a branch runs in order', () => {
    expect(dag.flat).toContain('with TaskGroup(group_id="sides", prefix_group_id=False):');
    expect(dag.upstream('left_2')).toEqual(['left']);
    expect(dag.upstream('right')).toEqual([]);
  });

  it('execWhile: unrolled up to its cap, later iterations after a check that skips itself when the loop ends', () => {
    expect(dag.upstream('poll')).toEqual(['left_2']);
    expect(dag.upstream('polling__check_1')).toEqual(['poll']);
    expect(dag.upstream('poll__2')).toEqual(['polling__check_1']);
    expect(dag.upstream('poll__3')).toEqual(['polling__check_2']);
    expect(() => dag.task('polling__check_3')).toThrow();
  });

  it('exit handler: runs when everything is done, and a watcher fails the run when a step failed', () => {
    expect(dag.keyword('notify', 'trigger_rule')).toBe('all_done');
    expect(dag.upstream('notify')).toContain('poll__3');
    expect(dag.upstream('notify_2')).toEqual(['notify']);
    expect(dag.keyword('couler_watcher', 'trigger_rule')).toBe('one_failed');
    expect(dag.upstream('couler_watcher')).toContain('flip');
    expect(dag.upstream('couler_watcher')).not.toContain('notify');
    // The workflow's status: a task that runs only when no main task failed.
    expect(dag.keyword('couler_status', 'trigger_rule')).toBe('none_failed');
    expect(dag.upstream('notify')).toContain('couler_status');
    expect(dag.keyword('notify', 'arguments')).toEqual(['status={{ ti.xcom_pull(task_ids="couler_status") or "Failed" }}']);
  });

  it('parameters: DAG params with types, enums and descriptions', () => {
    expect(dag.structure.params).toEqual(['epochs', 'mode']);
    expect(dag.flat).toContain('"epochs": Param(3, type="integer", description="Training epochs")');
    expect(dag.flat).toContain('"mode": Param("fast", enum=["fast", "slow"])');
  });

  it('outputs: the pod wrapper pushes stdout and output files (with their defaults) to XCom', () => {
    expect(dag.keyword('flip', 'do_xcom_push')).toBe(true);
    expect(dag.flat).toContain('if [ -f /tmp/side ]; then value="$(cat /tmp/side)"; else value=none; fi');
  });
});

/** What a pod step can carry. */
const podShowcase = irWorkflow(
  'pod-showcase',
  [
    container(
      'train',
      {
        retry: { limit: 3, backoff: { durationSeconds: 10, factor: 2, capSeconds: 300 } },
        timeoutSeconds: 3600,
        resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { gpu: 2 } },
        env: [
          { name: 'EPOCHS', value: { ref: 'parameter', name: 'epochs' } },
          { name: 'TOKEN', secretKeyRef: { name: 'creds', key: 'token' } },
          { name: 'MODE', configMapKeyRef: { name: 'settings', key: 'mode', optional: true } },
        ],
        envFrom: [{ secretRef: { name: 'all' }, prefix: 'ALL_' }],
        volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }],
        nodeSelector: { pool: 'gpu' },
        tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
        labels: { team: 'ml' },
        description: 'Trains the model.',
      },
      { workingDir: '/work', imagePullPolicy: 'Always' },
    ),
  ],
  {
    parameters: [{ name: 'epochs', default: '5' }],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } }],
    serviceAccount: 'trainer',
    imagePullSecrets: ['registry'],
    parallelism: 4,
    timeoutSeconds: 7200,
    cron: { schedule: '0 3 * * *', timezone: 'Europe/Paris', concurrencyPolicy: 'Forbid' },
    retry: { limit: 1 },
    priority: 7,
  },
);

describe('pod steps', () => {
  const dag = compileChecked(podShowcase);
  it('retries, timeout, resources with GPUs, env from values, secrets and ConfigMaps', () => {
    expect(dag.keyword('train', 'retries')).toBe(3);
    expect(dag.keyword('train', 'retry_exponential_backoff')).toBe(true);
    expect(dag.flat).toContain('retry_delay=datetime.timedelta(seconds=10)');
    expect(dag.flat).toContain('max_retry_delay=datetime.timedelta(seconds=300)');
    expect(dag.flat).toContain('execution_timeout=datetime.timedelta(seconds=3600)');
    expect(dag.flat).toContain('limits={"nvidia.com/gpu": "2"}');
    expect(dag.flat).toContain('k8s.V1EnvVar(name="EPOCHS", value=\'{{ couler_text(params["epochs"]) }}\')');
    expect(dag.flat).toContain('secret_key_ref=k8s.V1SecretKeySelector(name="creds", key="token")');
    expect(dag.flat).toContain('k8s.V1ConfigMapKeySelector(name="settings", key="mode", optional=True)');
    expect(dag.flat).toContain('prefix="ALL_"');
  });
  it('volumes, node selector, tolerations, service account, pull secrets, labels, working directory', () => {
    expect(dag.flat).toContain('persistent_volume_claim=k8s.V1PersistentVolumeClaimVolumeSource(claim_name="datasets")');
    expect(dag.flat).toContain('k8s.V1VolumeMount(name="data", mount_path="/data", read_only=True)');
    expect(dag.keyword('train', 'node_selector')).toEqual({ pool: 'gpu' });
    expect(dag.keyword('train', 'service_account_name')).toBe('trainer');
    expect(dag.keyword('train', 'labels')).toEqual({ team: 'ml' });
    expect(dag.keyword('train', 'image_pull_policy')).toBe('Always');
    expect(dag.flat).toContain('working_dir="/work"');
    expect(dag.keyword('train', 'doc_md')).toBe('Trains the model.');
  });
  it('workflow settings: schedule with time zone, max_active_runs, max_active_tasks, dagrun_timeout, default_args', () => {
    const dagKeywords = dag.structure.dagKeywords;
    expect(dagKeywords.schedule).toEqual({ value: '0 3 * * *' });
    expect(dagKeywords.max_active_runs).toEqual({ value: 1 });
    expect(dagKeywords.max_active_tasks).toEqual({ value: 4 });
    expect(dag.flat).toContain('start_date=pendulum.datetime(2024, 1, 1, tz="Europe/Paris")');
    expect(dag.flat).toContain('dagrun_timeout=datetime.timedelta(seconds=7200)');
    expect(dag.flat).toContain('default_args={"retries": 1, "priority_weight": 7}');
  });
});

describe('values only known when the run runs', () => {
  const images = irWorkflow(
    'images',
    [
      container('tagged', {}, { image: { ref: 'parameter', name: 'image' } }),
      container('per-os', { map: { items: [{ os: 'debian', tag: '12' }, { os: 'alpine', tag: '3.20' }] } }, { image: { concat: [{ ref: 'item', key: 'os' }, ':', { ref: 'item', key: 'tag' }] }, command: ['cat'], args: ['/etc/os-release'] }),
      container('list', {}, { command: ['sh', '-c', 'echo \'["debian:12"]\''], args: [] }),
      container('per-listed', { map: { from: output('list') } }, { image: { ref: 'item' } }),
    ],
    { parameters: [{ name: 'image', default: 'alpine:3.20' }] },
  );

  for (const airflowVersion of [3, 2] as const) {
    it(`images from a parameter, a literal item or an item read at run time (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(images, { airflowVersion });
      // image is a templated field of the pod operator.
      expect(dag.keyword('tagged', 'image')).toBe('{{ couler_text(params["image"]) }}');
      // Mapped: each item's image is expanded with its arguments.
      expect(dag.task('per_os').mapped).toBe('expand_kwargs');
      expect(dag.task('per_os').keywords.image).toBeUndefined();
      expect(dag.flat).toContain('per_os_kwargs = [{"arguments": ["/etc/os-release"], "image": "debian:12"}, {"arguments": ["/etc/os-release"], "image": "alpine:3.20"}]');
      expect(dag.task('per_listed').mapped).toBe('expand_kwargs');
      expect(dag.task('per_listed__items').body).toContain("'image': couler_escape(couler_text(item))");
    });
  }

  it("the workflow's duration: seconds since the run started, in arguments and conditions", () => {
    const timed = irWorkflow('timed', [container('work')], {
      onExit: [container('report', { when: { op: 'bigger', left: { ref: 'workflow', field: 'duration' }, right: 60 } }, { args: [{ concat: ['took ', { ref: 'workflow', field: 'duration' }, 's'] }] })],
    });
    const dag = compileChecked(timed);
    expect(dag.keyword('report', 'arguments')).toEqual(['took {{ couler_duration(dag_run) }}s']);
    expect(dag.task('report__when').body).toContain('if float(couler_duration(dag_run)) > 60:');
    expect(dag.structure.dagKeywords.user_defined_macros).toEqual({ code: "{'couler_duration': couler_duration}" });
    expect(compileChecked(timed, { airflowVersion: 2 }).task('report__when').body).toContain("dag_run = context['dag_run']");
  });

  it('couler_duration counts the seconds since the run started', () => {
    const { source } = compileChecked(irWorkflow('timed', [container('work', {}, { args: [{ ref: 'workflow', field: 'duration' }] })]));
    const helper = /^def couler_duration[\s\S]*?\n\n/m.exec(source)![0];
    const seconds = pythonJson<string>(
      `import datetime, json, sys, types\n${helper}\nstarted = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)\nprint(json.dumps(couler_duration(types.SimpleNamespace(start_date=started))))`,
      null,
    );
    expect(Number(seconds)).toBeGreaterThanOrEqual(3600);
  });
});

describe('what Airflow cannot express', () => {
  it('is refused with UNSUPPORTED_BY_BACKEND naming the construct and step, all at once', async () => {
    const steps: Step[] = [
      container('a', { depends: 'b.Failed' }),
      container('b', { cache: { ttlSeconds: 60 }, retry: { limit: 1, on: 'transient' } }),
      { name: 'wait', kind: 'suspend', suspend: {} } as Step,
      container('c', { map: { items: [1, 2, 3] } }),
    ];
    const error = await refusal(irWorkflow('nope', steps, { ttl: { secondsAfterCompletion: 10 }, volumeClaimTemplates: [{ name: 'w', accessModes: ['ReadWriteOnce'], storage: '1Gi' }] }), { maxMapLength: 2 });
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.errors?.map((inner) => inner.pathString).sort()).toEqual(
      ['steps.a.depends', 'steps.b.cache', 'steps.b.retry.on', 'steps.c.map.items', 'steps.wait.suspend', 'ttl', 'volumeClaimTemplates'].sort(),
    );
    const wide = error.errors!.find((inner) => inner.pathString === 'steps.c.map.items')!;
    expect(wide.message).toBe('Step "c" is mapped over 3 items, more than Airflow\'s max_map_length (2).');
    expect(wide.hint).toContain('AIRFLOW__CORE__MAX_MAP_LENGTH');
    // The cache refusal says what to do instead (issue 23).
    const cache = error.errors!.find((inner) => inner.pathString === 'steps.b.cache')!;
    expect(cache).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['b'] });
    expect(cache.message).toContain('used by "b"');
    expect(cache.hint).toMatch(/no memo of task results across DAG runs.*local engine.*argo backend.*drop "cache"/);
  });

  it("retries every failure for on: 'always' and 'failure', and refuses 'error' and 'transient', the workflow's default too", async () => {
    for (const on of ['always', 'failure'] as const) expect(compileChecked(irWorkflow('r', [container('a', { retry: { limit: 2, on } })])).keyword('a', 'retries')).toBe(2);
    const transient = await refusal(irWorkflow('r', [container('a')], { retry: { limit: 2, on: 'transient', transientPatterns: ['busy'] } }));
    expect(transient).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['retry', 'on'] });
    expect(transient.message).toBe(
      "The workflow's default retry policy retries only transient failures (on: 'transient'); the airflow backend's tasks retry every failure alike and cannot tell an out-of-memory kill or a matching log line from a plain exit 1.",
    );
    expect(transient.hint).toContain('compile for Argo');
    const error = await refusal(irWorkflow('r', [container('a', { retry: { limit: 2, on: 'error' } })]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'retry', 'on'], stepIds: ['a'] });
    expect(error.message).toContain(`Step "a" retries only errors around the step (on: 'error')`);
  });

  it('a reference to the namespace is refused unless the namespace setting is given', async () => {
    const namespace = irWorkflow('ns', [container('a', {}, { args: [{ ref: 'workflow', field: 'namespace' }] })]);
    expect((await refusal(namespace)).hint).toBe('Set the airflow backend\'s "namespace" setting.');
    expect(compileChecked(namespace, { namespace: 'ml' }).keyword('a', 'arguments')).toEqual(['ml']);
    // Rendered once per item and once without, but reported once.
    const mapped = irWorkflow('ns-mapped', [container('a', { map: { items: [1, 2, 3] } }, { image: { concat: [{ ref: 'workflow', field: 'namespace' }, '/tool'] } })]);
    expect(await refusal(mapped)).toMatchObject({ path: ['steps', 'a', 'container', 'image'], errors: undefined });
  });
});

describe('the backend', () => {
  it('passes the conformance checks of @couler/ir', async () => {
    await assertBackendConformance(createAirflowBackend());
  });

  it('is deterministic whatever order the IR lists its steps in', async () => {
    const reversed = { ...controlFlow, spec: { ...controlFlow.spec, steps: [...controlFlow.spec.steps].reverse() } };
    const [first, second] = await Promise.all([airflow.doCompile(controlFlow, {}), airflow.doCompile(reversed, {})]);
    expect(second.files).toEqual(first.files);
  });

  it('refuses unknown or malformed settings with INVALID_FIELD', () => {
    expect(() => createAirflowBackend({ airflowVersion: 4 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', path: ['settings', 'airflowVersion'] }));
    expect(() => createAirflowBackend({ scriptMod: 'pod' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', message: 'The airflow backend has no setting "scriptMod".' }));
    expect(createAirflowBackend({ airflowVersion: '2' } as never).backendId).toBe('airflow');
  });

  it('checkAirflowDag reports syntax errors, Ruff findings and structure that does not match', () => {
    const broken = checkAirflowDag('with DAG(\n');
    expect(broken.problems.map((problem) => problem.check)).toContain('py_compile');
    const unused = checkAirflowDag('import os\nfrom airflow.sdk import DAG\n\nwith DAG(dag_id="x", schedule=None) as dag:\n    pass\n');
    expect(unused.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('`os` imported but unused')]);
    const wrong = checkAirflowDag('from airflow.sdk import DAG\n\nwith DAG(dag_id="other", schedule=None) as dag:\n    pass\n', { workflow: irWorkflow('x', [container('a')]) });
    expect(wrong.problems.map((problem) => problem.message)).toEqual(['The DAG id is "other", not "x".', 'Step "a" has no task.']);
  });
});

describe('scriptMode "task"', () => {
  it('runs script steps on the worker through couler_run_script, with outputs', () => {
    const workflow = irWorkflow('worker', [script('flip', { outputs: { parameters: [{ name: 'side', path: '/tmp/side' }] } }), container('show', {}, { args: [output('flip', 'side')] })]);
    for (const airflowVersion of [3, 2] as const) {
      const dag = compileChecked(workflow, { scriptMode: 'task', airflowVersion });
      expect(dag.task('flip').operator).toBe('task');
      expect(dag.task('flip').body).toContain("return couler_run_script(['python3'], FLIP_SOURCE, args, env, {'side': ('/tmp/side', None)})");
      expect(dag.upstream('show')).toEqual(['flip']);
    }
  });
});

describe('inList / notInList', () => {
  const membership = irWorkflow(
    'membership',
    [
      container('list', {}, { command: ['sh', '-c', 'echo "[1, \\"b\\"]"'], args: [] }),
      container('literal', { when: { op: 'in', value: { ref: 'parameter', name: 'branch' }, list: ['main', 2, true] } }),
      container('from-parameter', { when: { op: 'notIn', value: 'main', list: { ref: 'parameter', name: 'branches' } } }),
      container('from-output', { when: { op: 'in', value: '1', list: output('list') } }),
    ],
    { parameters: [{ name: 'branch', default: 'main' }, { name: 'branches', type: 'list', default: '["main", "dev"]' }] },
  );

  for (const airflowVersion of [3, 2] as const) {
    it(`compiles for Airflow ${airflowVersion}, every check accepts the file`, () => {
      expect(compileChecked(membership, { airflowVersion }).task('literal__when').operator).toBe('task.branch');
    });
  }

  it('decides as text membership: literal items by their JSON text, a list parameter, a JSON-list output', () => {
    const dag = compileChecked(membership);
    const conditionOf = (task: string) => /if (.*):/.exec(dag.task(`${task.replace(/-/g, "_")}__when`).body!)![1]!;
    const helpers = ['couler_text', 'couler_items', 'couler_pushed', 'couler_output'].map((name) => new RegExp(`^def ${name}[\\s\\S]*?\\n(?=\\S)`, 'm').exec(dag.source)![0]).join('\n');
    const decide = (condition: string, params: Record<string, unknown>, pushed: unknown) =>
      pythonJson<boolean>(
        `import base64, json, sys, types\n${helpers}\ninput = json.load(sys.stdin)\nparams = input["params"]\nti = types.SimpleNamespace(xcom_pull=lambda task_ids, map_indexes: input["pushed"])\nprint(json.dumps(bool(${condition})))`,
        { params, pushed },
      );
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    expect(decide(conditionOf('literal'), { branch: 'main' }, null)).toBe(true);
    expect(decide(conditionOf('literal'), { branch: '2' }, null)).toBe(true);
    expect(decide(conditionOf('literal'), { branch: 'true' }, null)).toBe(true);
    expect(decide(conditionOf('literal'), { branch: 'dev' }, null)).toBe(false);
    // A list param arrives as a list (Airflow's array params) or as its JSON text (conf from the CLI).
    expect(decide(conditionOf('from-parameter'), { branches: ['main', 'dev'] }, null)).toBe(false);
    expect(decide(conditionOf('from-parameter'), { branches: '["dev"]' }, null)).toBe(true);
    expect(decide(conditionOf('from-output'), {}, { result: b64('[1, "b"]') })).toBe(true);
    expect(decide(conditionOf('from-output'), {}, { result: b64('["b"]') })).toBe(false);
  });

  it('stepStatus in an exit handler is refused, saying what to use instead', async () => {
    const error = await refusal(
      irWorkflow('status', [container('train')], { onExit: [container('alert', { when: { op: 'stepStatus', step: 'train', statuses: ['Failed'] } })] }),
    );
    expect((error.errors ?? [error]).map((leaf) => [leaf.code, leaf.path?.join('.'), leaf.hint])).toEqual([
      ['UNSUPPORTED_BY_BACKEND', 'onExit.alert.when', expect.stringContaining('workflow.status')],
    ]);
  });
});

describe('exit-handler steps reading main steps’ outputs', () => {
  const reporting = irWorkflow(
    'report',
    [
      container('train', { outputs: { parameters: [{ name: 'acc', path: '/tmp/acc' }] } }),
      container('fan', { map: { items: ['a', 'b'] }, outputs: { parameters: [{ name: 'v', path: '/tmp/v' }] } }, { args: [{ ref: 'item' }] }),
    ],
    {
      onExit: [
        container('report', {}, { args: [output('train', 'acc')] }),
        container('summary', { when: { op: 'equal', left: { ref: 'workflow', field: 'status' }, right: 'Succeeded' } }, { args: [output('fan', 'v')] }),
      ],
    },
  );

  for (const airflowVersion of [3, 2] as const) {
    it(`compiles for Airflow ${airflowVersion}: a branch before each reader runs it only if the output was pushed`, () => {
      const dag = compileChecked(reporting, { airflowVersion });
      expect(dag.task('report__when').operator).toBe('task.branch');
      expect(dag.task('report__when').body).toContain("if couler_produced(ti, 'train', 'acc'):");
      expect(dag.task('summary__when').body).toMatch(/if couler_produced\(ti, 'fan', 'v', 2\) and \(?ti\.xcom_pull/);
      expect(dag.upstream('report')).toEqual(['report__when']);
    });
  }

  it('couler_produced: a pushed output; of a mapped step, every index that ran pushed it and one did; nothing pushed (failed or skipped)', () => {
    const dag = compileChecked(reporting);
    const helpers = ['couler_pushed', 'couler_produced'].map((name) => new RegExp(`^def ${name}[\\s\\S]*?\\n(?=\\S)`, 'm').exec(dag.source)![0]).join('\n');
    // Answers named map indexes as Airflow 3 does: one value, or a list with None for a skipped index.
    const produced = (pushed: unknown, sizes?: number) =>
      pythonJson<boolean>(
        `import json, sys, types\n${helpers}\npushed = json.load(sys.stdin)\nti = types.SimpleNamespace(xcom_pull=lambda task_ids, map_indexes: pushed if isinstance(map_indexes, int) else [pushed[i] for i in map_indexes])\nprint(json.dumps(couler_produced(ti, "train", "acc"${sizes === undefined ? '' : `, ${sizes}`})))`,
        pushed,
      );
    expect(produced({ acc: 'MC45Mw==', result: '' })).toBe(true);
    expect(produced({ result: '' })).toBe(false);
    expect(produced(null)).toBe(false);
    expect(produced([{ acc: 'MQ==' }, { acc: 'Mg==' }], 2)).toBe(true);
    expect(produced([{ acc: 'MQ==' }, null], 2)).toBe(true);
    expect(produced([{ acc: 'MQ==' }, { result: '' }], 2)).toBe(false);
    expect(produced([null, null], 2)).toBe(false);
  });
});

describe('failFast', () => {
  const branches = (failFast?: boolean) =>
    irWorkflow('branches', [container('left'), container('left-2', { dependencies: ['left'] }), container('right')], failFast === undefined ? {} : { failFast });

  it('failFast: false is the DAG Airflow runs anyway: the same file as without it, a failed task stopping only what waits for it', () => {
    const dag = compileChecked(branches(false));
    expect(dag.source).toBe(compileChecked(branches()).source);
    expect(dag.source).not.toMatch(/fail_stop|fail_fast/);
    expect(dag.upstream('right')).toEqual([]);
    expect(dag.upstream('left_2')).toEqual(['left']);
  });

  it('failFast: true is refused with Airflow reason: fail_stop fails the running tasks too and takes only all_success', async () => {
    const error = await refusal(branches(true));
    const problem = error.errors?.find((each) => each.path?.join('.') === 'failFast') ?? error;
    expect(problem.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(problem.hint).toMatch(/fail_stop=True.*fails the tasks still running.*all_success/);
  });
});

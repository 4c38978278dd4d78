import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall } from '@couler/ir/test';
import { helpersWithTheirUses, PYTHON_HELPERS } from '../src/compile/python-helpers';
import { checkAirflowDag } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { hostileString } from './support/hostile-string';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';
import { pushedXcom, readPod, runPod } from './support/run-pod';
import { runHook } from './support/run-hook';
import { simulateRun } from './support/simulate-run';
import { upstreamOf } from '../src/validate/compare-dag-structure';

/**
 * What a sub-workflow's body may hold on Airflow besides pods and calls: mapped steps (in a call
 * that is not mapped itself), mapped calls, concurrent groups, worker scripts, waits, kubectl
 * steps, artifacts between its steps; and calls fanned out over a sequence.
 */
const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });
const input = (name: string) => ({ ref: 'parameter', name });
const item = { ref: 'item' };

function workflowOf(steps: unknown[], subWorkflows: unknown[]): Workflow {
  return WorkflowSchema.parse({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'bodies' }, spec: { steps, subWorkflows } });
}

/** The lists the DAG file assigns, read from its AST: mapped items and call arguments. */
const READ_LISTS = `
import ast, json, sys
out = {}
for node in ast.walk(ast.parse(json.load(sys.stdin))):
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.List):
        try:
            out[node.targets[0].id] = ast.literal_eval(node.value)
        except ValueError:
            pass
print(json.dumps(out))
`;
const assignedLists = (source: string) => pythonJson<Record<string, unknown>>(READ_LISTS, source);

/** `sweep(model)`: lists learning rates, trains per rate and per seed (both mapped inside the group), keeps the best. */
const sweep = {
  name: 'sweep',
  inputs: { parameters: [{ name: 'model' }] },
  steps: [
    echo('rates', ['["0.1","0.01"]']),
    echo('train', [input('model'), item], { map: { from: output('rates') }, dependencies: ['rates'] }),
    echo('seed', [input('model'), item], { map: { items: ['1', '2', '3'] } }),
    echo('best', [output('train'), output('seed')], { dependencies: ['train', 'seed'] }),
  ],
  outputs: { parameters: [{ name: 'scores', value: output('train') }, { name: 'best', value: output('best') }] },
};
const sweepWorkflow = () => workflowOf([subWorkflowCall('tune', 'sweep', { model: 'm' }, ['scores', 'best']), echo('report', [output('tune', 'scores'), output('tune', 'best')], { dependencies: ['tune'] })], [sweep]);

describe('mapped steps inside a called sub-workflow', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`expand inside the task group, over a sibling's output (items task) and over literal items, read back from the file (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(sweepWorkflow(), { airflowVersion });
      const group = dag.structure.taskGroups?.sweep;
      expect(group?.tasks.map((task) => [task.taskId, task.operator, task.mapped ?? null])).toEqual([
        ['call__arguments', 'task', null],
        ['rates', 'KubernetesPodOperator', null],
        ['seed', 'KubernetesPodOperator', 'expand'],
        ['train__items', 'task', null],
        ['train', 'KubernetesPodOperator', 'expand'],
        ['best', 'KubernetesPodOperator', null],
      ]);
      // A mapped task of a call that is not mapped reads its call at map index -1, not at its own index.
      expect(assignedLists(dag.source).seed_arguments).toEqual([1, 2, 3].map((seed) => ['echo', '{{ couler_group_input(ti, "model", group_index=-1) }}', String(seed)]));
      expect(group?.tasks[3]?.body).toContain(`for item in couler_items(couler_group_output(ti, 'rates', 'result', group_index=-1))`);
      // The fan-in inside gathers every index of the sibling, its items task named inside the group.
      expect(group?.tasks[5]?.keywords.arguments).toEqual({ value: ['echo', '{{ couler_group_output(ti, "train", "result", size="train__items") }}', '{{ couler_group_output(ti, "seed", "result", size=3) }}'] });
      // A map over an output may be empty (Airflow skips it): best waits past a skip, and so does what reads the call.
      expect(group?.tasks[5]?.keywords.trigger_rule).toEqual({ value: 'none_failed' });
      expect(dag.keyword('report', 'trigger_rule')).toBe('none_failed');
      // The fan-in outside, through the definition's output: every index of the task inside the call.
      expect(dag.keyword('report', 'arguments')).toEqual(['{{ couler_output(ti, "tune.train", "result", "tune.train__items") }}', '{{ couler_output(ti, "tune.best", "result") }}']);
    });
  }

  it("map over the call's own input (a JSON list) with an items task that reads it from the call", () => {
    const overInput = { name: 'over-input', inputs: { parameters: [{ name: 'models' }] }, steps: [echo('each', ['fit', item], { map: { from: input('models') } })] };
    const dag = compileChecked(workflowOf([subWorkflowCall('run', 'over-input', { models: '["a","b"]' })], [overInput]));
    const items = dag.structure.taskGroups?.over_input?.tasks.find((task) => task.taskId === 'each__items');
    expect(items?.body).toContain(`for item in couler_items(couler_group_input(ti, 'models', group_index=-1))`);
    expect(dag.structure.taskGroups?.over_input?.tasks.find((task) => task.taskId === 'each')?.mapped).toBe('expand');
  });

  it('the structure check notices a mapped step of a group that lost its expansion', () => {
    const workflow = sweepWorkflow();
    const dag = compileChecked(workflow);
    const broken = dag.source.replace('seed = KubernetesPodOperator.partial(', 'seed = KubernetesPodOperator(').replace(').expand(arguments=seed_arguments)', ')');
    expect(broken).not.toBe(dag.source);
    const problems = checkAirflowDag(broken, { airflowVersion: 3, workflow, summary: dag.summary }).problems.map((problem) => problem.message);
    expect(problems).toContain('Step "seed" of sub-workflow "sweep" is mapped, but its task is not expanded.');
  });

  it('the helpers read the call at index -1 from a mapped task, and gather a mapped sibling under the call\'s prefix', () => {
    const helpers = helpersWithTheirUses(['couler_group_input', 'couler_group_output']).map((name) => PYTHON_HELPERS[name].source);
    const program = `
import base64, json, sys
${helpers.join('\n')}
b64 = lambda text: base64.b64encode(text.encode()).decode()
class Ti:
    task_id = "tune.best"
    map_index = -1
    def __init__(self):
        self.pulls = []
    def xcom_pull(self, task_ids, map_indexes):
        self.pulls.append([task_ids, map_indexes])
        if task_ids == "tune.call__arguments":
            return {"model": "m"} if map_indexes == -1 else None
        if task_ids == "tune.train__items":
            return [["a"], ["b"]]
        if task_ids == "tune.train":
            return [{"result": b64("0.5")}, {"result": b64("0.7")}]
        return None
reader = Ti()
gathered = [couler_group_output(reader, "train", "result", size="train__items"), couler_group_output(reader, "train", "result", size=2)]
mapped = Ti()
mapped.task_id, mapped.map_index = "tune.seed", 2
print(json.dumps({"gathered": gathered, "input": couler_group_input(mapped, "model", group_index=-1), "pulls": reader.pulls + mapped.pulls}))
`;
    expect(pythonJson(program, null)).toEqual({
      gathered: ['[0.5,0.7]', '[0.5,0.7]'],
      input: 'm',
      pulls: [
        ['tune.train__items', -1],
        ['tune.train', [0, 1]],
        ['tune.train', [0, 1]],
        ['tune.call__arguments', -1],
      ],
    });
  });

  it("refuse a fan-out inside a fanned-out call with Airflow's own reason, at any depth", () => {
    const outer = { name: 'outer', inputs: { parameters: [{ name: 'model' }] }, steps: [subWorkflowCall('inner-call', 'sweep', { model: input('model') })] };
    const mappedLeaf = { name: 'leaf', inputs: { parameters: [{ name: 'v' }] }, steps: [echo('show', [input('v')])] };
    const fanned = { name: 'fanned', inputs: { parameters: [{ name: 'model' }] }, steps: [subWorkflowCall('each', 'leaf', { v: item }, [], { map: { items: ['x'] } })] };
    const workflow = workflowOf(
      [subWorkflowCall('models', 'outer', { model: item }, [], { map: { items: ['a', 'b'] } }), subWorkflowCall('twice', 'fanned', { model: item }, [], { map: { items: ['c'] } })],
      [outer, sweep, mappedLeaf, fanned],
    );
    const error = compilerRefusal(workflow);
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    const refusals = (error.errors ?? [error]).map((inner) => [inner.path?.join('/'), inner.message]);
    expect(refusals.map(([path]) => path)).toEqual(['subWorkflows/sweep/steps/train/map', 'subWorkflows/sweep/steps/seed/map', 'subWorkflows/fanned/steps/each/map']);
    expect(refusals[0]![1]).toContain('the sub-workflow runs in call "models", which fans out too');
    for (const [, message] of refusals) expect(message).toContain('"operator expansion in an expanded task group is not yet supported"');
    expect(refusals.map(([, message]) => message).join('\n')).not.toMatch(/\byet\.|\byet\)/);
  });
});

describe('other constructs inside a sub-workflow', () => {
  const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'value' }, { name: 'model' }] }, steps: [echo('show', [input('value'), input('model')])], outputs: { parameters: [{ name: 'out', value: output('show') }] } };
  const kinds = {
    name: 'kinds',
    inputs: { parameters: [{ name: 'model' }] },
    steps: [
      { name: 'prepare', kind: 'script', script: { image: 'python:3.12', command: ['python3'], source: 'import sys\nprint(sys.argv[1])\n', args: [input('model')] } },
      { name: 'pause', kind: 'suspend', suspend: { durationSeconds: 5 }, dependencies: ['prepare'] },
      { name: 'apply', kind: 'resource', resource: { action: 'create', manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: x-\n' }, dependencies: ['pause'] },
      echo('left', ['l', input('model')], { dependencies: ['apply'] }),
      echo('right', ['r']),
      echo('right-2', ['r2']),
      subWorkflowCall('each', 'leaf', { value: item, model: input('model') }, ['out'], { map: { sequence: { start: 1, end: 3, format: 'm%02d' } } }),
      echo('after', [output('each', 'out')], { dependencies: ['each', 'left', 'right-2'] }),
    ],
    groups: [{ kind: 'concurrent', name: 'sides', branches: [['left'], ['right', 'right-2']] }],
  };
  const workflow = () => workflowOf([subWorkflowCall('run', 'kinds', { model: 'm' }), subWorkflowCall('seq', 'leaf', { value: item, model: 'x' }, [], { map: { sequence: { count: 3 } } })], [kinds, leaf]);

  for (const [airflowVersion, scriptMode, operators] of [
    [3, 'pod', { prepare: 'KubernetesPodOperator', pause: 'WaitSensor' }],
    [2, 'task', { prepare: 'task', pause: 'task' }],
  ] as const) {
    it(`write worker scripts or pods, waits, kubectl pods, concurrent branches and a mapped call as tasks of the group (Airflow ${airflowVersion}, scriptMode ${scriptMode})`, () => {
      const dag = compileChecked(workflow(), { airflowVersion, scriptMode });
      const tasks = new Map(dag.structure.taskGroups?.kinds?.tasks.map((task) => [task.taskId, task]));
      expect([...tasks.keys()]).toEqual(['call__arguments', 'each', 'prepare', 'pause', 'apply', 'left', 'right', 'right_2', 'after']);
      expect(['prepare', 'pause', 'apply', 'each'].map((id) => tasks.get(id)?.operator)).toEqual([operators.prepare, operators.pause, 'KubernetesPodOperator', 'task_group']);
      // The concurrent group's branches are plain tasks of the call's group: a TaskGroup without
      // the prefix there would drop the call's prefix from their ids too (TaskGroup.child_id).
      expect(dag.source).not.toContain('TaskGroup(');
      expect(dag.flat).toContain('right >> right_2');
      // The nested call fans out over m01..m03, its fixed argument read from the outer call at index -1.
      expect(assignedLists(dag.source).each__arguments).toEqual(['m01', 'm02', 'm03']);
      expect(tasks.get('each')?.call).toEqual({ model: { value: '{{ couler_group_input(ti, "model", 1, group_index=-1) }}' } });
      expect(tasks.get('after')?.keywords.arguments).toEqual({ value: ['{{ couler_group_output(ti, "each.show", "result", size=3) }}'] });
    });
  }

  it('fan a call at the top out over a sequence of a count, from 0', () => {
    const dag = compileChecked(workflow());
    expect(dag.task('seq').mapped).toBe('expand');
    expect(assignedLists(dag.source).seq__arguments).toEqual(['0', '1', '2']);
  });
});

describe.skipIf(!hasJinja)('artifacts between the steps of a sub-workflow', () => {
  const directory = mkdtempSync(join(tmpdir(), "couler group artifacts '"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  // A path a user could write: spaces, quotes, $( ), Jinja braces.
  const at = (name: string) => join(directory, `it's "${name}" $(touch pwned) {{ x }}`);
  const hostile = 'rows: it\'s "q" \\ {{ ti }} {% raw %} $(echo hi)\nünï 😀';
  const fit = {
    name: 'fit',
    inputs: { parameters: [{ name: 'rows' }] },
    steps: [
      { name: 'prepare', kind: 'container', container: { image: 'busybox', command: ['sh', '-c', 'printf %s "$1" > "$0"', at('made')], args: [input('rows')] }, outputs: { artifacts: [{ name: 'rows', path: at('made') }] } },
      { name: 'check', kind: 'container', container: { image: 'busybox', command: ['cat', at('used')] }, inputs: { artifacts: [{ name: 'rows', path: at('used'), from: output('prepare', 'rows') }] }, dependencies: ['prepare'] },
    ],
  };
  const workflow = workflowOf([subWorkflowCall('fit-a', 'fit', { rows: hostile })], [fit]);

  it('carry a file from one step of the call to the next in XCom, the pods run for real, byte for byte', async () => {
    const dag = compileChecked(workflow);
    expect(dag.source).toContain(`value='{{ couler_group_artifact(ti, "prepare", "rows") }}'`);
    const made = readPod(dag.source, { taskId: 'prepare', groupTaskId: 'fit_a.prepare', dagId: 'bodies', runId: 'r1', xcom: { 'fit_a.call__arguments': { rows: hostile } } });
    await runPod(made, { shared: join(directory, 'p1', 'shared'), xcom: join(directory, 'p1', 'xcom') });
    const pushed = pushedXcom(join(directory, 'p1', 'xcom'));
    expect(Object.keys(pushed ?? {})).toContain('artifact:rows');
    const used = readPod(dag.source, { taskId: 'check', groupTaskId: 'fit_a.check', dagId: 'bodies', runId: 'r1', xcom: { 'fit_a.prepare': pushed } });
    const { base } = await runPod(used, { shared: join(directory, 'p2', 'shared'), xcom: join(directory, 'p2', 'xcom') });
    expect([base.status, base.stdout]).toEqual([0, hostile]);
  });

  it('with the artifact store, the reader fetches the object whose URL its producer in the same call pushed', () => {
    const dag = compileChecked(workflow, { artifactStore: { url: 's3://bucket/couler' } });
    expect(dag.source).toContain(`value='{{ couler_group_output(ti, "prepare", "artifact:rows") }}'`);
    const used = readPod(dag.source, { taskId: 'check', groupTaskId: 'fit_a.check', dagId: 'bodies', runId: 'r1', xcom: { 'fit_a.prepare': { 'artifact:rows': Buffer.from('s3://bucket/couler/bodies/r1/fit_a.prepare/artifacts/rows').toString('base64') } } });
    expect(used.base.env.COULER_INPUT_0).toBe('s3://bucket/couler/bodies/r1/fit_a.prepare/artifacts/rows');
  });
});

describe('hostile strings inside a sub-workflow', () => {
  const nonEmpty = hostileString.filter((text) => text.length > 0 && !text.includes('\u0000'));
  const samples = fc.sample(fc.array(nonEmpty, { minLength: 3, maxLength: 3 }), { numRuns: 10, seed: 20_261_207 });
  it('in the items of a mapped step and of a mapped call inside a group: the file checks clean and renders back', () => {
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'v' }] }, steps: [echo('show', [input('v')])] };
    const body = {
      name: 'body',
      steps: samples.flatMap((texts, index) => [echo(`each-${index}`, [item], { map: { items: [texts[0]!, texts[1]!] } }), subWorkflowCall(`call-${index}`, 'leaf', { v: item }, [], { map: { items: [texts[2]!] } })]),
    };
    const dag = compileChecked(workflowOf([subWorkflowCall('top', 'body')], [body, leaf]));
    const lists = assignedLists(dag.source);
    samples.forEach((texts, index) => {
      // Mapped arguments of a call reach its tasks resolved, not rendered: the items as they are.
      expect(lists[`call_${index}__arguments`]).toEqual([texts[2]]);
    });
    if (!hasJinja) return;
    // A pod's arguments are rendered by Airflow: Jinja gives each item back.
    const templates = samples.flatMap((_, index) => (lists[`each_${index}_arguments`] as string[][]).map((args) => args.at(-1)!));
    expect(pythonJson(RENDER_JINJA, templates)).toEqual(samples.flatMap((texts) => [texts[0], texts[1]]));
  });
});

describe('a condition on a sub-workflow call', () => {
  const keep = {
    name: 'keep-if',
    inputs: { parameters: [{ name: 'model' }] },
    steps: [
      echo('score', ['0.9']),
      echo('keep', ['kept', input('model')], { when: { op: 'equal', left: output('score'), right: '0.9' }, dependencies: ['score'] }),
      echo('log', ['done'], { dependencies: ['keep'] }),
    ],
  };
  const plain = { name: 'plain', steps: [echo('alone', ['a']), echo('next', ['n'], { when: { op: 'equal', left: output('alone'), right: 'a' }, dependencies: ['alone'] }), echo('last', ['l'], { dependencies: ['next'] })] };
  const workflow = () =>
    workflowOf(
      [
        echo('flip', ['heads']),
        subWorkflowCall('maybe', 'keep-if', { model: 'm' }, [], { when: { op: 'equal', left: output('flip'), right: 'heads' }, dependencies: ['flip'] }),
        subWorkflowCall('always', 'plain'),
        echo('report', ['r'], { dependencies: ['maybe'] }),
      ],
      [keep, plain],
    );

  it("is a branch task in front of the call's group choosing its gate, and the group's steps past a skip also wait for the gate", () => {
    const dag = compileChecked(workflow());
    expect(dag.task('maybe__when').operator).toBe('task.branch');
    expect(dag.upstream('maybe')).toEqual(['maybe__when']);
    // What reads the call runs after it was skipped, as after a skipped step.
    expect(dag.keyword('report', 'trigger_rule')).toBe('none_failed');
    const gated = dag.structure.taskGroups?.keep_if?.tasks.find((task) => task.taskId === 'log');
    expect(gated?.keywords.trigger_rule).toEqual({ value: 'none_failed_min_one_success' });
    expect(dag.flat).toContain('[keep, call__arguments] >> log');
    // A definition no conditional call runs keeps none_failed; its group still has its gate.
    expect(dag.structure.taskGroups?.plain?.tasks.map((task) => [task.taskId, task.keywords.trigger_rule ?? null])).toEqual([
      ['call__arguments', null],
      ['alone', null],
      ['next', null],
      ['last', { value: 'none_failed' }],
    ]);
  });

  it.skipIf(!hasJinja)('the branch chooses the gate inside the call when the condition holds, nothing otherwise', () => {
    const dag = compileChecked(workflow());
    const decide = (flip: string) =>
      runHook(dag.source, { function: 'decide_maybe', taskId: 'maybe__when', mapIndexes: [-1], xcom: { flip: { result: Buffer.from(flip).toString('base64') } }, returns: true });
    expect(decide('heads')).toEqual(['returned: "maybe.call__arguments"']);
    expect(decide('tails')).toEqual(['returned: []']);
  });

  it("skips all of the call with its gate, and runs the group's steps past an inner skip when the gate ran, as Airflow's trigger rules decide", () => {
    const dag = compileChecked(workflow());
    const group = dag.structure.taskGroups!.keep_if!;
    const upstream = upstreamOf(group);
    const summary = {
      ...dag.summary,
      tasks: group.tasks.map((task) => {
        const rule = task.keywords.trigger_rule;
        return { taskId: task.taskId!, operator: task.operator, upstream: [...(upstream.get(task.taskId!) ?? [])], ...(rule && 'value' in rule && { triggerRule: rule.value as string }) };
      }),
    };
    expect(simulateRun(summary, { call__arguments: 'skip' })).toEqual({ call__arguments: 'skipped', score: 'skipped', keep: 'skipped', log: 'skipped' });
    expect(simulateRun(summary, { keep: 'skip' })).toEqual({ call__arguments: 'success', score: 'success', keep: 'skipped', log: 'success' });
  });

  it('refuse a condition on a call inside a sub-workflow, and on the item of a fanned-out call, with the reason', () => {
    const outer = { name: 'outer', steps: [subWorkflowCall('inner', 'plain', {}, [], { when: { op: 'equal', left: 'a', right: 'a' } })] };
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'v' }] }, steps: [echo('show', [input('v')])] };
    const error = compilerRefusal(
      workflowOf([subWorkflowCall('top', 'outer'), subWorkflowCall('each', 'leaf', { v: item }, [], { map: { items: ['a', 'b'] }, when: { op: 'equal', left: item, right: 'a' } })], [outer, plain, leaf]),
    );
    const refusals = (error.errors ?? [error]).map((inner) => [inner.path?.join('/'), inner.message]);
    expect(refusals).toEqual([
      ['steps/each/when', expect.stringContaining('a branch task in front of the expanded task group would skip the group at every map index')],
      ['subWorkflows/outer/steps/inner/when', expect.stringContaining('shared by every call of it, so none of them can hold this call\'s condition')],
    ]);
  });
});

describe('an execWhile loop inside a sub-workflow', () => {
  const retry = {
    name: 'retry',
    inputs: { parameters: [{ name: 'model' }] },
    steps: [
      echo('attempt', ['try', input('model')]),
      echo('check', [output('attempt')], { dependencies: ['attempt'] }),
      echo('report', [output('check')], { dependencies: ['check'] }),
    ],
    groups: [{ kind: 'while', name: 'again', steps: ['attempt', 'check'], condition: { op: 'equal', left: output('check'), right: 'again' }, maxIterations: 3 }],
    outputs: { parameters: [{ name: 'done', value: output('report') }] },
  };
  const workflow = () => workflowOf([subWorkflowCall('fit', 'retry', { model: 'm' }, ['done'])], [retry]);

  it('is unrolled inside the group, each iteration reading its own, the check task between them, readers after it the last that ran', () => {
    const dag = compileChecked(workflow());
    const tasks = new Map(dag.structure.taskGroups?.retry?.tasks.map((task) => [task.taskId, task]));
    expect([...tasks.keys()]).toEqual(['call__arguments', 'attempt', 'check', 'again__check_1', 'attempt__2', 'check__2', 'again__check_2', 'attempt__3', 'check__3', 'report']);
    expect(tasks.get('check__2')?.keywords.arguments).toEqual({ value: ['echo', '{{ couler_group_output(ti, "attempt__2", "result") }}'] });
    expect(tasks.get('again__check_2')?.body).toContain(`couler_group_output(ti, 'check__2', 'result') == 'again'`);
    expect(tasks.get('report')?.keywords.arguments).toEqual({ value: ['echo', '{{ couler_group_output(ti, ["check", "check__2", "check__3"], "result") }}'] });
    expect(tasks.get('attempt__2')?.keywords.trigger_rule).toBeUndefined();
    expect(tasks.get('report')?.keywords.trigger_rule).toEqual({ value: 'none_failed' });
  });

  it('the group helper reads the last iteration that ran', () => {
    const helpers = helpersWithTheirUses(['couler_group_output']).map((name) => PYTHON_HELPERS[name].source);
    const program = `
import base64, json
${helpers.join('\n')}
class Ti:
    task_id = "fit.report"
    map_index = -1
    def xcom_pull(self, task_ids, map_indexes):
        return {"fit.check": {"result": base64.b64encode(b"again").decode()}, "fit.check__2": {"result": base64.b64encode(b"done").decode()}}.get(task_ids)
print(json.dumps(couler_group_output(Ti(), ["check", "check__2", "check__3"], "result")))
`;
    expect(pythonJson(program, null)).toBe('done');
  });

  it("refuse a call inside the loop, and a definition output from a loop step, with the reason", () => {
    const leaf = { name: 'leaf', steps: [echo('show', ['s'])] };
    const looped = { ...retry, steps: [...retry.steps, subWorkflowCall('inner', 'leaf')], groups: [{ ...retry.groups[0], steps: ['attempt', 'check', 'inner'] }], outputs: { parameters: [{ name: 'done', value: output('check') }] } };
    const error = compilerRefusal(workflowOf([subWorkflowCall('fit', 'retry', { model: 'm' })], [looped, leaf]));
    expect((error.errors ?? [error]).map((inner) => [inner.path?.join('/'), inner.message])).toEqual([
      ['subWorkflows/retry/outputs/parameters/done', expect.stringContaining('the loop has a task per iteration')],
      ['subWorkflows/retry/steps/inner', expect.stringContaining('unrolls loops task by task')],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall, subWorkflowFanOut, trainEvaluateDefinition } from '@couler/ir/test';
import { helpersWithTheirUses, PYTHON_HELPERS } from '../src/compile/python-helpers';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { runHook } from './support/run-hook';
import { hostileString } from './support/hostile-string';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';

const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });

function workflowOf(steps: unknown[], subWorkflows: unknown[]): Workflow {
  return WorkflowSchema.parse({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'sub-workflows' }, spec: { steps, subWorkflows } });
}

/** Literal values the DAG file assigns or defaults, read from its AST: the call's mapped items and the group function's defaults. */
const READ_LITERALS = `
import ast, json, sys
tree = ast.parse(json.load(sys.stdin))
out = {"assigned": {}, "defaults": {}}
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        try:
            out["assigned"][node.targets[0].id] = ast.literal_eval(node.value)
        except ValueError:
            pass
    if isinstance(node, ast.FunctionDef) and node.args.defaults:
        names = [argument.arg for argument in node.args.args][-len(node.args.defaults):]
        out["defaults"][node.name] = dict(zip(names, [ast.literal_eval(value) for value in node.args.defaults]))
print(json.dumps(out))
`;

describe('sub-workflows on Airflow', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`write the five-model fan-out as one @task_group function expanded over the items, read back from the file (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(subWorkflowFanOut(), { airflowVersion });
      const group = dag.structure.taskGroups?.train_evaluate;
      expect(group?.parameters).toEqual(['model', 'epochs']);
      expect(group?.tasks.map((task) => [task.taskId, task.operator])).toEqual([
        ['call__arguments', 'task'],
        ['train', 'KubernetesPodOperator'],
        ['evaluate', 'KubernetesPodOperator'],
      ]);
      const models = dag.task('models');
      expect([models.operator, models.function, models.mapped, models.keywords.group_id]).toEqual(['task_group', 'train_evaluate', 'expand', { value: 'models' }]);
      expect(pythonJson<{ assigned: Record<string, unknown> }>(READ_LITERALS, dag.source).assigned.models__arguments).toEqual(['a', 'b', 'c', 'd', 'e']);
      // The fan-in: every map index of the group's evaluate task, in item order (couler_output with 5 indexes).
      expect(dag.keyword('keep_best', 'arguments')).toEqual(['{{ couler_output(ti, "models.evaluate", "result", 5) }}']);
      expect(dag.upstream('keep_best')).toEqual(['models']);
      // Steps inside read the call's arguments and each other's outputs at their own map index.
      expect(group?.tasks[1]?.keywords.arguments).toEqual({ value: ['echo', 'trained', '{{ couler_group_input(ti, "model") }}', '{{ couler_group_input(ti, "epochs") }}'] });
      expect(group?.tasks[2]?.keywords.arguments).toEqual({ value: ['echo', 'score-of-{{ couler_group_output(ti, "train", "result") }}'] });
      expect(dag.flat).toContain('default_args={"max_active_tis_per_dagrun": 2}');
      expect(dag.warnings.map((warning) => warning.message).join('\n')).toContain('not of a task group');
    });
  }

  it('the structure check notices a call that lost its expansion and a group that lost a dependency', () => {
    const workflow = subWorkflowFanOut();
    const { source, summary } = compileToAirflow(workflow, resolveAirflowSettings({}));
    const broken = source.replace('models__group.expand(model=models__arguments)', 'models__group(model="a")').replace('        train >> evaluate\n', '');
    expect(broken).not.toBe(source);
    const problems = checkAirflowDag(broken, { airflowVersion: 3, workflow, summary }).problems.map((problem) => problem.message);
    expect(problems).toContain('Call "models" fans out, but its task group is not expanded.');
    expect(problems).toContain('Step "evaluate" of sub-workflow "train-evaluate" depends on "train", but its task group does not run it after that step.');
  });

  it('write a definition called twice as one function and two calls, each read by its own group id', () => {
    const workflow = workflowOf(
      [
        subWorkflowCall('first', 'train-evaluate', { model: 'small' }, ['score']),
        subWorkflowCall('second', 'train-evaluate', { model: { concat: ['after-', output('first', 'score')] }, epochs: '9' }, ['score'], { dependencies: ['first'] }),
        echo('report', [output('second', 'score')]),
      ],
      [trainEvaluateDefinition],
    );
    const dag = compileChecked(workflow);
    expect(dag.source.match(/@task_group/g)).toHaveLength(1);
    expect(['first', 'second'].map((id) => [dag.task(id).function, dag.task(id).keywords.group_id])).toEqual([
      ['train_evaluate', { value: 'first' }],
      ['train_evaluate', { value: 'second' }],
    ]);
    expect(dag.task('second').call).toEqual({ model: { value: 'after-{{ couler_output(ti, "first.evaluate", "result") }}' }, epochs: { value: '9' } });
    expect(dag.upstream('second')).toEqual(['first']);
    expect(dag.keyword('report', 'arguments')).toEqual(['{{ couler_output(ti, "second.evaluate", "result") }}']);
  });

  it('nest three deep: each definition its function, callees first, outputs resolved through every level', () => {
    const workflow = workflowOf(
      [subWorkflowCall('top', 'outer', { model: 'm' }, ['score']), echo('report', [output('top', 'score')])],
      [
        { name: 'outer', inputs: { parameters: [{ name: 'model' }] }, steps: [subWorkflowCall('mid', 'middle', { model: { ref: 'parameter', name: 'model' } }, ['score'])], outputs: { parameters: [{ name: 'score', value: output('mid', 'score') }] } },
        { name: 'middle', inputs: { parameters: [{ name: 'model' }] }, steps: [subWorkflowCall('leaf', 'train-evaluate', { model: { ref: 'parameter', name: 'model' } }, ['score'])], outputs: { parameters: [{ name: 'score', value: output('leaf', 'score') }] } },
        trainEvaluateDefinition,
      ],
    );
    const dag = compileChecked(workflow);
    expect(Object.keys(dag.structure.taskGroups ?? {})).toEqual(['train_evaluate', 'middle', 'outer']);
    expect(dag.source.indexOf('def train_evaluate(')).toBeLessThan(dag.source.indexOf('def middle('));
    expect(dag.source.indexOf('def middle(')).toBeLessThan(dag.source.indexOf('def outer('));
    const mid = dag.structure.taskGroups!.outer!.tasks.find((task) => task.taskId === 'mid');
    // Rendered by the nested group's arguments task, one group deeper: `up` = 1.
    expect([mid?.operator, mid?.function, mid?.call]).toEqual(['task_group', 'middle', { model: { value: '{{ couler_group_input(ti, "model", 1) }}' } }]);
    expect(dag.keyword('report', 'arguments')).toEqual(['{{ couler_output(ti, "top.mid.leaf.evaluate", "result") }}']);
  });

  it('read the call and its siblings by task id and map index, one group up for a nested call', () => {
    const helpers = helpersWithTheirUses(['couler_group_input', 'couler_group_output']).map((name) => PYTHON_HELPERS[name].source).join('\n');
    const program = `
import base64, json, sys
${helpers}
class Ti:
    task_id = "top.mid.leaf.evaluate"
    map_index = 3
    def __init__(self):
        self.pulls = []
    def xcom_pull(self, task_ids, map_indexes):
        self.pulls.append([task_ids, map_indexes])
        if task_ids.endswith("call__arguments"):
            return {"model": "m-" + task_ids}
        return {"result": base64.b64encode("0.9 from ".encode() + task_ids.encode()).decode()}
ti = Ti()
values = [couler_group_input(ti, "model"), couler_group_input(ti, "model", 1), couler_group_output(ti, "train", "result"), couler_group_output(ti, "train", "result", 1)]
print(json.dumps({"values": values, "pulls": ti.pulls}))
`;
    expect(pythonJson(program, null)).toEqual({
      values: ['m-top.mid.leaf.call__arguments', 'm-top.mid.call__arguments', '0.9 from top.mid.leaf.train', '0.9 from top.mid.train'],
      pulls: [
        ['top.mid.leaf.call__arguments', 3],
        ['top.mid.call__arguments', 3],
        ['top.mid.leaf.train', 3],
        ['top.mid.train', 3],
      ],
    });
  });

  it('fan out over a step output with an items task, and by keywords when several inputs read the item', () => {
    const workflow = workflowOf(
      [
        echo('list-models', ['[{"name":"a","lr":"0.1"}]']),
        subWorkflowCall('models', 'train-evaluate', { model: { ref: 'item', key: 'name' }, epochs: { concat: ['lr-', { ref: 'item', key: 'lr' }] } }, ['score'], { map: { from: output('list-models') } }),
        echo('keep-best', [output('models', 'score')]),
      ],
      [trainEvaluateDefinition],
    );
    const dag = compileChecked(workflow);
    expect(dag.task('models').mapped).toBe('expand_kwargs');
    expect(dag.task('models__items').body).toContain(`[{'model': couler_text(item['name']), 'epochs': 'lr-' + couler_text(item['lr'])} for item in couler_items(couler_output(ti, 'list_models', 'result'))]`);
    expect(dag.keyword('keep_best', 'arguments')).toEqual(['{{ couler_output(ti, "models.evaluate", "result", "models__items") }}']);
  });

  const nonEmpty = hostileString.filter((text) => text.length > 0 && !text.includes('\u0000'));
  const samples = fc.sample(fc.array(nonEmpty, { minLength: 3, maxLength: 3 }), { numRuns: 12, seed: 20_261_206 });
  it('carry hostile strings in arguments, defaults and items unchanged: the file checks clean and renders back to the input', () => {
    const definition = { ...trainEvaluateDefinition, inputs: { parameters: [{ name: 'model' }, { name: 'epochs', default: samples[0]![2]! }] } };
    const steps = samples.flatMap((texts, index) => [
      subWorkflowCall(`direct-${index}`, 'train-evaluate', { model: texts[0]! }),
      subWorkflowCall(`mapped-${index}`, 'train-evaluate', { model: { ref: 'item' } }, [], { map: { items: [texts[1]!, texts[2]!] } }),
    ]);
    const dag = compileChecked(workflowOf(steps, [definition]));
    const literals = pythonJson<{ assigned: Record<string, unknown>; defaults: Record<string, Record<string, string>> }>(READ_LITERALS, dag.source);
    // Mapped arguments reach the tasks resolved, not rendered: the items as they are.
    samples.forEach((texts, index) => {
      expect(literals.assigned[`mapped_${index}__arguments`]).toEqual([texts[1], texts[2]]);
    });
    if (!hasJinja) return;
    // Passed arguments and defaults are rendered by the arguments task: Jinja gives the input back.
    const templates = [...samples.map((_, index) => (dag.task(`direct_${index}`).call as Record<string, { value: string }>).model!.value), literals.defaults.train_evaluate!.epochs!];
    expect(pythonJson(RENDER_JINJA, templates)).toEqual([...samples.map((texts) => texts[0]), samples[0]![2]]);
  });

  describe("a when inside a mapped sub-workflow that compares the item with another step's output", () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const hostile = 'it\'s "q" \\ {{ ti }} $(echo hi)\nünï 😀';
    const body = {
      name: 'keep-if-best',
      inputs: { parameters: [{ name: 'model' }, { name: 'best' }] },
      steps: [
        echo('score', ['0.9']),
        echo('keep', ['kept', { ref: 'parameter', name: 'model' }], {
          when: { op: 'or', conditions: [{ op: 'equal', left: { ref: 'parameter', name: 'model' }, right: { ref: 'parameter', name: 'best' } }, { op: 'equal', left: output('score'), right: hostile }] },
          dependencies: ['score'],
        }),
        echo('log', ['done'], { dependencies: ['keep'] }),
      ],
      outputs: { parameters: [{ name: 'kept', value: output('keep') }] },
    };
    const workflow = workflowOf(
      [echo('best', ['b']), subWorkflowCall('pick', 'keep-if-best', { model: { ref: 'item' }, best: output('best') }, ['kept'], { map: { items: ['a', 'b', 'c'] } }), echo('report', [output('pick', 'kept')])],
      [body],
    );
    const dag = compileChecked(workflow);
    const group = dag.structure.taskGroups?.keep_if_best;

    it('is decided by the step\'s own task (pre_execute), read back from the file: no branch task in the group', () => {
      expect(group?.tasks.map((task) => task.taskId)).toEqual(['call__arguments', 'score', 'keep', 'log']);
      expect(group?.tasks[2]?.keywords.pre_execute).toEqual({ code: 'skip_keep_unless' });
      expect(group?.tasks[3]?.keywords.trigger_rule).toEqual({ value: 'none_failed' });
      // The group's steps may be skipped: what reads the call waits past a skip.
      expect(dag.keyword('report', 'trigger_rule')).toBe('none_failed');
      expect(dag.keyword('report', 'arguments')).toEqual(['{{ couler_output(ti, "pick.keep", "result", 3) }}']);
      const broken = dag.source.replace('pre_execute=skip_keep_unless,', '');
      expect(broken).not.toBe(dag.source);
      const problems = checkAirflowDag(broken, { airflowVersion: 3, workflow, summary: dag.summary }).problems.map((problem) => problem.message);
      expect(problems).toContain('Step "keep" of sub-workflow "keep-if-best" has a condition, but no pre_execute function of its task decides it.');
    });

    it('each map index of the group compares its own item with the output it was passed, and hostile text byte for byte', () => {
      const outcomes = (best: string, score: string) =>
        runHook(dag.source, {
          function: 'skip_keep_unless',
          taskId: 'pick.keep',
          mapIndexes: [0, 1, 2],
          mapped: { 'pick.call__arguments': ['a', 'b', 'c'].map((model) => ({ model, best })), 'pick.score': [0, 1, 2].map(() => ({ result: b64(score) })) },
        });
      const skipped = 'skipped: Its when condition is false (step "keep").';
      expect(outcomes('b', '0.9')).toEqual([skipped, 'ran', skipped]);
      expect(outcomes('z', '0.9')).toEqual([skipped, skipped, skipped]);
      expect(outcomes('z', hostile)).toEqual(['ran', 'ran', 'ran']);
      expect(outcomes('z', `${hostile} `)).toEqual([skipped, skipped, skipped]);
    });
  });

  it('refuse what Airflow cannot do with a task group, naming the call or step and the reason', () => {
    const workflow = workflowOf(
      [subWorkflowCall('models', 'body', { model: 'm' }, [], { displayName: 'Models', timeoutSeconds: 60 })],
      [{ name: 'body', inputs: { parameters: [{ name: 'model' }] }, steps: [echo('each', [{ ref: 'item' }], { map: { items: ['a'] } })] }],
    );
    const error = compilerRefusal(workflow);
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    const refusals = (error.errors ?? []).map((inner) => [inner.path?.join('/'), inner.message]);
    expect(refusals.map(([path]) => path)).toEqual(['steps/models/displayName', 'steps/models/timeoutSeconds']);
    const text = refusals.map(([, message]) => message).join('\n');
    for (const expected of ['Airflow gives task_display_name to tasks, not to task groups', 'Airflow times out tasks (execution_timeout), not task groups']) expect(text).toContain(expected);
  });
});

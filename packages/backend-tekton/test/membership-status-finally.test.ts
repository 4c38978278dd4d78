import { and, concat, createParameterArtifact, equal, execWhile, firstOf, inList, map, notInList, or, parameter, runContainer, setDependencies, setExitHandler, stepStatus, when, workflow, workflowOutput } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileToTekton } from '../src/index';
import { compileChecked, pipelineOf, taskNamed } from './support/compile-checked';
import { refusal } from './support/refusal';
import { pipelineTaskParams, runTaskLocally } from './support/simulate-task';

const step = (stepName: string, extra: Record<string, unknown> = {}) => runContainer({ stepName, image: 'alpine', command: ['echo', stepName], ...extra });
const withOutput = (stepName: string, name: string) => step(stepName, { output: createParameterArtifact(`/tmp/${name}`, { name }) });

describe('inList / notInList', () => {
  it('is one when expression: a literal list (items as text), an array param, a mapped step’s list', () => {
    const built = workflow('membership', () => {
      const branches = parameter('branches', { type: 'list', default: '["main"]' });
      const branch = parameter('branch', { default: 'main' });
      const fan = map((item) => step('fan', { args: [item] }), ['a', 'b']);
      when(inList(branch, ['main', 2, true, '$(params.x)']), () => step('literal'));
      when(notInList('main', branches), () => step('from-param'));
      when(inList('a', fan), () => step('from-mapped'));
    });
    const { documents } = compileChecked(built);
    expect(taskNamed(documents, 'literal').when).toEqual([{ input: '$(params.branch)', operator: 'in', values: ['main', '2', 'true', '$(params.couler-pipeline-dollar)(params.x)'] }]);
    expect(taskNamed(documents, 'from-param').when).toEqual([{ input: 'main', operator: 'notin', values: ['$(params.branches[*])'] }]);
    const fanIn = taskNamed(documents, 'from-mapped').when[0];
    expect(fanIn).toMatchObject({ input: 'a', operator: 'in', values: [expect.stringMatching(/^\$\(tasks\.fan-result-fan-in\.results\.items\[\*\]\)$/)] });
  });

  it('inside or/not, a literal list becomes the condition task, which decides as text membership', () => {
    const built = workflow('or-membership', () => {
      const branch = parameter('branch', { default: 'main' });
      when(or(inList(branch, ['main', 'release']), notInList(branch, [])), () => step('guarded'));
    });
    const { documents } = compileChecked(built);
    const condition = taskNamed(documents, 'guarded-when');
    const decide = (branch: string) => runTaskLocally(condition.taskSpec, pipelineTaskParams(condition, { 'params.branch': branch })).results.value;
    expect(decide('main')).toBe('true');
    expect(decide('release')).toBe('true');
    // notIn of an empty list always holds.
    expect(decide('dev')).toBe('true');
    const strict = workflow('and-not', () => {
      const branch = parameter('branch', { default: 'main' });
      when(or(inList(branch, ['main']), equal(branch, 'x')), () => step('guarded'));
    });
    const task = taskNamed(compileChecked(strict).documents, 'guarded-when');
    expect(runTaskLocally(task.taskSpec, pipelineTaskParams(task, { 'params.branch': 'dev' })).results.value).toBe('false');
  });

  it('a list Tekton cannot split inside or/not, or a plain output holding JSON, is refused with what to do', () => {
    const plain = workflow('plain', () => {
      const list = withOutput('list', 'items');
      when(inList('a', list.output('items')), () => step('guarded'));
    });
    expect(refusal(() => compileToTekton(plain))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('output "items" of step "list", which is not mapped'), hint: expect.stringContaining('mapped step') });
  });
});

describe('exit handlers: stepStatus and main steps’ outputs', () => {
  const pipeline = () =>
    workflow('notify', () => {
      const train = withOutput('train', 'accuracy');
      setExitHandler('Any', () => {
        when(stepStatus(train, 'Failed', 'Skipped'), () => step('alert'));
        setDependencies(() => step('report', { args: [train.output('accuracy')] }), []);
      });
    });

  it('stepStatus is $(tasks.<name>.status) in a finally when; Skipped is Tekton’s None', () => {
    const { documents } = compileChecked(pipeline());
    expect(taskNamed(documents, 'alert').when).toEqual([{ input: '$(tasks.train.status)', operator: 'in', values: ['Failed', 'None'] }]);
  });

  it('an exit-handler step reads a main step’s result in finally (Tekton skips it when the result is missing)', () => {
    const { documents } = compileChecked(pipeline());
    const report = taskNamed(documents, 'report');
    expect(pipelineOf(documents).finally.map((task: { name: string }) => task.name)).toContain('report');
    expect(report.params).toEqual([{ name: 'train-accuracy', value: '$(tasks.train.results.accuracy)' }]);
    expect(report.runAfter).toBeUndefined();
  });

  it('stepStatus inside or/not, or of a loop step, is refused', () => {
    const inOr = workflow('in-or', () => {
      const train = step('train');
      setExitHandler('Any', () => when(or(stepStatus(train, 'Failed'), stepStatus(train, 'Skipped')), () => step('alert')));
    });
    expect(refusal(() => compileToTekton(inOr))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('the status of step "train" inside or/not'), hint: expect.stringContaining('alone or and-ed') });
    const loop = workflow('loop', () => {
      let poll: ReturnType<typeof step> | undefined;
      execWhile(equal('running'), () => (poll = withOutput('poll', 'state')));
      setExitHandler('Any', () => when(stepStatus(poll!, 'Failed'), () => step('alert')));
    });
    expect(refusal(() => compileToTekton(loop, { maxUnroll: 100 }))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('once per iteration of an execWhile loop') });
  });

  it('and-ed with a result and a param, each is its own when expression', () => {
    const built = workflow('anded', () => {
      const mode = parameter('mode', { default: 'fast' });
      const train = withOutput('train', 'accuracy');
      setExitHandler('Any', () => when(and(stepStatus(train, 'Succeeded'), equal(train.output('accuracy'), '1'), equal(mode, 'fast')), () => step('publish')));
    });
    expect(taskNamed(compileChecked(built).documents, 'publish').when).toEqual([
      { input: '$(tasks.train.status)', operator: 'in', values: ['Succeeded'] },
      { input: '$(tasks.train.results.accuracy)', operator: 'in', values: ['1'] },
      { input: '$(params.mode)', operator: 'in', values: ['fast'] },
    ]);
  });
});

describe('workflow outputs', () => {
  it('become pipeline results: one output, text around several, a mapped step’s list through its fan-in', () => {
    const built = workflow('outputs', () => {
      const a = withOutput('a', 'x');
      const b = withOutput('b', 'y');
      const fan = map((item) => step('fan', { args: [item], output: createParameterArtifact('/tmp/v', { name: 'v' }) }), ['1', '2']);
      workflowOutput('first', a.output('x'), { description: 'the first' });
      workflowOutput('joined', concat`${a.output('x')}-${b.output('y')}`);
      workflowOutput('all', fan.output('v'));
    });
    const results = pipelineOf(compileChecked(built).documents).results;
    expect(results).toEqual([
      { name: 'first', value: '$(tasks.a.results.x)', description: 'the first' },
      { name: 'joined', value: '$(tasks.a.results.x)-$(tasks.b.results.y)' },
      { name: 'all', value: expect.stringMatching(/^\$\(tasks\.fan-v-fan-in\.results\.value\)$/) },
    ]);
  });

  it('firstOf, a parameter, or text that reads as a variable is refused, naming the output', () => {
    const cases: Array<[string, () => void, string]> = [
      ['first-of', () => { const a = withOutput('a', 'x'); const b = withOutput('b', 'x'); workflowOutput('pick', firstOf(a.output('x'), b.output('x'))); }, 'firstOf'],
      ['param', () => { const p = parameter('p', { default: '1' }); withOutput('a', 'x'); workflowOutput('p-out', concat`${p}`); }, 'reads no step output'],
      ['dollar', () => { const a = withOutput('a', 'x'); workflowOutput('d', concat`$(x)${a.output('x')}`); }, 'which Tekton would read as a variable'],
    ];
    for (const [name, body, message] of cases) {
      const error = refusal(() => compileToTekton(workflow(name, body)));
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['outputs', 'parameters', expect.any(String)], message: expect.stringContaining(message) });
    }
  });
});

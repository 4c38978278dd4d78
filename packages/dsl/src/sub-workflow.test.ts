import { validate, type SubWorkflowCallStep } from '@couler/ir';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { equal } from './conditions';
import { map, when } from './control-flow';
import type { OutputHandle } from './handles';
import { runContainer } from './run-container';
import { subWorkflow } from './sub-workflow';
import { workflow } from './workflow';

const image = 'python:3.12-alpine';

/** train → evaluate for one model; returns the evaluation's standard output as `score`. */
const trainEvaluate = subWorkflow('train-evaluate', { model: {}, epochs: { default: 3 } }, ({ model, epochs }) => {
  const trained = runContainer({ image, command: ['echo'], args: ['train', model, epochs], stepName: 'train' });
  const evaluated = runContainer({ image, command: ['echo'], args: ['evaluate', trained], stepName: 'evaluate' });
  return { score: evaluated };
});

describe('subWorkflow', () => {
  it('maps a chain of steps over five models: one definition, one mapped call, its outputs read as one list', () => {
    const models = ['a', 'b', 'c', 'd', 'e'];
    const wf = workflow('automl', () => {
      const scores = map((model) => trainEvaluate({ model }), models, { parallelism: 2 });
      runContainer({ image, command: ['echo'], args: [scores.output('score')], stepName: 'keep-best' });
    });
    expect(validate(wf)).toEqual([]);
    expect(wf.spec.subWorkflows!.map((definition) => [definition.name, definition.steps.map((step) => step.name)])).toEqual([['train-evaluate', ['train', 'evaluate']]]);
    const call = stepOf(wf, 'train-evaluate') as SubWorkflowCallStep;
    expect(call).toMatchObject({ kind: 'subWorkflow', subWorkflow: { name: 'train-evaluate' }, map: { items: models, parallelism: 2 } });
    expect(call.inputs!.parameters).toEqual([{ name: 'model', value: { ref: 'item' } }]);
    expect(stepOf(wf, 'keep-best')).toMatchObject({ container: { args: [{ ref: 'step', step: 'train-evaluate', output: 'score' }] } });
    // The body reads its own inputs and its own steps only.
    expect(wf.spec.subWorkflows![0]!.steps[1]).toMatchObject({ container: { args: ['evaluate', { ref: 'step', step: 'train', output: 'result' }] }, dependencies: ['train'] });
    expect(wf.spec.subWorkflows![0]!.inputs!.parameters).toEqual([{ name: 'model' }, { name: 'epochs', default: 3 }]);
  });

  it('calling it twice makes two calls of one definition, not two copies', () => {
    const wf = workflow('twice', () => {
      trainEvaluate({ model: 'small' }, { stepName: 'small' });
      trainEvaluate({ model: 'large', epochs: 10 }, { stepName: 'large' });
    });
    expect(wf.spec.subWorkflows).toHaveLength(1);
    expect(wf.spec.steps.map((step) => [step.name, step.kind, step.inputs?.parameters?.map((parameter) => parameter.value)])).toEqual([
      ['small', 'subWorkflow', ['small']],
      ['large', 'subWorkflow', ['large', '10']],
    ]);
    expect(stepOf(wf, 'large').dependencies).toEqual(['small']);
  });

  it('nests three deep, each definition written once', () => {
    const leaf = subWorkflow('leaf', { x: {} }, ({ x }) => ({ said: runContainer({ image, command: ['echo'], args: [x], stepName: 'say' }) }));
    const middle = subWorkflow('middle', { x: {} }, ({ x }) => ({ said: leaf({ x }).outputs.said }));
    const top = subWorkflow('top', {}, () => ({ said: middle({ x: 'deep' }).outputs.said }));
    const wf = workflow('nested', () => {
      const result = top({});
      runContainer({ image, command: ['echo'], args: [result.outputs.said], stepName: 'print' });
    });
    expect(validate(wf)).toEqual([]);
    expect(wf.spec.subWorkflows!.map((definition) => definition.name)).toEqual(['leaf', 'middle', 'top']);
    expect(wf.spec.subWorkflows![1]!.steps[0]).toMatchObject({ kind: 'subWorkflow', subWorkflow: { name: 'leaf' }, inputs: { parameters: [{ name: 'x', value: { ref: 'parameter', name: 'x' } }] } });
  });

  it('a when inside a mapped sub-workflow compares the item with another step\'s output', () => {
    const keepIfBest = subWorkflow('keep-if-best', { model: {}, best: {} }, ({ model, best }) => {
      when(equal(model, best), () => runContainer({ image, command: ['echo'], args: ['keep', model], stepName: 'keep' }));
    });
    const wf = workflow('pick', () => {
      const best = runContainer({ image, command: ['echo'], args: ['b'], stepName: 'best' });
      map((model) => keepIfBest({ model, best }), ['a', 'b', 'c']);
    });
    expect(validate(wf)).toEqual([]);
    expect(wf.spec.subWorkflows![0]!.steps[0]!.when).toEqual({ op: 'equal', left: { ref: 'parameter', name: 'model' }, right: { ref: 'parameter', name: 'best' } });
    expect(stepOf(wf, 'keep-if-best').inputs!.parameters).toEqual([
      { name: 'model', value: { ref: 'item' } },
      { name: 'best', value: { ref: 'step', step: 'best', output: 'result' } },
    ]);
  });

  it('refuses recursion at the call that closes the cycle', () => {
    const again: ReturnType<typeof subWorkflow<{ n: object }, Record<string, never>>>[] = [];
    const loop = subWorkflow('loop', { n: {} }, ({ n }) => {
      runContainer({ image, command: ['echo'], args: [n] });
      again[0]!({ n });
    });
    again.push(loop as never);
    const error = catchCouler(() => workflow('recursive', () => loop({ n: '1' })));
    expect([error.code, error.message]).toEqual(['CYCLE', 'Sub-workflow "loop" calls itself; a definition cannot call itself, directly or through others.']);
  });

  it('a missing input is a validation error naming the call and the input', () => {
    const error = catchCouler(() => workflow('missing', () => trainEvaluate({} as never)));
    expect([error.code, error.path]).toEqual(['UNKNOWN_INPUT', ['steps', 'train-evaluate', 'inputs', 'parameters']]);
  });

  it('types: required inputs must be passed, outputs are known by name', () => {
    expectTypeOf(trainEvaluate).parameter(0).toEqualTypeOf<{ model: import('./values').ValueInput } & { epochs?: import('./values').ValueInput }>();
    expectTypeOf<ReturnType<typeof trainEvaluate>['outputs']['score']>().toEqualTypeOf<OutputHandle>();
  });
});

describe('subWorkflow onExit', () => {
  const cleanUp = subWorkflow('clean-up-after', { model: {} }, ({ model }) => ({ trained: runContainer({ image, command: ['echo'], args: ['train', model], stepName: 'train' }) }), {
    onExit: ({ model }) => runContainer({ image, command: ['echo'], args: ['clean', model] }),
  });

  it('makes the exit steps hooks of each call, given the call\'s arguments, outside the chain of steps', () => {
    const notify = subWorkflow('notify-after', { model: {} }, ({ model }) => void runContainer({ image, command: ['echo'], args: ['train', model], stepName: 'train' }), {
      onExit: () => runContainer({ image, command: ['echo', 'ended'] }),
    });
    const wf = workflow('exits', () => {
      cleanUp({ model: 'a' }, { stepName: 'fit-a' });
      map((model) => notify({ model }, { stepName: 'sweep' }), ['b', 'c']);
      runContainer({ image, command: ['echo', 'done'], stepName: 'report' });
    });
    expect(validate(wf)).toEqual([]);
    const hooks = wf.spec.steps.filter((step) => step.hook).map((step) => [step.hook, step.kind === 'container' && step.container.args]);
    expect(hooks).toEqual([
      [{ of: 'fit-a', on: 'exit' }, ['clean', 'a']],
      [{ of: 'sweep', on: 'exit' }, undefined],
    ]);
    // map() maps the call, not its hook; the step after them follows the call.
    expect(stepOf(wf, 'sweep').map).toEqual({ items: ['b', 'c'] });
    expect(stepOf(wf, 'report').dependencies).toEqual(['sweep']);
  });

  it('a mapped call\'s exit steps run once, after every item: they cannot read the item', () => {
    const error = catchCouler(() => workflow('mapped', () => map((model) => cleanUp({ model }), ['b', 'c'])));
    expect(error.message).toMatch(/reads a map item, but it is not mapped/);
  });

  it('refuses a setting that is not a function, and the workflow\'s exit handler set inside a body', () => {
    expect(catchCouler(() => subWorkflow('x', {}, () => undefined, { onExit: 'clean' as never })).message).toBe("subWorkflow('x', …, { onExit }) must be a function that creates the exit steps; got string \"clean\".");
    expect(catchCouler(() => subWorkflow('x', {}, () => undefined, { onExti: () => undefined } as never)).code).toBe('INVALID_DSL_USAGE');
  });
});

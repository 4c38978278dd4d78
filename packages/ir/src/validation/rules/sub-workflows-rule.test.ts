import { describe, expect, test } from 'vitest';
import { subWorkflowCall as call, subWorkflowFanOut as fanOutWorkflow, trainEvaluateDefinition as trainEvaluate } from '../../test/sub-workflow-workflows';
import { echo, output, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';
import { expectValidationErrors } from '../__tests__/harness';
import { subWorkflowsRule } from './index';

describe('sub-workflows', () => {
  test('a mapped call of a definition, read by a later step, is valid', () => {
    expect(validate(fanOutWorkflow()).map(String)).toEqual([]);
  });

  test('a call of a definition that does not exist names the nearest one', () => {
    expectValidationErrors(subWorkflowsRule, workflow([call('run', 'train-evaluat', { model: 'a' })], { subWorkflows: [trainEvaluate] }), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'run', 'subWorkflow', 'name'], message: 'Did you mean "train-evaluate"?' },
    ]);
  });

  test('an input without a default must be passed, and no unknown argument is accepted', () => {
    expectValidationErrors(subWorkflowsRule, workflow([call('run', 'train-evaluate', { modle: 'a' })], { subWorkflows: [trainEvaluate] }), [
      { code: 'UNKNOWN_INPUT', path: ['steps', 'run', 'inputs', 'parameters', 'modle'], message: 'Did you mean "model"?' },
      { code: 'UNKNOWN_INPUT', path: ['steps', 'run', 'inputs', 'parameters'], message: 'without its input "model", which has no default' },
    ]);
  });

  test('a call declares only outputs the definition returns', () => {
    expectValidationErrors(subWorkflowsRule, workflow([call('run', 'train-evaluate', { model: 'a' }, ['scor'])], { subWorkflows: [trainEvaluate] }), [
      { code: 'UNKNOWN_OUTPUT', path: ['steps', 'run', 'outputs', 'parameters', 'scor'], message: 'Did you mean "score"?' },
    ]);
  });

  test('a later step cannot read an output the call does not declare', () => {
    const errors = validate(workflow([call('run', 'train-evaluate', { model: 'a' }, ['score']), echo('use', [output('run', 'loss')])], { subWorkflows: [trainEvaluate] }));
    expect(errors.map((error) => [error.code, error.path])).toEqual([['UNKNOWN_OUTPUT', ['steps', 'use', 'container', 'args', 0]]]);
  });

  test('references inside a body are scoped to it: no caller step, no workflow parameter', () => {
    const body = { name: 'inner', steps: [echo('use', [output('outer'), { ref: 'parameter', name: 'lr' }])] };
    const errors = validate(workflow([echo('outer', ['x']), call('run', 'inner', {}, [], { dependencies: ['outer'] })], { subWorkflows: [body], parameters: [{ name: 'lr' }] }));
    expect(errors.map((error) => [error.code, error.path])).toEqual([
      ['UNKNOWN_STEP', ['subWorkflows', 'inner', 'steps', 'use', 'container', 'args', 0]],
      ['UNKNOWN_PARAMETER', ['subWorkflows', 'inner', 'steps', 'use', 'container', 'args', 1]],
    ]);
    expect(errors[0]!.message).toMatch(/^In sub-workflow "inner": /);
  });

  test('step names are unique per scope: a body may reuse a name of the caller', () => {
    const body = { name: 'inner', steps: [echo('train', ['x']), echo('train', ['y'])] };
    const errors = validate(workflow([echo('train', ['x']), call('run', 'inner')], { subWorkflows: [body] }));
    expect(errors.map((error) => [error.code, error.path])).toEqual([['DUPLICATE_STEP', ['subWorkflows', 'inner', 'steps', 'train']]]);
  });

  test('definition names are unique DNS-1123 labels', () => {
    const body = { name: 'inner', steps: [echo('a', ['x'])] };
    expectValidationErrors(subWorkflowsRule, workflow([call('run', 'inner')], { subWorkflows: [body, body, { ...body, name: 'Bad_Name' }] }), [
      { code: 'DUPLICATE_NAME', path: ['subWorkflows', 'inner'] },
      { code: 'INVALID_NAME', path: ['subWorkflows', 'Bad_Name'] },
    ]);
  });

  test('an output of a definition names a step of its body', () => {
    const body = { ...trainEvaluate, outputs: { parameters: [{ name: 'score', value: output('evaluat') }] } };
    const errors = validate(workflow([call('run', 'train-evaluate', { model: 'a' })], { subWorkflows: [body] }));
    expect(errors.map((error) => [error.code, error.path?.[0], error.path?.[1]])).toEqual([['UNKNOWN_STEP', 'subWorkflows', 'train-evaluate']]);
  });

  test('recursion, direct or through another definition, is refused', () => {
    const a = { name: 'a', steps: [call('to-b', 'b')] };
    const b = { name: 'b', steps: [call('to-a', 'a')] };
    expectValidationErrors(subWorkflowsRule, workflow([call('run', 'a')], { subWorkflows: [a, b] }), [
      { code: 'CYCLE', path: ['subWorkflows', 'a'], message: 'a → b → a', hint: 'execWhile' },
    ]);
  });

  test('nesting three deep is valid', () => {
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'x' }] }, steps: [echo('say', [{ ref: 'parameter', name: 'x' }])], outputs: { parameters: [{ name: 'said', value: output('say') }] } };
    const middle = { name: 'middle', inputs: { parameters: [{ name: 'x' }] }, steps: [call('in-leaf', 'leaf', { x: { ref: 'parameter', name: 'x' } }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-leaf', 'said') }] } };
    const top = { name: 'top', steps: [call('in-middle', 'middle', { x: 'deep' }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-middle', 'said') }] } };
    expect(validate(workflow([call('run', 'top', {}, ['said']), echo('print', [output('run', 'said')])], { subWorkflows: [leaf, middle, top] })).map(String)).toEqual([]);
  });
});

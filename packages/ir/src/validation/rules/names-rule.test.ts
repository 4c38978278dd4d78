import { describe, expect, test } from 'vitest';
import { container, unparsedWorkflow, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { namesRule } from './names-rule';

describe('namesRule', () => {
  test('accepts DNS-1123 step, group and workflow names and identifier parameter names', () => {
    expectValid(
      namesRule,
      workflow(
        [container('train-2', { outputs: { parameters: [{ name: 'model_path', path: '/tmp/m' }] }, env: [{ name: 'LR.rate', value: '1' }] }), container('a')],
        { parameters: [{ name: '_lr-max' }], groups: [{ name: 'pair', kind: 'concurrent', branches: [['a']] }] },
        'x'.repeat(63),
      ),
    );
  });

  test('reports a second step of the same name, at that step', () => {
    expectValidationErrors(namesRule, workflow([container('train'), container('train')]), [
      { code: 'DUPLICATE_STEP', path: ['steps', 'train'], stepIds: ['train'], message: 'There can be only one step named "train".' },
    ]);
  });

  test('a group may not take the name of a step, nor an exit handler that of a main step', () => {
    expectValidationErrors(
      namesRule,
      workflow([container('a')], {
        onExit: [container('a')],
        groups: [{ name: 'a', kind: 'concurrent', branches: [['a']] }],
      }),
      [
        { code: 'DUPLICATE_STEP', path: ['onExit', 'a'], message: 'There can be only one step named "a".' },
        { code: 'DUPLICATE_STEP', path: ['groups', 'a'], message: 'it names a step and a group' },
      ],
    );
  });

  test.each([
    ['Train_Model', 'train-model'],
    ['trainModel', 'train-model'],
    ['-train', 'train'],
    ['train-', 'train'],
    ['a.b', 'a-b'],
    ['x'.repeat(64), 'x'.repeat(63)],
  ])('step name %j is not a DNS-1123 label; the hint suggests %j', (name, suggestion) => {
    expectValidationErrors(namesRule, workflow([container(name)]), [
      { code: 'INVALID_NAME', path: ['steps', name], message: `The step name "${name}" is not a DNS-1123 label`, hint: `Rename it to "${suggestion}".` },
    ]);
  });

  test('a name with nothing usable gets a generic hint', () => {
    expectValidationErrors(namesRule, workflow([container('__')]), [
      { code: 'INVALID_NAME', path: ['steps', '__'], hint: 'Give it a name made of letters and digits.' },
    ]);
  });

  test('checks the workflow name and group names too', () => {
    expectValidationErrors(namesRule, workflow([container('a')], { groups: [{ name: 'My Group', kind: 'concurrent', branches: [['a']] }] }, 'My_Flow'), [
      { code: 'INVALID_NAME', path: ['metadata', 'name'], message: 'workflow name "My_Flow"', hint: 'Rename it to "my-flow".' },
      { code: 'INVALID_NAME', path: ['groups', 'My Group'], message: 'group name "My Group"' },
    ]);
  });

  test('parameter names are identifiers, unique in the workflow', () => {
    expectValidationErrors(namesRule, workflow([container('a')], { parameters: [{ name: 'lr' }, { name: '1st' }, { name: 'lr' }, { name: 'a b' }] }), [
      { code: 'INVALID_NAME', path: ['parameters', '1st'], message: 'must start with a letter or "_"' },
      { code: 'DUPLICATE_NAME', path: ['parameters', 'lr'], message: 'There can be only one workflow parameter named "lr".' },
      { code: 'INVALID_NAME', path: ['parameters', 'a b'] },
    ]);
  });

  test('output names are unique across parameters and artifacts, and "result" is reserved', () => {
    const step = container('a', {
      outputs: {
        parameters: [{ name: 'model', path: '/tmp/m' }, { name: 'result', path: '/tmp/r' }],
        artifacts: [{ name: 'model', path: '/tmp/model' }],
      },
    });
    expectValidationErrors(namesRule, workflow([step]), [
      { code: 'DUPLICATE_NAME', path: ['steps', 'a', 'outputs', 'model'], message: 'output of step "a"' },
      { code: 'INVALID_NAME', path: ['steps', 'a', 'outputs', 'result'], message: '"result" is reserved for the standard output of step "a"' },
    ]);
  });

  test('input names are unique across parameters and artifacts', () => {
    const step = container('a', {
      inputs: { parameters: [{ name: 'data', value: 'x' }], artifacts: [{ name: 'data', path: '/d', raw: 'x' }] },
    });
    expectValidationErrors(namesRule, workflow([step]), [{ code: 'DUPLICATE_NAME', path: ['steps', 'a', 'inputs', 'data'], message: 'input of step "a"' }]);
  });

  test('environment variable names are valid and set once', () => {
    const step = container('a', { env: [{ name: '1X', value: '1' }, { name: 'HOME', value: '/' }, { name: 'HOME', value: '/root' }] });
    expectValidationErrors(namesRule, workflow([step]), [
      { code: 'INVALID_NAME', path: ['steps', 'a', 'env', '1X'], message: '"1X" is not a valid environment variable name.' },
      { code: 'DUPLICATE_NAME', path: ['steps', 'a', 'env', 'HOME'], message: 'sets the environment variable "HOME" twice' },
    ]);
  });

  test('exit-handler steps are held to the same rules', () => {
    const errors = expectValidationErrors(namesRule, unparsedWorkflow([container('a')], { onExit: [container('Notify')] }), [
      { code: 'INVALID_NAME', path: ['onExit', 'Notify'] },
    ]);
    expect(errors[0]!.pathString).toBe('onExit.Notify');
  });
});

import { describe, test } from 'vitest';
import { container, output, outputs, script, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { workflowOutputsRule } from './workflow-outputs-rule';

const when = (value: string) => ({ when: { op: 'equal', left: output('flip'), right: value } });
const coinflip = (outputsSpec: unknown[], spec: Record<string, unknown> = {}, extra: Record<string, unknown>[] = []) =>
  workflow([script('flip'), script('heads', when('heads')), script('tails', when('tails')), ...extra], { outputs: { parameters: outputsSpec }, ...spec });

describe('workflowOutputsRule', () => {
  test('the result of whichever branch ran, a concat of outputs and parameters, a workflow fact', () => {
    expectValid(
      workflowOutputsRule,
      coinflip(
        [
          { name: 'stepresult', firstOf: [output('heads'), output('tails')] },
          { name: 'summary', value: { concat: ['flip=', output('flip'), ' run=', { ref: 'workflow', field: 'name' }, ' seed=', { ref: 'parameter', name: 'seed' }] } },
        ],
        { parameters: [{ name: 'seed', default: 1 }] },
      ),
    );
  });

  test('names are identifiers, once each, and not the name of a global step output', () => {
    const globalStep = container('train', { outputs: { parameters: [{ name: 'accuracy', path: '/a', global: true }] } });
    expectValidationErrors(
      workflowOutputsRule,
      coinflip([{ name: '1st', value: 'x' }, { name: 'accuracy', value: 'y' }, { name: 'accuracy', value: 'z' }], {}, [globalStep]),
      [
        { code: 'INVALID_NAME', path: ['outputs', 'parameters', '1st'], message: 'The workflow output name "1st" must start with a letter' },
        { code: 'DUPLICATE_NAME', path: ['outputs', 'parameters', 'accuracy'], stepIds: ['train'], message: 'global output of step "train"' },
        { code: 'DUPLICATE_NAME', path: ['outputs', 'parameters', 'accuracy'], message: 'There can be only one workflow output named "accuracy".' },
        { code: 'DUPLICATE_NAME', path: ['outputs', 'parameters', 'accuracy'], stepIds: ['train'] },
      ],
    );
  });

  test('exactly one of value and firstOf', () => {
    expectValidationErrors(workflowOutputsRule, coinflip([{ name: 'none' }, { name: 'both', value: 'x', firstOf: [output('heads')] }]), [
      { code: 'AMBIGUOUS_SOURCE', path: ['outputs', 'parameters', 'none'], message: 'needs one of "value", "firstOf"; it has none.' },
      { code: 'AMBIGUOUS_SOURCE', path: ['outputs', 'parameters', 'both'], message: 'has "value" and "firstOf"; give exactly one.' },
    ]);
  });

  test('every reference resolves where the outputs are set: main steps, declared outputs, values, no items or exit facts', () => {
    const spec = { onExit: [container('notify')] };
    const extra = [container('pack', { outputs: { artifacts: [{ name: 'model', path: '/m' }] } }), container('train', outputs('accuracy'))];
    expectValidationErrors(
      workflowOutputsRule,
      coinflip(
        [
          { name: 'a', firstOf: [output('haeds'), output('train', 'acuracy')] },
          { name: 'b', value: output('notify') },
          { name: 'c', value: output('pack', 'model') },
          { name: 'd', value: { concat: [{ ref: 'item' }, { ref: 'input', name: 'x' }, { ref: 'workflow', field: 'status' }, { ref: 'parameter', name: 'lr' }] } },
        ],
        spec,
        extra,
      ),
      [
        { code: 'UNKNOWN_STEP', path: ['outputs', 'parameters', 'a', 'firstOf', 0], message: 'Did you mean "heads"?' },
        { code: 'UNKNOWN_OUTPUT', path: ['outputs', 'parameters', 'a', 'firstOf', 1], stepIds: ['train'], message: 'Did you mean "accuracy"?' },
        { code: 'INVALID_REFERENCE', path: ['outputs', 'parameters', 'b', 'value'], stepIds: ['notify'], message: 'exit-handler step "notify"' },
        { code: 'TYPE_MISMATCH', path: ['outputs', 'parameters', 'c', 'value'], stepIds: ['pack'], hint: 'global' },
        { code: 'INVALID_REFERENCE', path: ['outputs', 'parameters', 'd', 'value'], message: 'a map item' },
        { code: 'INVALID_REFERENCE', path: ['outputs', 'parameters', 'd', 'value'], message: 'input "x"' },
        { code: 'INVALID_REFERENCE', path: ['outputs', 'parameters', 'd', 'value'], message: 'workflow.status' },
        { code: 'UNKNOWN_PARAMETER', path: ['outputs', 'parameters', 'd', 'value'], message: 'workflow parameter "lr"' },
      ],
    );
  });
});

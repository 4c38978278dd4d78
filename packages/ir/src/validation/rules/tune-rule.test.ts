import { describe, test } from 'vitest';
import { container, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { tuneRule } from './tune-rule';

const parameter = (name: string) => ({ ref: 'parameter', name });
const trainer = (tune: Record<string, unknown>, args: unknown[] = [parameter('trees'), parameter('depth')], name = 'train') =>
  container(name, { tune, outputs: { parameters: [{ name: 'metrics', path: '/out/metrics.json' }] } }, { command: ['train'], args });
const parameters = [
  { name: 'trees', type: 'integer', default: 25 },
  { name: 'depth', type: 'integer', default: 6 },
  { name: 'rate', type: 'number', default: 0.1 },
  { name: 'kernel', type: 'string', default: 'rbf' },
];
const forest = { trees: { type: 'integer', min: 5, max: 200, log: true }, depth: { type: 'choice', values: [3, 6, 9] } };

describe('tuneRule', () => {
  test('a step reading the parameters it tunes, with its metric in its only output', () => {
    expectValid(tuneRule, workflow([trainer({ space: forest, metric: 'accuracy', goal: 'maximize' })], { parameters }));
  });

  test('hyperparameters must be declared, read by the step, and tuned by one step only', () => {
    const first = trainer({ space: { trees: forest.trees, tres: forest.trees }, metric: 'accuracy', goal: 'maximize' });
    const second = trainer({ space: { trees: forest.trees, rate: { type: 'number', min: 0.001, max: 1, log: true } }, metric: 'accuracy', goal: 'maximize' }, [parameter('trees')], 'train-again');
    expectValidationErrors(tuneRule, workflow([first, second], { parameters }), [
      { code: 'UNKNOWN_PARAMETER', path: ['steps', 'train', 'tune', 'space', 'tres'], message: 'Hyperparameter "tres" of step "train" is not a declared workflow parameter. Did you mean "trees"?' },
      { code: 'INVALID_REFERENCE', path: ['steps', 'train-again', 'tune', 'space', 'rate'], message: 'never reads it', hint: 'Pass the parameter to the step' },
      { code: 'DUPLICATE_NAME', path: ['steps', 'train-again', 'tune', 'space', 'trees'], stepIds: ['train', 'train-again'] },
    ]);
  });

  test('ranges run upwards, log scales start above zero, choices are distinct values of the parameter type', () => {
    const space = {
      trees: { type: 'integer', min: 10, max: 10 },
      rate: { type: 'number', min: 0, max: 1, log: true },
      depth: { type: 'number', min: 1, max: 3 },
      kernel: { type: 'choice', values: ['rbf', 'rbf', 3] },
    };
    const args = ['trees', 'rate', 'depth', 'kernel'].map(parameter);
    expectValidationErrors(tuneRule, workflow([trainer({ space, metric: 'loss', goal: 'minimize' }, args)], { parameters }), [
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'space', 'depth'], message: 'is a number range, but its parameter has type "integer"', hint: "type: 'integer'" },
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'space', 'kernel'], message: 'lists "rbf" twice' },
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'space', 'kernel'], message: 'lists 3, which is not a value of its parameter\'s type "string"' },
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'space', 'rate'], message: 'a log scale needs min > 0' },
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'space', 'trees'], message: 'ranges from 10 to 10; min must be below max' },
    ]);
  });

  test('the metric is read from a declared output; with several, the step must say which', () => {
    const two = container('train', { tune: { space: forest, metric: 'accuracy', goal: 'maximize' }, outputs: { parameters: [{ name: 'log', path: '/a' }, { name: 'model', path: '/b' }] } }, { args: [parameter('trees'), parameter('depth')] });
    const misnamed = trainer({ space: forest, metric: 'accuracy', goal: 'maximize', output: 'metric' });
    expectValidationErrors(tuneRule, workflow([two], { parameters }), [
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'output'], message: 'has 2 output parameters (log, model)', hint: 'Set tune.output to one of "log", "model".' },
    ]);
    expectValidationErrors(tuneRule, workflow([misnamed], { parameters }), [
      { code: 'UNKNOWN_OUTPUT', path: ['steps', 'train', 'tune', 'output'], message: 'Did you mean "metrics"?' },
    ]);
  });

  test('the fidelity is a read parameter outside the space, from a positive min to a larger max', () => {
    const tune = { space: { depth: forest.depth }, metric: 'accuracy', goal: 'maximize', fidelity: { parameter: 'trees', min: 5, max: 80 } };
    expectValid(tuneRule, workflow([trainer(tune)], { parameters }));
    expectValidationErrors(tuneRule, workflow([trainer({ ...tune, space: forest, fidelity: { parameter: 'trees', min: 0, max: 80 } })], { parameters }), [
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'fidelity'], message: 'both tunes and uses as fidelity parameter "trees"' },
      { code: 'INVALID_FIELD', path: ['steps', 'train', 'tune', 'fidelity'], message: 'from 0 to 80' },
    ]);
  });

  test('only steps that train can be tuned', () => {
    const wait = { name: 'wait', kind: 'suspend', suspend: { durationSeconds: 1 }, tune: { space: forest, metric: 'accuracy', goal: 'maximize' } };
    expectValidationErrors(tuneRule, workflow([wait], { parameters }), [{ code: 'INVALID_FIELD', path: ['steps', 'wait', 'tune'], message: 'trains nothing' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { fitDefinition, subWorkflowArtifactCall as call, subWorkflowArtifacts } from '../../test/sub-workflow-artifact-workflows';
import { echo, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';

const produced = { from: { ref: 'step', step: 'prepare', output: 'rows' } };
const prepare = echo('prepare', ['x'], { outputs: { artifacts: [{ name: 'rows', path: '/out/rows' }], parameters: [{ name: 'count', path: '/out/count' }] } });
const errorsOf = (steps: unknown[], definitions: unknown[] = [fitDefinition()]) =>
  validate(workflow(steps as never, { subWorkflows: definitions } as never)).map((error) => [error.code, error.path?.join('/'), error.message]);

describe('artifacts in and out of sub-workflows', () => {
  test('a dataset in and a model out, called twice, two deep and mapped, is valid', () => {
    expect(validate(subWorkflowArtifacts()).map(String)).toEqual([]);
  });

  test('every call passes each input artifact that is not optional, and only those the definition has', () => {
    expect(errorsOf([prepare, call('fit', 'fit', { datset: produced })])).toEqual([
      ['UNKNOWN_INPUT', 'steps/fit/subWorkflow/artifacts/datset', expect.stringContaining('Did you mean "dataset"?')],
      ['UNKNOWN_INPUT', 'steps/fit/subWorkflow/artifacts', expect.stringContaining('without its input artifact "dataset"')],
    ]);
    const optional = { ...fitDefinition(), inputs: { artifacts: [{ name: 'dataset', optional: true }] } };
    expect(errorsOf([call('fit', 'fit', {})], [optional]).filter(([code]) => code === 'UNKNOWN_INPUT')).toEqual([]);
  });

  test('an artifact argument comes from an artifact, not a parameter, and has exactly one source', () => {
    const errors = errorsOf([prepare, call('fit', 'fit', { dataset: { from: { ref: 'step', step: 'prepare', output: 'count' } } })]);
    expect(errors).toEqual([['TYPE_MISMATCH', 'steps/fit/subWorkflow/artifacts/dataset/from', expect.stringContaining('which is a parameter, not an artifact')]]);
    const twoSources = errorsOf([prepare, call('fit', 'fit', { dataset: { ...produced, input: 'dataset' } })]);
    expect(twoSources.map(([code, path]) => [code, path])).toContainEqual(['AMBIGUOUS_SOURCE', 'steps/fit/subWorkflow/artifacts/dataset']);
  });

  test("an output artifact names an artifact of a body step, and a call returns only the definition's", () => {
    const wrong = { ...fitDefinition(), outputs: { artifacts: [{ name: 'model', from: { ref: 'step', step: 'train', output: 'modle' } }] } };
    expect(errorsOf([prepare, call('fit', 'fit', { dataset: produced }, ['weights'])], [wrong])).toEqual([
      ['UNKNOWN_OUTPUT', 'subWorkflows/fit/outputs/artifacts/model/from/output', expect.stringContaining('"train.modle", which is not an output of that step')],
      ['UNKNOWN_OUTPUT', 'steps/fit/subWorkflow/outputArtifacts', expect.stringContaining('returns artifact "weights"')],
    ]);
  });

  test('only a body reads input artifacts, and only those its definition declares', () => {
    const topLevel = echo('read', ['x'], { inputs: { artifacts: [{ name: 'rows', path: '/in', input: 'dataset' }] } });
    const misnamed = { ...fitDefinition(), steps: [echo('train', ['x'], { inputs: { artifacts: [{ name: 'rows', path: '/in', input: 'datset' }] }, outputs: { artifacts: [{ name: 'model', path: '/m' }] } })] };
    expect(errorsOf([prepare, topLevel, call('fit', 'fit', { dataset: produced })], [misnamed]).map(([code, path]) => [code, path])).toEqual([
      ['UNKNOWN_INPUT', 'steps/read/inputs/artifacts/rows/input'],
      ['UNKNOWN_INPUT', 'subWorkflows/fit/steps/train/inputs/artifacts/rows/input'],
    ]);
  });

  test('artifact names of a definition are identifiers', () => {
    const hostile = fitDefinition({ dataset: 'd{{x}}$(id)' });
    expect(errorsOf([prepare, call('fit', 'fit', { 'd{{x}}$(id)': produced })], [hostile]).map(([code, path]) => [code, path])).toEqual([['INVALID_NAME', 'subWorkflows/fit/inputs/artifacts/d{{x}}$(id)']]);
  });

  test('a mapped call cannot return artifacts: each iteration makes its own', () => {
    const mapped = call('fit', 'fit', { dataset: produced }, ['model'], { map: { items: ['a', 'b'] } });
    expect(errorsOf([prepare, mapped]).map(([code, path]) => [code, path])).toEqual([['INVALID_FIELD', 'steps/fit/subWorkflow/outputArtifacts']]);
  });

  test("reading a file of a mapped call says why the call has none and what to do instead, where the reader is", () => {
    const mapped = call('fit', 'fit', { dataset: produced }, [], { map: { items: ['a', 'b'] } });
    const reader = echo('show', ['x'], { inputs: { artifacts: [{ name: 'model', path: '/in/model', from: { ref: 'step', step: 'fit', output: 'model' } }] } });
    const errors = validate(workflow([prepare, mapped, reader] as never, { subWorkflows: [fitDefinition()] } as never));
    expect(errors.map((error) => [error.code, error.path?.join('/'), error.message])).toEqual([
      ['INVALID_REFERENCE', 'steps/show/inputs/artifacts/model/from', 'Step "show" reads artifact "model" of call "fit", which is mapped: each of its iterations makes its own "model", so the call returns none.'],
    ]);
    expect(errors[0]!.hint).toContain('return that place as a value output');
    // A name the definition does not return at all is unknown, with what a mapped call returns.
    const misnamed = echo('show', ['x'], { inputs: { artifacts: [{ name: 'model', path: '/in/model', from: { ref: 'step', step: 'fit', output: 'modle' } }] } });
    const unknown = validate(workflow([prepare, mapped, misnamed] as never, { subWorkflows: [fitDefinition()] } as never));
    expect(unknown.map((error) => [error.code, error.message])).toEqual([['UNKNOWN_OUTPUT', 'Step "show" reads output "modle" of mapped call "fit", which has no such output.']]);
    expect(unknown[0]!.hint).toContain('A mapped call returns no files, since each iteration makes its own');
  });
});

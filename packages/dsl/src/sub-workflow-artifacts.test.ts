import { validate, type SubWorkflowCallStep } from '@couler/ir';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { createLocalArtifact, createParameterArtifact, createS3Artifact } from './artifacts';
import { map } from './control-flow';
import type { InputArtifactHandle, ParameterHandle } from './handles';
import { runContainer } from './run-container';
import { subWorkflow } from './sub-workflow';
import { workflow } from './workflow';

const image = 'alpine:3.20';

/** Trains on the dataset a call passes (read at /data/rows) and returns the model file. */
const fitModel = subWorkflow('fit', { tag: { default: 'plain' }, dataset: { artifact: true, description: 'Rows to train on.' } }, ({ tag, dataset }) => {
  const train = runContainer({
    image,
    command: ['sh', '-c', 'mkdir -p /work && { cat /data/rows; echo "model-$1"; } > /work/model', 'train'],
    args: [tag],
    input: dataset.at('/data/rows'),
    output: createLocalArtifact('/work/model', { name: 'model' }),
    stepName: 'train',
  });
  return { model: train.output('model') };
});

const prepareRows = () => runContainer({ image, command: ['sh', '-c', 'mkdir -p /out && printf "row-1\\n" > /out/rows'], output: createLocalArtifact('/out/rows'), stepName: 'prepare' });

describe('artifacts in and out of subWorkflow calls', () => {
  it('passes a step\'s artifact into a call and the call\'s model to a later step', () => {
    const wf = workflow('fit-once', () => {
      const prepared = prepareRows();
      const fitted = fitModel({ dataset: prepared.output('rows'), tag: 'a' });
      runContainer({ image, command: ['cat', '/in/model'], input: fitted.outputs.model.at('/in/model'), stepName: 'show' });
    });
    expect(validate(wf)).toEqual([]);
    const definition = wf.spec.subWorkflows![0]!;
    expect(definition.inputs).toEqual({ parameters: [{ name: 'tag', default: 'plain' }], artifacts: [{ name: 'dataset', description: 'Rows to train on.' }] });
    expect(definition.outputs).toEqual({ artifacts: [{ name: 'model', from: { ref: 'step', step: 'train', output: 'model' } }] });
    expect(definition.steps[0]!.inputs!.artifacts).toEqual([{ name: 'dataset', path: '/data/rows', input: 'dataset' }]);
    expect((stepOf(wf, 'fit') as SubWorkflowCallStep).subWorkflow).toEqual({
      name: 'fit',
      artifacts: [{ name: 'dataset', from: { ref: 'step', step: 'prepare', output: 'rows' } }],
      outputArtifacts: ['model'],
    });
    expect(stepOf(wf, 'show').inputs!.artifacts).toEqual([{ name: 'model', path: '/in/model', from: { ref: 'step', step: 'fit', output: 'model' } }]);
  });

  it('a call\'s artifact read without .at() lands where the body step wrote it, through a nested call', () => {
    const outer = subWorkflow('outer', { rows: { artifact: true } }, ({ rows }) => ({ model: fitModel({ dataset: rows }).outputs.model }));
    const wf = workflow('nested', () => {
      const called = outer({ rows: createS3Artifact('/x', { bucket: 'b', key: 'rows.txt' }) });
      runContainer({ image, command: ['cat', '/work/model'], input: called.outputs.model, stepName: 'show' });
    });
    expect(validate(wf)).toEqual([]);
    expect(stepOf(wf, 'outer')).toMatchObject({ subWorkflow: { artifacts: [{ name: 'rows', location: { type: 's3', bucket: 'b', key: 'rows.txt' } }] } });
    expect(wf.spec.subWorkflows!.find((definition) => definition.name === 'outer')!.steps[0]).toMatchObject({ subWorkflow: { artifacts: [{ name: 'dataset', input: 'rows' }] } });
    expect(stepOf(wf, 'show').inputs!.artifacts).toEqual([{ name: 'model', path: '/work/model', from: { ref: 'step', step: 'outer', output: 'model' } }]);
  });

  it('maps a call with an artifact over items: every iteration reads the one dataset, and the mapped call returns no files', () => {
    const wf = workflow('sweep', () => {
      const prepared = prepareRows();
      map((tag) => fitModel({ tag, dataset: prepared }), ['x', 'y']);
    });
    expect(validate(wf)).toEqual([]);
    expect((stepOf(wf, 'fit') as SubWorkflowCallStep).subWorkflow).toEqual({ name: 'fit', artifacts: [{ name: 'dataset', from: { ref: 'step', step: 'prepare', output: 'rows' } }] });
  });

  it("reading a mapped call's file is an error at the reader that says each iteration makes its own, and what to do", () => {
    const error = catchCouler(() =>
      workflow('sweep-read', () => {
        const prepared = prepareRows();
        const sweep = map((tag) => fitModel({ tag, dataset: prepared }), ['x', 'y']);
        runContainer({ image, command: ['cat', '/in/model'], input: sweep.output('model').at('/in/model'), stepName: 'show' });
      }),
    );
    expect([error.code, error.message, error.stepIds]).toEqual(['INVALID_REFERENCE', 'Step "show" reads artifact "model" of call "fit", which is mapped: each of its iterations makes its own "model", so the call returns none.', ['show', 'fit']]);
    expect(error.hint).toContain('Use the file inside the sub-workflow');
  });

  it('refuses wrong bindings with what to pass instead', () => {
    const cases: Array<[string, () => void, string, string]> = [
      ['a value for an artifact', () => fitModel({ dataset: 'rows.csv' as never }), 'TYPE_MISMATCH', 'fit({ dataset }) takes a file, because "dataset" is an input artifact of sub-workflow "fit"; got string "rows.csv".'],
      ['a step\'s parameter for an artifact', () => fitModel({ dataset: runContainer({ image, output: createParameterArtifact('/n', { name: 'n' }) }).output('n') }), 'TYPE_MISMATCH', 'fit({ dataset }) takes a file, but output "n" of step "alpine" is a parameter.'],
      ['an artifact for a value', () => fitModel({ dataset: prepareRows(), tag: prepareRows().output('rows') as never }), 'TYPE_MISMATCH', 'fit({ tag }) got an artifact, but "tag" is a value input of sub-workflow "fit".'],
      ['a local artifact that names no stored object', () => fitModel({ dataset: createLocalArtifact('/rows') }), 'INVALID_DSL_USAGE', 'fit({ dataset }) got an artifact without a stored location, which names no stored object to pass.'],
      ['a mounted artifact', () => fitModel({ dataset: prepareRows().output('rows').at('/x') as never }), 'INVALID_DSL_USAGE', "fit({ dataset }) got an artifact mounted at a path (.at()), but the sub-workflow's steps choose where they read it."],
    ];
    for (const [what, call, code, message] of cases) {
      const error = catchCouler(() => workflow('wrong', call));
      expect([what, error.code, error.message]).toEqual([what, code, message]);
    }
  });

  it('an unknown or missing artifact input is a validation error naming the call and the input', () => {
    const missing = catchCouler(() => workflow('missing', () => fitModel({} as never)));
    expect([missing.code, missing.message]).toEqual(['UNKNOWN_INPUT', 'Step "fit" calls sub-workflow "fit" without its input artifact "dataset".']);
    const unknown = catchCouler(() =>
      workflow('unknown', () => {
        const prepared = prepareRows();
        fitModel({ dataset: prepared, datset: prepared } as never);
      }),
    );
    expect(unknown.code).toBe('UNKNOWN_INPUT');
    expect(unknown.message).toContain('"datset"');
  });

  it('an input artifact given to a step without a path says to mount it', () => {
    const bare = subWorkflow('bare', { rows: { artifact: true } }, ({ rows }) => {
      runContainer({ image, input: rows as never });
    });
    const error = catchCouler(() => workflow('bare', () => bare({ rows: prepareRows() })));
    expect([error.code, error.hint]).toEqual(['INVALID_DSL_USAGE', "Say where the step reads it: input: rows.at('/data/rows')."]);
  });

  it('types: artifact inputs get mountable handles, calls take files for them and values for the rest', () => {
    subWorkflow('typed', { rows: { artifact: true }, seed: {}, extra: { artifact: true, optional: true } }, (inputs) => {
      expectTypeOf(inputs.rows).toEqualTypeOf<InputArtifactHandle>();
      expectTypeOf(inputs.seed).toEqualTypeOf<ParameterHandle>();
      runContainer({ image, input: inputs.rows.at('/rows') });
    });
    type Arguments = Parameters<typeof fitModel>[0];
    expectTypeOf<Arguments['dataset']>().toEqualTypeOf<import('./sub-workflow-artifacts').ArtifactArgument>();
    expectTypeOf<Arguments['tag']>().toEqualTypeOf<import('./values').ValueInput | undefined>();
  });
});

import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, leaves, stepOf } from './__tests__/helpers';
import { createLocalArtifact, createS3Artifact } from './artifacts';
import { runContainer } from './run-container';
import { workflow } from './workflow';

const image = 'alpine:3.20';

describe('typed artifacts', () => {
  it('carries the type of an output and of an input into the IR', () => {
    const built = workflow('typed', () => {
      const train = runContainer({ image, stepName: 'train', output: createLocalArtifact({ path: '/out/model', type: 'Model' }) });
      runContainer({ image, stepName: 'serve', input: [train.output('model').at('/in/model', { type: 'Model' }), createS3Artifact('/in/data', { bucket: 'b', key: 'k', type: 'Dataset' })] });
    });
    expect(validate(built)).toEqual([]);
    expect(stepOf(built, 'train').outputs?.artifacts).toEqual([{ name: 'model', path: '/out/model', artifactType: 'Model' }]);
    expect(stepOf(built, 'serve').inputs?.artifacts?.map((artifact) => artifact.artifactType)).toEqual(['Model', 'Dataset']);
  });

  it('refuses a Model read where a Dataset is expected, naming both types', () => {
    const error = catchCouler(() =>
      workflow('typed', () => {
        const train = runContainer({ image, stepName: 'train', output: createLocalArtifact({ path: '/out/model', type: 'Model' }) });
        runContainer({ image, stepName: 'prepare', input: train.output('model').at('/in/data', { type: 'Dataset' }) });
      }),
    );
    const [mismatch] = leaves(error);
    expect(mismatch).toMatchObject({ code: 'TYPE_MISMATCH', stepIds: ['prepare', 'train'] });
    expect(mismatch!.message).toContain('expects a Dataset, but it reads "train.model", which is a Model');
  });

  it('an untyped producer or consumer passes', () => {
    expect(() =>
      workflow('typed', () => {
        const train = runContainer({ image, stepName: 'train', output: createLocalArtifact('/out/model') });
        runContainer({ image, stepName: 'prepare', input: train.output('model').at('/in/data', { type: 'Dataset' }) });
      }),
    ).not.toThrow();
  });

  it('refuses a type that is not a name, hostile text included', () => {
    for (const hostile of ['Model"{{x}}', 'a\nb: c', '$(id)', '']) {
      const error = catchCouler(() => createLocalArtifact({ path: '/out/m', type: hostile }));
      expect(error.code).toBe('INVALID_DSL_USAGE');
      expect(error.message).toContain("createLocalArtifact({ type }) must be a type name such as 'Model'");
    }
  });
});

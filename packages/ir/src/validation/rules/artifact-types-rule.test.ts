import { describe, expect, test } from 'vitest';
import { container, workflow } from '../../__tests__/workflows';
import { ArtifactTypeSchema } from '../../schema/artifact-type';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { artifactTypesRule } from './artifact-types-rule';

const from = (step: string, output: string) => ({ ref: 'step', step, output });
const train = (artifactType?: string) => container('train', { outputs: { artifacts: [{ name: 'model', path: '/out/model', ...(artifactType && { artifactType }) }] } });
const consume = (artifactType?: string) =>
  container('evaluate', { inputs: { artifacts: [{ name: 'data', path: '/in/data', from: from('train', 'model'), ...(artifactType && { artifactType }) }] } });

describe('artifactTypesRule', () => {
  test('a Model read where a Dataset is expected is refused, naming both types and both steps', () => {
    expectValidationErrors(artifactTypesRule, workflow([train('Model'), consume('Dataset')]), [
      {
        code: 'TYPE_MISMATCH',
        path: ['steps', 'evaluate', 'inputs', 'artifacts', 'data', 'artifactType'],
        stepIds: ['evaluate', 'train'],
        message: 'Input artifact "data" of step "evaluate" expects a Dataset, but it reads "train.model", which is a Model.',
        hint: /type Dataset/,
      },
    ]);
  });

  test('the same type, an untyped side, or the generic "Artifact" on either side passes', () => {
    expectValid(artifactTypesRule, workflow([train('Model'), consume('Model')]));
    expectValid(artifactTypesRule, workflow([train(), consume('Dataset')]));
    expectValid(artifactTypesRule, workflow([train('Model'), consume()]));
    expectValid(artifactTypesRule, workflow([train('Model'), consume('Artifact')]));
    expectValid(artifactTypesRule, workflow([train('Artifact'), consume('Dataset')]));
  });

  test('a component library\'s own type names are compared as they are', () => {
    expectValidationErrors(artifactTypesRule, workflow([train('XGBoostModel'), consume('CSV')]), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'evaluate', 'inputs', 'artifacts', 'data', 'artifactType'], message: 'expects a CSV' },
    ]);
  });

  test('a type name is a name: quotes, templates and newlines are refused by the schema', () => {
    for (const hostile of ['Model"', '{{x}}', 'Model\nkind: Pod', '$(whoami)', '']) expect(ArtifactTypeSchema.safeParse(hostile).success).toBe(false);
    expect(() => workflow([train('Model {{x}}')])).toThrow();
  });
});

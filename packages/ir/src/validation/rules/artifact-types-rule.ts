import { GENERIC_ARTIFACT_TYPE } from '../../schema/artifact-type';
import type { ValidationContext } from '../validation-context';

/**
 * An artifact reaches a step that expects its kind: a consumer that declares a type (KFP's
 * `Input[Dataset]`) and reads an artifact whose producer declared another (`Output[Model]`) is an
 * error. Untyped on either side passes, and "Artifact" on either side accepts any, as in KFP.
 */
export function artifactTypesRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    for (const input of step.inputs?.artifacts ?? []) {
      const expected = input.artifactType;
      if (expected === undefined || expected === GENERIC_ARTIFACT_TYPE || input.from?.ref !== 'step') continue;
      const producer = context.steps.get(input.from.step)?.step;
      const output = producer?.outputs?.artifacts?.find((artifact) => artifact.name === input.from?.output);
      const given = output?.artifactType;
      if (given === undefined || given === GENERIC_ARTIFACT_TYPE || given === expected) continue;
      context.report(
        'TYPE_MISMATCH',
        `Input artifact "${input.name}" of step "${step.name}" expects a ${expected}, but it reads "${input.from.step}.${input.from.output}", which is a ${given}.`,
        {
          path: [...path, 'inputs', 'artifacts', input.name, 'artifactType'],
          stepIds: [step.name, input.from.step],
          hint: `Give this input an output of type ${expected}, convert the ${given} in a step between them, or declare either side as "${GENERIC_ARTIFACT_TYPE}" (any kind) if both really hold the same thing.`,
        },
      );
    }
  }
}

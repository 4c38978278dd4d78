import { describe, expect, it } from 'vitest';
import { catchCouler, leaves, stepOf } from './__tests__/helpers';
import { createParameterArtifact, parameter, runContainer, workflow, type TuneInput } from './index';

function forest(tune: TuneInput | unknown) {
  return workflow('forest', () => {
    const trees = parameter('trees', { type: 'integer', default: 25 });
    const rate = parameter('rate', { type: 'number', default: 0.1 });
    const depth = parameter('depth', { default: 6 });
    runContainer({ stepName: 'train', image: 'trainer:1', args: [trees, rate, depth], output: createParameterArtifact('/out/metrics.json'), tune: tune as TuneInput });
  });
}

describe('runContainer({ tune })', () => {
  it('writes the search space to the IR: lists are choices, ranges follow the parameter type unless told', () => {
    const built = forest({ space: { trees: { min: 5, max: 200, log: true }, rate: { min: 0.001, max: 0.3, log: true }, depth: [3, 6, 9] }, metric: 'accuracy', goal: 'maximize' });
    expect(stepOf(built, 'train').tune).toEqual({
      space: { depth: { type: 'choice', values: [3, 6, 9] }, rate: { type: 'number', min: 0.001, max: 0.3, log: true }, trees: { type: 'integer', min: 5, max: 200, log: true } },
      metric: 'accuracy',
      goal: 'maximize',
    });
    const halved = forest({ space: { rate: { min: 0.01, max: 1 } }, metric: 'accuracy', goal: 'maximize', fidelity: { parameter: 'trees', min: 5, max: 80 } });
    expect(stepOf(halved, 'train').tune?.fidelity).toEqual({ parameter: 'trees', min: 5, max: 80 });
    expect(stepOf(forest({ space: { depth: { min: 2, max: 12, integer: true } }, metric: 'loss', goal: 'minimize' }), 'train').tune?.space).toEqual({ depth: { type: 'integer', min: 2, max: 12 } });
  });

  it('says what is wrong with a malformed tune, before validation', () => {
    expect(catchCouler(() => forest({ space: { trees: { min: 5, maks: 9 } }, metric: 'accuracy', goal: 'maximize' })).message).toMatch(/tune\.space\.trees.*"maks"/s);
    expect(catchCouler(() => forest({ space: { trees: [] }, metric: 'accuracy', goal: 'maximize' })).message).toContain('must list at least one choice');
    expect(catchCouler(() => forest({ space: { trees: [1] }, metric: 'accuracy', goal: 'best' })).message).toContain("must be 'maximize' or 'minimize'");
    expect(catchCouler(() => forest({ space: [1, 2], metric: 'accuracy', goal: 'maximize' })).message).toContain('must map parameter names');
  });

  it('validates the space against the workflow: unknown parameters, empty ranges', () => {
    const error = catchCouler(() => forest({ space: { tree: [1, 2], rate: { min: 1, max: 0.5 } }, metric: 'accuracy', goal: 'maximize' }));
    expect(leaves(error).map((problem) => `${problem.code} ${problem.pathString}`)).toEqual(['INVALID_FIELD steps.train.tune.space.rate', 'UNKNOWN_PARAMETER steps.train.tune.space.tree']);
  });
});

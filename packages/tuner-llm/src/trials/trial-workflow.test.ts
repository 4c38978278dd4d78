import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { forestWorkflow } from '../../test/forest-workflow';
import { buildTrialWorkflow } from './trial-workflow';

describe('buildTrialWorkflow', () => {
  it('keeps the tunable step and what it needs, mapped over the candidates with its hyperparameters read from the item', () => {
    const trial = buildTrialWorkflow(forestWorkflow(), 'train', [{ trees: 8, depth: 3 }, { trees: 100, depth: 9 }]);
    expect(validate(trial)).toEqual([]);
    expect(trial.spec.steps.map((step) => step.name)).toEqual(['prepare', 'train']);
    const train = trial.spec.steps[1]!;
    expect(train.map).toEqual({ items: [{ depth: 3, trees: 8 }, { depth: 9, trees: 100 }] });
    expect(train.kind === 'script' && train.script.args).toEqual([{ ref: 'item', key: 'trees' }, { ref: 'item', key: 'depth' }, { ref: 'parameter', name: 'rounds' }, { ref: 'step', step: 'prepare', output: 'result' }]);
    expect(trial.metadata.name).toBe('forest-trials');
  });

  it('refuses what trials could not vary: an ancestor reading a hyperparameter, a step already mapped', () => {
    expect(() => buildTrialWorkflow(forestWorkflow({ prepareReads: 'trees' }), 'train', [{ trees: 8, depth: 3 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_REFERENCE', message: expect.stringContaining('Step "prepare", which "train" needs, reads hyperparameter "trees"') }),
    );
    const mapped = forestWorkflow();
    const steps = mapped.spec.steps.map((step) => (step.name === 'train' ? { ...step, map: { items: [1, 2] } } : step));
    expect(() => buildTrialWorkflow({ ...mapped, spec: { ...mapped.spec, steps } }, 'train', [{ trees: 8, depth: 3 }])).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_BY_BACKEND' }));
    expect(() => buildTrialWorkflow(mapped, 'report', [])).toThrow(expect.objectContaining({ code: 'UNKNOWN_STEP' }));
  });
});

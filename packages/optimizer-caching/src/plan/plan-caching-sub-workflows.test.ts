import { checkWorkflow, CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall, subWorkflowFanOut, trainEvaluateDefinition } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { planCaching } from './plan-caching';
import { stepInstances } from './step-instances';

const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });

/** prep, then train-evaluate over five models and once more for a baseline, then keep-best. */
function fanOutWithBaseline(fields: Record<string, unknown> = {}): Workflow {
  return WorkflowSchema.parse({
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'fan-out' },
    spec: {
      steps: [
        echo('prep', ['ready']),
        subWorkflowCall('models', 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ['a', 'b', 'c', 'd', 'e'] }, dependencies: ['prep'], ...fields }),
        subWorkflowCall('baseline', 'train-evaluate', { model: 'baseline' }, ['score'], { dependencies: ['prep'] }),
        echo('keep-best', [{ ref: 'step', step: 'models', output: 'score' }, { ref: 'step', step: 'baseline', output: 'score' }]),
      ],
      subWorkflows: [trainEvaluateDefinition],
    },
  });
}

describe('planCaching with sub-workflows', () => {
  it('sees every run of a step inside calls and iterations, each after what its call waits for', () => {
    const instances = stepInstances(fanOutWithBaseline());
    expect(instances.map((instance) => instance.name).sort()).toEqual(
      ['prep', ...['0', '1', '2', '3', '4'].flatMap((index) => [`models[${index}].train`, `models[${index}].evaluate`]), 'baseline.train', 'baseline.evaluate', 'keep-best'].sort(),
    );
    const byName = new Map(instances.map((instance) => [instance.name, instance]));
    expect(byName.get('models[3].train')).toMatchObject({ unit: 'train-evaluate/train', inputs: ['prep'] });
    expect(byName.get('models[3].evaluate')!.inputs).toEqual(['prep', 'models[3].train']);
    expect(byName.get('keep-best')!.inputs).toHaveLength(12);
  });

  it('decides once per step of a definition, for all its runs, and writes the hint into the definition every call shares', () => {
    const workflow = fanOutWithBaseline();
    const estimates = {
      steps: {
        prep: { computeSeconds: 10, outputBytes: 1e6, changeProbability: 0.1 },
        'train-evaluate/train': { computeSeconds: 3000, outputBytes: 1e9, changeProbability: 0.1 },
        'train-evaluate/evaluate': { computeSeconds: 60, outputBytes: 1e6, changeProbability: 1 },
        'keep-best': { computeSeconds: 1, outputBytes: 1e3, changeProbability: 1 },
      },
    };
    const { workflow: planned, report } = planCaching(workflow, estimates, { capacityBytes: 7e9 });
    expect(report.cached).toEqual(['prep', 'train-evaluate/train']);
    // Six runs of train (five items and the baseline), one entry each.
    expect(report.usedBytes).toBe(1e6 + 6e9);
    const train = report.steps.find((decision) => decision.step === 'train-evaluate/train')!;
    expect(train).toMatchObject({ decision: 'cache', runs: 6 });
    expect(train.reason).toMatch(/6 runs of the step, one entry each/);
    const definition = planned.spec.subWorkflows![0]!;
    expect(definition.steps.map((step) => [step.name, step.cache])).toEqual([
      ['train', { enabled: true }],
      ['evaluate', undefined],
    ]);
    // The definition keeps its shape; the calls are unchanged; the workflow stays valid.
    expect({ ...definition, steps: definition.steps.map(({ cache: _cache, ...step }) => step) }).toEqual(workflow.spec.subWorkflows![0]);
    expect(planned.spec.steps.filter((step) => step.kind === 'subWorkflow')).toEqual(workflow.spec.steps.filter((step) => step.kind === 'subWorkflow'));
    expect(checkWorkflow(planned).errors).toEqual([]);
  });

  it('leaves out a step whose six runs do not fit, though one would', () => {
    const { report } = planCaching(fanOutWithBaseline(), { defaults: { outputBytes: 1e9 } }, { capacityBytes: 5e9 });
    const train = report.steps.find((decision) => decision.step === 'train-evaluate/train')!;
    expect(train.decision).toBe('skip');
    expect(train.reason).toMatch(/6\.0 GB \(6 runs of the step, one entry each\)\) is larger than the cache/);
  });

  it("leaves the steps a call sets a cache hint for alone, since the call's hint is theirs", () => {
    const { workflow, report } = planCaching(fanOutWithBaseline({ cache: { enabled: false } }), {}, { capacityBytes: 1e12 });
    const train = report.steps.find((decision) => decision.step === 'train-evaluate/train')!;
    expect(train).toMatchObject({ decision: 'user', reason: 'A call of its sub-workflow sets a cache hint for it; left as it is.' });
    expect(workflow.spec.subWorkflows![0]!.steps.every((step) => step.cache === undefined)).toBe(true);
  });

  it('refuses an estimate given to a call, and points to its steps', () => {
    let refused: unknown;
    try {
      planCaching(subWorkflowFanOut(), { steps: { models: { computeSeconds: 1 } } }, { capacityBytes: 1e9 });
    } catch (error) {
      refused = error;
    }
    expect(CoulerError.isInstance(refused) && [refused.code, refused.path]).toEqual(['INVALID_FIELD', ['estimates', 'steps', 'models']]);
    expect((refused as CoulerError).message).toBe('Step "models" calls a sub-workflow and runs nothing itself: give estimates for the steps of its definition, as "<sub-workflow>/<step>".');
  });

  it('suggests the sub-workflow step meant by an unknown estimate name', () => {
    expect(() => planCaching(subWorkflowFanOut(), { steps: { 'train-evaluate/trian': { computeSeconds: 1 } } }, { capacityBytes: 1e9 })).toThrow(/Did you mean "train-evaluate\/train"/);
  });
});

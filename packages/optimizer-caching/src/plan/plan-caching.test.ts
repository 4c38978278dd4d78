import { checkWorkflow, parseWorkflow, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { cachingPass, planCaching } from './plan-caching';

const step = (name: string, dependencies: string[] = []) => ({
  name,
  kind: 'container',
  container: { image: 'python:3.12', command: ['python', `${name}.py`] },
  ...(dependencies.length > 0 && { dependencies }),
});

const pipeline: Workflow = parseWorkflow({
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'pipeline' },
  spec: { steps: [step('load'), step('prep', ['load']), step('train-a', ['prep']), step('train-b', ['prep']), step('report', ['train-a', 'train-b'])] },
});

const estimates = {
  steps: {
    load: { computeSeconds: 300, outputBytes: 8e9, changeProbability: 0.02 },
    prep: { computeSeconds: 1200, outputBytes: 4e9, changeProbability: 0.05 },
    'train-a': { computeSeconds: 3000, outputBytes: 1e9, changeProbability: 0.3 },
    'train-b': { computeSeconds: 1000, outputBytes: 1e9, changeProbability: 0.3 },
    report: { computeSeconds: 30, outputBytes: 1e6, changeProbability: 1 },
  },
};

describe('planCaching', () => {
  it('caches what saves the most time per byte within the capacity, and says why', () => {
    const { workflow, report } = planCaching(pipeline, estimates, { capacityBytes: 6e9 });
    // prep (on the critical path, stable) and both models fit in 6 GB; load (8 GB) does not.
    expect(report.cached).toEqual(['prep', 'train-a', 'train-b']);
    expect(report.usedBytes).toBe(6e9);
    const byName = new Map(workflow.spec.steps.map((item) => [item.name, item]));
    expect(byName.get('prep')!.cache).toEqual({ enabled: true });
    expect(byName.get('load')!.cache).toBeUndefined();
    const decisions = new Map(report.steps.map((decision) => [decision.step, decision]));
    expect(decisions.get('load')!.reason).toMatch(/larger than the cache|filled the cache first/);
    expect(decisions.get('report')!.decision).toBe('skip');
    expect(decisions.get('report')!.reason).toMatch(/changes every run/);
    expect(decisions.get('prep')!.criticalGainSeconds).toBeGreaterThan(1000);
    expect(checkWorkflow(workflow).errors).toEqual([]);
  });

  it('fills a small cache by seconds saved per byte: two 1 GB models beat the 4 GB prep output', () => {
    const { report } = planCaching(pipeline, estimates, { capacityBytes: 4e9 });
    expect(report.cached).toEqual(['train-a', 'train-b']);
    const saving = (name: string) => report.steps.find((decision) => decision.step === name)!.expectedSavingSeconds;
    expect(saving('train-a') + saving('train-b')).toBeGreaterThan(saving('prep'));
  });

  it('leaves a step the user configured alone, and turns inherited caching off where not chosen', () => {
    const configured: Workflow = {
      ...pipeline,
      spec: { ...pipeline.spec, cache: { ttlSeconds: 3600 }, steps: pipeline.spec.steps.map((item) => (item.name === 'train-b' ? { ...item, cache: { enabled: false } } : item)) },
    };
    const { workflow, report } = planCaching(configured, estimates, { capacityBytes: 5e9 });
    const byName = new Map(workflow.spec.steps.map((item) => [item.name, item]));
    expect(byName.get('train-b')!.cache).toEqual({ enabled: false });
    expect(report.steps.find((decision) => decision.step === 'train-b')!.decision).toBe('user');
    expect(byName.get('prep')!.cache).toEqual({ ttlSeconds: 3600, enabled: true });
    expect(byName.get('load')!.cache).toEqual({ enabled: false });
    expect(configured.spec.steps[0]!.cache).toBeUndefined(); // the input is not mutated
  });

  it('refuses estimates for unknown steps and impossible probabilities', () => {
    expect(() => planCaching(pipeline, { steps: { trian: { computeSeconds: 1 } } }, { capacityBytes: 1e9 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STEP', path: ['estimates', 'steps', 'trian'] }),
    );
    expect(() => planCaching(pipeline, { steps: { prep: { changeProbability: 2 } } }, { capacityBytes: 1e9 })).toThrow(/between 0 and 1/);
    expect(() => planCaching(pipeline, {}, { capacityBytes: Number.NaN })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('runs as a PassV1 and is idempotent', async () => {
    const first = await cachingPass.run(pipeline, { estimates, capacityBytes: 6e9 });
    expect(cachingPass.passId).toBe('caching');
    const second = await cachingPass.run(first.workflow, { estimates, capacityBytes: 6e9 });
    expect(second.workflow).toEqual(first.workflow);
  });
});

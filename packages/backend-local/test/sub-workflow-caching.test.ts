
import { join } from 'node:path';
import { planCaching } from '@couler/optimizer-caching';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const call = (name: string, args: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'subWorkflow',
  subWorkflow: { name: 'train-evaluate' },
  inputs: { parameters: Object.entries(args).map(([arg, value]) => ({ name: arg, value })) },
  outputs: { parameters: [{ name: 'score' }] },
  ...extra,
});

describe('the caching pass on sub-workflows, run on the local engine', () => {
  it('keys each step of each call and iteration by its own inputs: different inputs miss, equal inputs hit', { timeout: 60_000 }, async () => {
    const home = dirs.home();
    const log = join(dirs.scratch(), 'log');
    const train = shWith('train', `echo "train-$0" >> ${log}; echo "model-$0"`, [input('model')]);
    const evaluate = shWith('evaluate', `echo "evaluate-$0" >> ${log}; echo "score-$0"`, [output('train')], { dependencies: ['train'] });
    const workflow = workflowOf(
      'cached-calls',
      [
        // Two calls with different inputs, a mapped call whose first item equals the first call's.
        call('first', { model: "it's $(x) {{y}}" }),
        call('second', { model: 'ünï\n2' }),
        call('each', { model: { ref: 'item' } }, { map: { items: ["it's $(x) {{y}}", 'other'] } }),
        shWith('report', 'echo "$0 $1 $2"', [output('first', 'score'), output('second', 'score'), output('each', 'score')]),
      ],
      { subWorkflows: [{ name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [train, evaluate], outputs: { parameters: [{ name: 'score', value: output('evaluate') }] } }] },
    );
    // Train is slow and stable, evaluate cheap: the pass caches train, in the definition.
    const { workflow: planned, report } = planCaching(
      workflow,
      { steps: { 'train-evaluate/train': { computeSeconds: 600, outputBytes: 1e3, changeProbability: 0 }, 'train-evaluate/evaluate': { computeSeconds: 1, outputBytes: 1e3, changeProbability: 1 }, report: { changeProbability: 1 } } },
      { capacityBytes: 1e6 },
    );
    expect(report.cached).toEqual(['train-evaluate/train']);

    const first = await runWorkflow(planned, { home, defaultRetry: false });
    expect(first.phase).toBe('Succeeded');
    const store = new StateStore(resolveCoulerHome(home).database);
    const keys = Object.fromEntries(store.getSteps(first.runId).filter((step) => step.id.endsWith('.train')).map((step) => [step.id, step.cacheKey]));
    store.close();
    expect(Object.keys(keys).sort()).toEqual(['each[0].train', 'each[1].train', 'first.train', 'second.train']);
    // Different inputs, different keys; the same input in another call and iteration, the same key.
    expect(new Set([keys['first.train'], keys['second.train'], keys['each[1].train']]).size).toBe(3);
    expect(keys['each[0].train']).toBe(keys['first.train']);
    const phases = Object.fromEntries(first.steps.map((step) => [step.id, step.phase]));
    // Within the first run, the second of the two equal trainings may reuse the first, or run beside it.
    expect(runsOf(log).filter((line) => line.startsWith('train-')).length).toBeLessThanOrEqual(4);
    expect(phases['second.train']).toBe('Succeeded');

    const before = runsOf(log).length;
    const second = await runWorkflow(planned, { home, defaultRetry: false });
    expect(second.phase).toBe('Succeeded');
    const again = Object.fromEntries(second.steps.map((step) => [step.id, step.phase]));
    expect([again['first.train'], again['second.train'], again['each[0].train'], again['each[1].train']]).toEqual(['Cached', 'Cached', 'Cached', 'Cached']);
    // Only the evaluations, not cached, ran again.
    const rerun = runsOf(log).slice(before);
    expect(rerun.filter((line) => line.startsWith('evaluate-'))).toHaveLength(4);
    expect(rerun.some((line) => line.startsWith('train-'))).toBe(false);
    expect(second.steps.find((step) => step.id === 'report')!.outputs.result).toBe(first.steps.find((step) => step.id === 'report')!.outputs.result);
  });
});

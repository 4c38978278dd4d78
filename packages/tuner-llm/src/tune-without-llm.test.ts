import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forestAccuracy, forestWorkflow } from '../test/forest-workflow';
import { formatTuneReport } from './format-tune-report';
import { tunePass } from './tune-pass';

const home = () => mkdtempSync(join(tmpdir(), 'couler-tune-'));

describe('tuning without an LLM: candidates trained for real on the local engine', () => {
  it('seeded random search trains the budget, keeps the measured best as the new defaults, and says it used no LLM', async () => {
    const progress: string[] = [];
    const { workflow, report } = await tunePass.run(forestWorkflow(), { budget: 5, seed: 7, trials: { home: home(), parallelism: 2 }, onProgress: (line) => progress.push(line) });
    const [step] = report.steps;
    expect(step).toMatchObject({ step: 'train', tuner: 'random-search', seed: 7, trainings: 5 });
    expect(step!.candidates).toHaveLength(5);
    for (const row of step!.candidates) expect(row.measured).toBe(forestAccuracy(row.candidate.trees as number, row.candidate.depth as number));
    const best = Math.max(...step!.candidates.map((row) => row.measured!));
    expect(forestAccuracy(step!.chosen.trees as number, step!.chosen.depth as number)).toBe(best);
    const defaults = Object.fromEntries(workflow.spec.parameters!.map((parameter) => [parameter.name, parameter.default]));
    expect(defaults).toEqual({ trees: step!.chosen.trees, depth: step!.chosen.depth, rounds: 10 });
    expect(report.notes[0]).toContain('No LLM is configured');
    expect(report.usage).toBeUndefined();
    expect(progress).toEqual(['train: training 5 candidates on the local engine']);
    const text = formatTuneReport(report);
    expect(text).toContain('no LLM: seeded random search, trained for real');
    expect(text).toMatch(/^\*\s+\d\s+depth=\d+ trees=\d+\s+0\.\d+$/m);
    // Same seed, same candidates: the search is reproducible.
    const again = await tunePass.run(forestWorkflow(), { budget: 5, seed: 7, trials: { home: home() } });
    expect(again.report.steps[0]!.candidates.map((row) => row.candidate)).toEqual(step!.candidates.map((row) => row.candidate));
  });

  it('successive halving trains many candidates briefly and the survivors longer, choosing at the top fidelity', async () => {
    const { report } = await tunePass.run(forestWorkflow({ fidelity: true }), { budget: 13, seed: 3, trials: { home: home(), parallelism: 2 } });
    const [step] = report.steps;
    expect(step!.tuner).toBe('successive-halving');
    // rounds 1 → 3 → 9 with η = 3: 9 + 3 + 1 trainings.
    expect(step!.trainings).toBe(13);
    expect(step!.candidates).toHaveLength(9);
    const finalist = step!.candidates.find((row) => row.fidelity === 9)!;
    expect(finalist.trainings).toBe(3);
    expect(finalist.candidate).toEqual(step!.chosen);
    expect(finalist.measured).toBe(forestAccuracy(finalist.candidate.trees as number, finalist.candidate.depth as number, 9));
    // The survivors of the first rung were its best three.
    const firstRung = step!.candidates.map((row) => ({ row, first: forestAccuracy(row.candidate.trees as number, row.candidate.depth as number, 1) })).sort((a, b) => b.first - a.first);
    expect(firstRung.slice(0, 3).every(({ row }) => row.trainings >= 2)).toBe(true);
    expect(step!.reason).toContain('successive halving (seed 3: 9 at rounds=1, then 3 at rounds=3, then 1 at rounds=9)');
  });

  it('reports every failed trial and refuses to choose when none succeeded', async () => {
    const broken = forestWorkflow();
    const steps = broken.spec.steps.map((step) => (step.kind === 'script' && step.name === 'train' ? { ...step, script: { ...step.script, source: 'process.exit(3)' } } : step));
    await expect(tunePass.run({ ...broken, spec: { ...broken.spec, steps } }, { budget: 2, trials: { home: home() } })).rejects.toMatchObject({
      code: 'ENGINE_ERROR',
      message: expect.stringMatching(/^Every trial of step "train" failed, so there is nothing to choose; the first: failed/),
      hint: expect.stringContaining('couler logs forest-trials-'),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { iterateScenario } from './iterate-scenario';
import { imageSegmentationScenario, lmFineTuningScenario, multimodalTrainingScenario } from './paper-scenarios';
import { RANDOM_DAG_FAMILIES, randomScenario } from './random-scenario';

describe('paper-shaped scenarios (§VI.C)', () => {
  it.each([
    [multimodalTrainingScenario, 37, 19],
    [imageSegmentationScenario, 15, 8],
    [lmFineTuningScenario, 21, 11],
  ])('%o has the paper’s pod and model counts', (make, pods, models) => {
    const scenario = make();
    expect(scenario.steps).toHaveLength(pods);
    expect(scenario.steps.filter((step) => step.role === 'train')).toHaveLength(models);
  });

  it('a step whose input changed gets a new version even when it was not edited', () => {
    const runs = iterateScenario(lmFineTuningScenario(), { runs: 40 }).runs;
    const versionOf = (run: number, step: string) => runs[run]!.executions.find((execution) => execution.step === step)!.version;
    const tokenizeChanged = runs.findIndex((_, run) => run > 0 && versionOf(run, 'tokenize') !== versionOf(run - 1, 'tokenize'));
    expect(tokenizeChanged).toBeGreaterThan(0);
    expect(versionOf(tokenizeChanged, 'split-dataset')).not.toBe(versionOf(tokenizeChanged - 1, 'split-dataset'));
  });

  it('edits go back to earlier versions sometimes (reverts), so old artifacts can be reused', () => {
    const runs = iterateScenario(lmFineTuningScenario(), { runs: 60 }).runs;
    const versions = runs.map((run) => run.executions.find((execution) => execution.step === 'finetune-01')!.version);
    const returned = versions.some((version, run) => run > 1 && version !== versions[run - 1] && versions.slice(0, run - 1).includes(version));
    expect(returned).toBe(true);
  });
});

describe('random DAG families', () => {
  it.each(RANDOM_DAG_FAMILIES)('%s: the requested size, inputs before their readers', (family) => {
    const scenario = randomScenario(family, 60, 1);
    expect(scenario.steps).toHaveLength(60);
    const position = new Map(scenario.steps.map((step, index) => [step.name, index]));
    for (const [index, step] of scenario.steps.entries()) for (const input of step.inputs) expect(position.get(input)).toBeLessThan(index);
  });

  it('fan-in steps join at least three inputs; chain steps read at most two', () => {
    expect(randomScenario('fan-in', 60, 1).steps.filter((step) => step.inputs.length > 0).every((step) => step.inputs.length >= 3)).toBe(true);
    expect(randomScenario('chains', 60, 1).steps.every((step) => step.inputs.length <= 2)).toBe(true);
  });
});

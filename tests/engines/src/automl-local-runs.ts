import { join } from 'node:path';
import { runWorkflow, type RunSummary, type StepRecord } from '@couler/backend-local';
import type { Workflow } from '@couler/ir';

/** The candidates whose `train-final` ran in a local run of the AutoML example. */
export const trainedLocally = (steps: ReadonlyArray<StepRecord>): string[] =>
  steps.filter((step) => step.stepName === 'train-final' && step.phase === 'Succeeded').map((step) => (step.item as { name: string }).name);

/** One local run of the AutoML example, the reference an engine's file is held to. */
export interface AutomlLocalRun {
  readonly minAccuracy: string;
  readonly parameters: Record<string, string>;
  readonly local: RunSummary;
  /** The candidates trained: one at `min-accuracy` 0.9, none at 1.01. */
  readonly expected: string[];
}

/**
 * Runs the AutoML example on the local engine at `min-accuracy` 0.9 (one winner is trained) and
 * 1.01 (none is), under `home`; the second run reuses the cross-validation (cache) and decides again.
 */
export async function* automlLocalRuns(workflow: Workflow, home: string): AsyncGenerator<AutomlLocalRun> {
  for (const minAccuracy of ['0.9', '1.01']) {
    const parameters = { 'report-dir': join(home, 'out'), 'min-accuracy': minAccuracy };
    const local = await runWorkflow(workflow, { home, parameters, cache: true });
    yield { minAccuracy, parameters, local, expected: trainedLocally(local.steps) };
  }
}

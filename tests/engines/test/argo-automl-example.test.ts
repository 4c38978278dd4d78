import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepRecord } from '@couler/backend-local';
import { automlLocalRuns } from '../src/automl-local-runs';
import type { Workflow } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import automl from '../../../examples/automl/src/automl';
import automlPython from '../../../examples/automl/src/automl-python';
import { createArgoBackend, type ArgoVersion } from '@couler/backend-argo';
import { compileChecked } from '../src/argo-checked';
import { simulateArgo, type LeafRun } from '@couler/backend-argo/test';

type Json = Record<string, unknown>;

/**
 * The README's main workflow on Argo: `train-final` is a `when` inside a `map`, comparing the map
 * item's name with `pick-best`'s output. The local engine runs it for real; Argo's controller is
 * the model of its passes (test/support/simulate-argo.ts), fed the outputs the local run wrote.
 * Both must train the same candidates.
 */

const dir = mkdtempSync(join(tmpdir(), 'couler-automl-argo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Argo's executor drops one final newline of an output read from a file. */
const asArgoOutput = (value: string) => value.replace(/\n$/, '');

const candidateOf = (run: LeafRun) => (JSON.parse(run.argv![3]!) as { name: string }).name;

/** Answers each Argo leaf with what the same step (the same map item) wrote in the local run. */
function fromLocalRun(steps: ReadonlyArray<StepRecord>) {
  return (run: LeafRun) => {
    const record = steps.find((step) => step.stepName === run.template && (step.item === undefined || (step.item as { name: string }).name === candidateOf(run)));
    if (!record) throw new Error(`The local run has no "${run.template}" for ${run.argv?.join(' ')}`);
    return { parameters: Object.fromEntries(Object.entries(record.outputs.parameters).map(([name, value]) => [name, asArgoOutput(value)])) };
  };
}

describe.each([
  ['Node', automl],
  ['python3', automlPython],
] as Array<[string, Workflow]>)('the AutoML example (%s) on Argo', (_, workflow) => {
  it('compiles with validation for every Argo release the backend writes for', async () => {
    for (const argoVersion of ['3.4', '3.5', '3.6', '3.7', '4.0', '4.1'] as const) {
      const { files, warnings } = await createArgoBackend({ validate: true, argoVersion }).doCompile(workflow, {});
      expect(files).toHaveLength(1);
      expect(warnings).toEqual([]);
    }
  });

  it('trains the candidate the local engine trains, and none when no model reaches min-accuracy', { timeout: 180_000 }, async () => {
    const home = join(dir, workflow.metadata.name);
    for await (const { minAccuracy, parameters, local, expected } of automlLocalRuns(workflow, home)) {
      expect(local.phase).toBe('Succeeded');
      expect(expected).toHaveLength(minAccuracy === '0.9' ? 1 : 0);
      for (const argoVersion of ['3.7', '4.1'] satisfies ArgoVersion[]) {
        for (const templateStyle of ['dag', 'steps'] as const) {
          const { document } = compileChecked(workflow, { argoVersion, templateStyle });
          const simulation = simulateArgo(document as unknown as Json, fromLocalRun(local.steps), { argoVersion, arguments: parameters });
          expect(simulation.phase).toBe('Succeeded');
          const trained = simulation.trace.filter((entry) => entry.run.template === 'train-final').map((entry) => candidateOf(entry.run));
          expect(trained, `Argo ${argoVersion}, ${templateStyle}, min-accuracy ${minAccuracy}`).toEqual(expected);
          // write-report gets train-final's test metrics as a list: the winner's, or none.
          const report = simulation.trace.at(-1)!.run;
          expect(report.template).toBe('write-report');
          const trainedMetrics = local.steps.filter((step) => step.stepName === 'train-final' && step.phase === 'Succeeded').map((step) => JSON.parse(step.outputs.parameters['test-metrics']!) as unknown);
          expect(JSON.parse(report.argv![5]!)).toEqual(trainedMetrics);
        }
      }
    }
  });
});

import {
  and,
  biggerEqual,
  createLocalArtifact,
  createParameterArtifact,
  equal,
  map,
  parameter,
  runContainer,
  when,
  workflow,
  type ItemHandle,
} from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import type { Candidate } from './candidates';
import { stepScriptPath, type StepScript } from './example-paths';

export interface AutomlWorkflowOptions {
  /** The workflow's name. */
  readonly name: string;
  /** Which step scripts run: `node` (steps/node/*.mjs) or `python` (steps/python/*.py). */
  readonly runtime: 'node' | 'python';
  /** The models to cross-validate, side by side: one `cross-validate` instance each. */
  readonly candidates: ReadonlyArray<Candidate>;
  /** The penguins table to read (an absolute path on this machine). */
  readonly dataset: string;
  /** Default of the `report-dir` parameter: where report.md and model.json are written. */
  readonly reportDir: string;
}

const RUNTIMES = {
  node: { image: 'node:20-slim', interpreter: 'node' },
  python: { image: 'python:3.12-slim', interpreter: 'python3' },
} as const;

/**
 * The AutoML workflow, the same shape for both runtimes:
 *
 *   load-data → split-data → cross-validate ×N (map, in parallel) → pick-best
 *     → train-final ×N, each only `when` it is the best and clears min-accuracy → write-report
 */
export function automlWorkflow(options: AutomlWorkflowOptions): Workflow {
  const { image, interpreter } = RUNTIMES[options.runtime];
  const command = (script: StepScript) => [interpreter, stepScriptPath(options.runtime, script)];
  // Every step is a short computation; a hung one fails instead of holding the run.
  const timeout = '5m';

  return workflow(options.name, () => {
    const seed = parameter('seed', { type: 'integer', default: 42, description: 'Seeds the split, the folds and the random forest.' });
    const folds = parameter('folds', { type: 'integer', default: 5, description: 'Cross-validation folds.' });
    const testFraction = parameter('test-fraction', { type: 'number', default: 0.2, description: 'Share of each class held out for the final test.' });
    const minAccuracy = parameter('min-accuracy', { type: 'number', default: 0.9, description: 'The best model is trained and saved only if its cross-validated accuracy reaches this.' });
    const reportDir = parameter('report-dir', { type: 'string', default: options.reportDir, description: 'Where report.md and model.json are written.' });

    const load = runContainer({
      stepName: 'load-data',
      image,
      command: command('load-data'),
      args: [options.dataset, '/data/dataset.json'],
      output: createLocalArtifact('/data/dataset.json'),
      timeout,
    });

    const split = runContainer({
      stepName: 'split-data',
      image,
      command: command('split-data'),
      input: load.output('dataset'),
      args: ['/data/dataset.json', '/data/split', '/out/summary.json', testFraction, folds, seed],
      output: [createLocalArtifact('/data/split'), createParameterArtifact('/out/summary.json')],
      timeout,
    });

    const scores = map(
      (candidate: ItemHandle) =>
        runContainer({
          stepName: 'cross-validate',
          image,
          command: command('cross-validate'),
          input: split.output('split'),
          args: ['/data/split', candidate, seed, '/out/metrics.json'],
          output: createParameterArtifact('/out/metrics.json'),
          timeout,
        }),
      [...options.candidates],
    );

    const best = runContainer({
      stepName: 'pick-best',
      image,
      command: command('pick-best'),
      args: [scores.output('metrics'), '/out/best-model.txt', '/out/best-accuracy.txt'],
      output: [createParameterArtifact('/out/best-model.txt'), createParameterArtifact('/out/best-accuracy.txt')],
      timeout,
    });

    // One instance per candidate, so `when` can pick the winner by name; the others are skipped.
    const final = map(
      (candidate: ItemHandle) =>
        when(and(equal(candidate.field('name'), best.output('best-model')), biggerEqual(best.output('best-accuracy'), minAccuracy)), () =>
          runContainer({
            stepName: 'train-final',
            image,
            command: command('train-final'),
            input: split.output('split'),
            args: ['/data/split', candidate, seed, '/out/model.json', '/out/test-metrics.json', reportDir],
            output: [createLocalArtifact('/out/model.json'), createParameterArtifact('/out/test-metrics.json')],
            timeout,
          }),
        ),
      [...options.candidates],
    );

    runContainer({
      stepName: 'write-report',
      image,
      command: command('write-report'),
      // train-final's test metrics: a JSON list holding the winner's, or empty when none cleared min-accuracy.
      args: [split.output('summary'), scores.output('metrics'), minAccuracy, final.output('test-metrics'), reportDir, '/out/report.md'],
      output: createLocalArtifact('/out/report.md'),
      timeout,
    });
  });
}

// The AutoML example's random forest with its hyperparameters tuned (paper §IV.C): `trees` and
// `max-depth` are workflow parameters the cross-validation step reads, and the step is marked
// tunable. `couler tune` picks them — from the Data and Model Cards in cards/ with an LLM, or by
// training candidates on the local engine without one — and the final model is trained with them.
//
//   node apps/cli/dist/bin.js tune examples/automl/src/automl-tuned.ts \
//     --data-card examples/automl/cards/penguins.data-card.yaml \
//     --model-card examples/automl/cards/random-forest.model-card.yaml --verify 3 -o tuned.yaml
//   node apps/cli/dist/bin.js run tuned.yaml
import { concat, createLocalArtifact, createParameterArtifact, parameter, runContainer, workflow } from '@couler/dsl';
import { defaultReportDir, penguinsJsonPath, stepScriptPath, type StepScript } from './example-paths';

const command = (script: StepScript) => ['node', stepScriptPath('node', script)];
const timeout = '5m';

export default workflow('automl-forest-tuned', () => {
  const seed = parameter('seed', { type: 'integer', default: 42, description: 'Seeds the split, the folds and the forest.' });
  const folds = parameter('folds', { type: 'integer', default: 5, description: 'Cross-validation folds.' });
  const trees = parameter('trees', { type: 'integer', default: 25, description: 'Trees in the forest (tuned).' });
  const maxDepth = parameter('max-depth', { type: 'integer', default: 6, description: 'Depth limit of each tree (tuned).' });
  const reportDir = parameter('report-dir', { type: 'string', default: defaultReportDir('node'), description: 'Where model.json is written.' });
  // The candidate the step scripts read: a JSON object, with the two hyperparameters spliced in.
  const forest = concat('{"name":"random-forest","algorithm":"random-forest","maxFeatures":0.75,"trees":', trees, ',"maxDepth":', maxDepth, '}');

  const load = runContainer({ stepName: 'load-data', image: 'node:20-slim', command: command('load-data'), args: [penguinsJsonPath(), '/data/dataset.json'], output: createLocalArtifact('/data/dataset.json'), timeout });
  const split = runContainer({
    stepName: 'split-data',
    image: 'node:20-slim',
    command: command('split-data'),
    input: load.output('dataset'),
    args: ['/data/dataset.json', '/data/split', '/out/summary.json', 0.2, folds, seed],
    output: [createLocalArtifact('/data/split'), createParameterArtifact('/out/summary.json')],
    timeout,
  });
  runContainer({
    stepName: 'cross-validate',
    image: 'node:20-slim',
    command: command('cross-validate'),
    input: split.output('split'),
    args: ['/data/split', forest, seed, '/out/metrics.json'],
    output: createParameterArtifact('/out/metrics.json'),
    timeout,
    tune: { space: { trees: { min: 2, max: 200, log: true }, 'max-depth': { min: 1, max: 12 } }, metric: 'accuracy', goal: 'maximize' },
  });
  runContainer({
    stepName: 'train-final',
    image: 'node:20-slim',
    command: command('train-final'),
    input: split.output('split'),
    args: ['/data/split', forest, seed, '/out/model.json', '/out/test-metrics.json', reportDir],
    output: [createLocalArtifact('/out/model.json'), createParameterArtifact('/out/test-metrics.json')],
    timeout,
  });
});

// Step split-data: a stratified train/test split, and stratified cross-validation folds on the
// training part, all from one seed. Every candidate is scored on the same folds.
import { join } from 'node:path';
import { seededRandom, shuffled } from './lib/seeded-random.mjs';
import { fail, numberArgument, readJson, stepArguments, writeJson } from './lib/step-io.mjs';

const args = stepArguments('split-data.mjs', ['dataset', 'output-dir', 'summary', 'test-fraction', 'folds', 'seed']);
const testFraction = numberArgument(args['test-fraction'], 'test-fraction', { min: 0.05, max: 0.5 });
const folds = numberArgument(args.folds, 'folds', { min: 2, max: 20, integer: true });
const seed = numberArgument(args.seed, 'seed', { min: 0, max: 2 ** 32 - 1, integer: true });
const dataset = readJson(args.dataset, 'the dataset');
const random = seededRandom(seed);

const train = [];
const test = [];
dataset.classes.forEach((_, label) => {
  const rows = shuffled(dataset.rows.filter((row) => row.y === label), random);
  const testCount = Math.round(rows.length * testFraction);
  if (rows.length - testCount < folds) fail(`class "${dataset.classes[label]}" has ${rows.length} rows: too few for ${folds} folds after the test split`);
  test.push(...rows.slice(0, testCount));
  // Dealing each class's rows round-robin keeps its share the same in every fold.
  for (const [index, row] of rows.slice(testCount).entries()) train.push({ ...row, fold: index % folds });
});

const { rows: _rows, ...header } = dataset;
writeJson(join(args['output-dir'], 'train.json'), { ...header, folds, rows: train });
writeJson(join(args['output-dir'], 'test.json'), { ...header, rows: test });
const summary = { dataset: dataset.name, source: dataset.source, rows: dataset.rows.length, train: train.length, test: test.length, folds, seed, classes: dataset.classes, features: dataset.features };
writeJson(args.summary, summary);
console.log(`Split ${dataset.rows.length} rows: ${train.length} to train (${folds} folds), ${test.length} held out for the final test (seed ${seed}).`);

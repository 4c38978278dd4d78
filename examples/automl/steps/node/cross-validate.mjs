// Step cross-validate (one instance per candidate): k-fold cross-validation on the training split.
import { join } from 'node:path';
import { accuracy, macroF1, mean, standardDeviation } from './lib/classification-metrics.mjs';
import { createClassifier, settingsOf } from './lib/classifiers.mjs';
import { fail, numberArgument, parseJsonArgument, readJson, round4, stepArguments, writeJson } from './lib/step-io.mjs';

const args = stepArguments('cross-validate.mjs', ['split-dir', 'candidate', 'seed', 'output']);
const candidate = parseJsonArgument(args.candidate, 'the candidate');
const seed = numberArgument(args.seed, 'seed', { min: 0, max: 2 ** 32 - 1, integer: true });
const train = readJson(join(args['split-dir'], 'train.json'), 'the training split');

const foldAccuracies = [];
const truth = [];
const predicted = [];
for (let fold = 0; fold < train.folds; fold += 1) {
  const fit = train.rows.filter((row) => row.fold !== fold);
  const held = train.rows.filter((row) => row.fold === fold);
  let predictions;
  try {
    const classifier = createClassifier(candidate, seed);
    classifier.train(fit.map((row) => row.x), fit.map((row) => row.y));
    predictions = classifier.predict(held.map((row) => row.x));
  } catch (error) {
    fail(`${candidate.name}, fold ${fold + 1}: ${error.message}`);
  }
  const labels = held.map((row) => row.y);
  foldAccuracies.push(accuracy(labels, predictions));
  truth.push(...labels);
  predicted.push(...predictions);
  console.log(`${candidate.name}: fold ${fold + 1}/${train.folds} accuracy ${foldAccuracies[fold].toFixed(4)}`);
}

const metrics = {
  name: candidate.name,
  algorithm: candidate.algorithm,
  settings: settingsOf(candidate),
  accuracy: round4(mean(foldAccuracies)),
  accuracyStd: round4(standardDeviation(foldAccuracies)),
  macroF1: round4(macroF1(truth, predicted, train.classes.length)),
  foldAccuracies: foldAccuracies.map(round4),
};
writeJson(args.output, metrics);
console.log(`${candidate.name}: mean accuracy ${metrics.accuracy.toFixed(4)} ± ${metrics.accuracyStd.toFixed(4)}`);

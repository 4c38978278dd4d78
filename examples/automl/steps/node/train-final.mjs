// Step train-final (runs for the winning candidate only): trains it on the whole training split,
// scores it once on the held-out test split, and saves the model.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { accuracy, confusionMatrix, macroF1 } from './lib/classification-metrics.mjs';
import { createClassifier } from './lib/classifiers.mjs';
import { fail, numberArgument, parseJsonArgument, readJson, reportDirArgument, round4, stepArguments, writeJson } from './lib/step-io.mjs';

const args = stepArguments('train-final.mjs', ['split-dir', 'candidate', 'seed', 'model', 'test-metrics', 'report-dir']);
const candidate = parseJsonArgument(args.candidate, 'the candidate');
const seed = numberArgument(args.seed, 'seed', { min: 0, max: 2 ** 32 - 1, integer: true });
const reportDir = reportDirArgument(args['report-dir']);
const train = readJson(join(args['split-dir'], 'train.json'), 'the training split');
const test = readJson(join(args['split-dir'], 'test.json'), 'the test split');

let classifier;
let predictions;
try {
  classifier = createClassifier(candidate, seed);
  classifier.train(train.rows.map((row) => row.x), train.rows.map((row) => row.y));
  predictions = classifier.predict(test.rows.map((row) => row.x));
} catch (error) {
  fail(`${candidate.name}: ${error.message}`);
}
const labels = test.rows.map((row) => row.y);
writeJson(args.model, { classes: train.classes, features: train.features, ...classifier.toJSON() });
const metrics = {
  name: candidate.name,
  testRows: labels.length,
  testAccuracy: round4(accuracy(labels, predictions)),
  macroF1: round4(macroF1(labels, predictions, train.classes.length)),
  classes: train.classes,
  confusion: confusionMatrix(labels, predictions, train.classes.length),
};
writeJson(args['test-metrics'], metrics);
// The model also goes where the user reads the report, beside it.
mkdirSync(reportDir, { recursive: true });
copyFileSync(args.model, join(reportDir, 'model.json'));
console.log(`${candidate.name}: held-out test accuracy ${metrics.testAccuracy.toFixed(4)} on ${labels.length} penguins`);

// Step train: fits the model on the extracted rows, scores it on a held-out stratified share,
// and writes the model (features, label, classes and the fitted parameters) and its metrics.
import type { TrainSpec } from '../compile/step-specs';
import { MODEL_FORMAT } from '../compile/step-specs';
import { accuracy, macroScores, round4 } from '../ml/classification-metrics';
import { createClassifier } from '../ml/classifier';
import { seededRandom, shuffled } from '../ml/seeded-random';
import { columnIndex, distinctClasses, featureRows } from '../ml/table-columns';
import { fail, parseJsonArgument, readJson, stepArguments, writeJson, type TableData } from './step-io';

const args = stepArguments('train.js', ['spec', 'rows', 'model', 'metrics']);
const spec = parseJsonArgument<TrainSpec>(args.spec, 'the train spec');
const table = readJson<TableData>(args.rows, 'the extracted rows');
const settings = spec.settings as Record<string, number | undefined>;

try {
  if (table.rows.length < 2) throw new Error(`the SELECT returned ${table.rows.length} row(s): training needs at least 2`);
  const labelIndex = columnIndex(table, spec.label, 'label');
  const features = spec.columns.length > 0 ? [...spec.columns] : table.columns.filter((column) => column !== spec.label);
  if (features.includes(spec.label)) throw new Error(`the label "${spec.label}" is also listed as a feature in COLUMN`);
  if (features.length === 0) throw new Error('there is no feature column: the SELECT returns only the label');
  const rows = featureRows(table, features);
  const labelValues = table.rows.map((row, index) => {
    const value = row[labelIndex];
    if (value === null || value === undefined) throw new Error(`row ${index + 1} has no value in the label column "${spec.label}"`);
    return value;
  });
  const classes = distinctClasses(labelValues);
  const expected = settings.expectedClasses;
  if (expected !== undefined && expected !== classes.length) {
    throw new Error(`the WITH attributes say ${expected} classes but the label "${spec.label}" has ${classes.length}: ${classes.map((value) => JSON.stringify(value)).join(', ')}`);
  }
  if (classes.length < 2) throw new Error(`the label "${spec.label}" has one value only (${JSON.stringify(classes[0])}): a classifier needs two classes or more`);
  const labels = labelValues.map((value) => classes.indexOf(value as string | number));

  // A stratified, seeded hold-out: each class gives the same share, the same rows every run.
  const random = seededRandom(Number(settings.seed));
  const validation = new Set<number>();
  for (let c = 0; c < classes.length; c += 1) {
    const members = shuffled(labels.flatMap((label, index) => (label === c ? [index] : [])), random);
    for (const index of members.slice(0, Math.floor(members.length * Number(settings.validationFraction)))) validation.add(index);
  }
  const trainIndexes = labels.map((_, index) => index).filter((index) => !validation.has(index));
  const validationIndexes = [...validation].sort((a, b) => a - b);
  const pick = <T>(values: ReadonlyArray<T>, indexes: ReadonlyArray<number>) => indexes.map((index) => values[index]!);

  const classifier = createClassifier(spec.algorithm, spec.settings);
  classifier.train(pick(rows, trainIndexes), pick(labels, trainIndexes));
  const trainAccuracy = accuracy(pick(labels, trainIndexes), classifier.predict(pick(rows, trainIndexes)));
  const metrics: Record<string, unknown> = { estimator: spec.estimator, algorithm: spec.algorithm, trainRows: trainIndexes.length, trainAccuracy: round4(trainAccuracy) };
  if (validationIndexes.length > 0) {
    const truth = pick(labels, validationIndexes);
    const predicted = classifier.predict(pick(rows, validationIndexes));
    const scores = macroScores(truth, predicted, classes.length);
    Object.assign(metrics, { validationRows: validationIndexes.length, validationAccuracy: round4(accuracy(truth, predicted)), validationF1: round4(scores.f1) });
  }
  writeJson(args.model, { format: MODEL_FORMAT, estimator: spec.estimator, settings: spec.settings, features, label: spec.label, classes, metrics, classifier: classifier.save() });
  writeJson(args.metrics, metrics);
  const scored = metrics.validationAccuracy === undefined ? '' : `, validation accuracy ${metrics.validationAccuracy} on ${metrics.validationRows} held-out rows`;
  console.log(`${spec.estimator} (${spec.algorithm}) trained on ${trainIndexes.length} rows: training accuracy ${metrics.trainAccuracy}${scored}.`);
} catch (error) {
  fail(`${spec.estimator}: ${(error as Error).message}`);
}

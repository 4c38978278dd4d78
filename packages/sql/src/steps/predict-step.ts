// Step predict: the SELECT's rows with the predicted class in the result column.
import type { PredictSpec } from '../compile/step-specs';
import { loadClassifier } from '../ml/classifier';
import { featureRows } from '../ml/table-columns';
import { fail, parseJsonArgument, readJson, stepArguments, writeJson, type TableData } from './step-io';
import type { StoredModel } from './stored-model';

const args = stepArguments('predict.js', ['spec', 'rows', 'model', 'predictions', 'summary']);
const spec = parseJsonArgument<PredictSpec>(args.spec, 'the predict spec');
const table = readJson<TableData>(args.rows, 'the extracted rows');
const model = readJson<StoredModel>(args.model, 'the model');

try {
  const predicted = loadClassifier(model.classifier).predict(featureRows(table, model.features));
  // The result column replaces a column of the same name (the label, when the SELECT has it).
  const kept = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => column !== spec.resultColumn);
  const columns = [...kept.map(({ column }) => column), spec.resultColumn];
  const rows = table.rows.map((row, index) => [...kept.map((entry) => row[entry.index]), model.classes[predicted[index]!] ?? null]);
  writeJson(args.predictions, { columns, rows });
  const counts = model.classes.map((value, index) => `${predicted.filter((label) => label === index).length} ${value}`);
  writeJson(args.summary, { rows: rows.length, counts: Object.fromEntries(model.classes.map((value, index) => [String(value), predicted.filter((label) => label === index).length])) });
  console.log(`Predicted ${spec.resultColumn} for ${rows.length} rows with ${model.estimator}: ${counts.join(', ')}.`);
} catch (error) {
  fail(`cannot predict with ${model.estimator}: ${(error as Error).message}`);
}

// Step evaluate: the metrics TO EVALUATE asks for, of the stored model on the SELECT's rows.
import type { EvaluateSpec } from '../compile/step-specs';
import { accuracy, macroScores, round4 } from '../ml/classification-metrics';
import { loadClassifier } from '../ml/classifier';
import { labelledRows } from './labelled-rows';
import { fail, parseJsonArgument, readJson, stepArguments, writeJson, type TableData } from './step-io';
import type { StoredModel } from './stored-model';

const args = stepArguments('evaluate.js', ['spec', 'rows', 'model', 'table', 'metrics']);
const spec = parseJsonArgument<EvaluateSpec>(args.spec, 'the evaluate spec');
const table = readJson<TableData>(args.rows, 'the extracted rows');
const model = readJson<StoredModel>(args.model, 'the model');

try {
  const { rows, truth } = labelledRows(table, model, spec.label);
  const predicted = loadClassifier(model.classifier).predict(rows);
  const macro = macroScores(
    truth.map((value) => Math.max(value, 0)),
    predicted.map((value, index) => (truth[index] === -1 ? -1 : value)),
    model.classes.length,
  );
  const values: Record<string, number> = { accuracy: accuracy(truth, predicted), f1: macro.f1, precision: macro.precision, recall: macro.recall };
  const metrics = Object.fromEntries(spec.metrics.map((metric) => [metric.toLowerCase(), round4(values[metric.toLowerCase()]!)]));
  writeJson(args.table, { columns: Object.keys(metrics), rows: [Object.values(metrics)] });
  writeJson(args.metrics, { rows: rows.length, ...metrics });
  console.log(`${model.estimator} on ${rows.length} rows: ${Object.entries(metrics).map(([name, value]) => `${name} ${value}`).join(', ')}.`);
} catch (error) {
  fail(`cannot evaluate ${model.estimator}: ${(error as Error).message}`);
}

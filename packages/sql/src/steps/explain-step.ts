// Step explain: permutation importance, how much accuracy each feature carries: shuffle that
// one column (seeded, `repeats` times) and measure the drop. Model-agnostic, unlike the SHAP
// explainers SQLFlow uses for TensorFlow and XGBoost models.
import type { ExplainSpec } from '../compile/step-specs';
import { accuracy, round4 } from '../ml/classification-metrics';
import { loadClassifier } from '../ml/classifier';
import { seededRandom, shuffled } from '../ml/seeded-random';
import { labelledRows } from './labelled-rows';
import { fail, parseJsonArgument, readJson, stepArguments, writeJson, type TableData } from './step-io';
import type { StoredModel } from './stored-model';

const args = stepArguments('explain.js', ['spec', 'rows', 'model', 'table', 'summary']);
const spec = parseJsonArgument<ExplainSpec>(args.spec, 'the explain spec');
const table = readJson<TableData>(args.rows, 'the extracted rows');
const model = readJson<StoredModel>(args.model, 'the model');

try {
  const { rows, truth } = labelledRows(table, model, spec.label);
  const classifier = loadClassifier(model.classifier);
  const baseline = accuracy(truth, classifier.predict(rows));
  const random = seededRandom(spec.seed);
  const importance = model.features.map((feature, column) => {
    let drop = 0;
    for (let repeat = 0; repeat < spec.repeats; repeat += 1) {
      const order = shuffled(rows.map((_, index) => index), random);
      const permuted = rows.map((row, index) => row.map((value, j) => (j === column ? rows[order[index]!]![j]! : value)));
      drop += baseline - accuracy(truth, classifier.predict(permuted));
    }
    return { feature, importance: round4(drop / spec.repeats) };
  });
  importance.sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1));
  writeJson(args.table, { columns: ['feature', 'importance'], rows: importance.map((entry) => [entry.feature, entry.importance]) });
  writeJson(args.summary, { rows: rows.length, baselineAccuracy: round4(baseline), importance });
  console.log(`Accuracy ${round4(baseline)} on ${rows.length} rows; drop when each feature is shuffled: ${importance.map((entry) => `${entry.feature} ${entry.importance}`).join(', ')}.`);
} catch (error) {
  fail(`cannot explain ${model.estimator}: ${(error as Error).message}`);
}

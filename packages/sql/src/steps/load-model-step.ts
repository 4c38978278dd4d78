// Step load-model: reads a model table that TO TRAIN … INTO wrote, for predict, evaluate and explain.
import { MODEL_FORMAT, type LoadModelSpec } from '../compile/step-specs';
import { quoteQualifiedName } from '../database/quote-identifier';
import { formatQualifiedName } from '../parse/sql-statement';
import { fail, parseJsonArgument, stepArguments, withDatabase, writeJson } from './step-io';
import type { StoredModel } from './stored-model';

const args = stepArguments('load-model.js', ['spec', 'model']);
const spec = parseJsonArgument<LoadModelSpec>(args.spec, 'the load-model spec');
const name = formatQualifiedName(spec.model);
const result = await withDatabase({ readOnly: true, schemas: spec.schemas }, `cannot read the model table ${name} (train one with TO TRAIN … INTO ${name})`, (connection) =>
  connection.query(`SELECT body FROM ${quoteQualifiedName(connection.dialect, spec.model)} ORDER BY part`),
);
let model: StoredModel;
try {
  model = JSON.parse(result.rows.map((row) => String(row[0])).join('')) as StoredModel;
} catch (error) {
  fail(`${name} does not hold a model written by TO TRAIN (${(error as Error).message})`);
}
if (model.format !== MODEL_FORMAT) fail(`${name} holds a model in the format ${JSON.stringify(model.format)}; this version reads ${MODEL_FORMAT}`);
writeJson(args.model, model);
console.log(`Loaded ${model.estimator} from ${name}: features ${model.features.join(', ')}; label ${model.label} (${model.classes.length} classes).`);

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDatabaseUrl } from '../src/database/database-url';
import { dropSchemas, irisRows, loadIris, queryRows } from './support/iris-tables';
import { runSqlLocally, stepOutput } from './support/run-sql-locally';

// The technical report's SQLFlow example (§II.E): train a DNNClassifier on iris.train, then
// predict iris.test with it; here also evaluated and explained, on each database.
const scratch = mkdtempSync(join(tmpdir(), 'couler-sql-iris-'));
const DATABASES = [
  { name: 'SQLite', url: `sqlite://${join(scratch, 'main.db')}` },
  { name: 'PostgreSQL', url: process.env.COULER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  { name: 'MariaDB', url: process.env.COULER_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test' },
];

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(DATABASES)('the iris example on $name', ({ url }) => {
  const target = parseDatabaseUrl(url);
  const suffix = randomBytes(4).toString('hex');
  const iris = `iris_${suffix}`;
  const models = `sqlflow_models_${suffix}`;
  const home = join(scratch, `home-${suffix}`);

  beforeAll(async () => {
    await loadIris(target, iris);
  });
  afterAll(async () => {
    await dropSchemas(target, [iris, models]);
  });

  test('TO TRAIN DNNClassifier writes the model and its metadata; TO PREDICT writes iris.predict', async () => {
    const train = await runSqlLocally(
      `SELECT * FROM ${iris}.train
TO TRAIN DNNClassifier
WITH model.n_classes = 3, model.hidden_units = [10]
COLUMN sepal_length, sepal_width, petal_length, petal_width
LABEL class
INTO ${models}.my_dnn_model;`,
      url,
      home,
    );
    expect(train.map((summary) => summary.phase)).toEqual(['Succeeded']);
    const metrics = stepOutput(train[0]!, 'train', 'metrics') as Record<string, number>;
    expect(metrics.trainRows).toBe(96);
    expect(metrics.validationRows).toBe(24);
    expect(metrics.validationAccuracy).toBeGreaterThanOrEqual(0.85);

    const metadata = await queryRows(target, `SELECT estimator, algorithm, label, classes FROM ${models}.couler_models`, [models]);
    expect(metadata.rows).toEqual([['DNNClassifier', 'mlp', 'class', JSON.stringify(['setosa', 'versicolor', 'virginica'])]]);

    const predict = await runSqlLocally(`SELECT * FROM ${iris}.test TO PREDICT ${iris}.predict.class USING ${models}.my_dnn_model;`, url, home);
    expect(predict.map((summary) => summary.phase)).toEqual(['Succeeded']);
    expect(stepOutput(predict[0]!, 'write-predictions', 'written')).toMatchObject({ rows: 30 });

    const predicted = await queryRows(target, `SELECT sepal_length, sepal_width, petal_length, petal_width, class FROM ${iris}.predict`, [iris]);
    expect(predicted.columns).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'class']);
    const truth = new Map(irisRows().test.map((row) => [JSON.stringify(row.slice(0, 4)), row[4]]));
    const correct = predicted.rows.filter((row) => truth.get(JSON.stringify(row.slice(0, 4).map(Number))) === row[4]).length;
    expect(predicted.rows).toHaveLength(30);
    expect(correct / 30).toBeGreaterThanOrEqual(0.85);
  });

  test('TO EVALUATE and TO EXPLAIN read the stored model and write their tables', async () => {
    const summaries = await runSqlLocally(
      `SELECT * FROM ${iris}.train TO TRAIN RandomForestClassifier WITH model.n_estimators = 15 LABEL class INTO ${models}.forest;
       SELECT * FROM ${iris}.test TO EVALUATE ${models}.forest WITH validation.metrics = "Accuracy,F1" LABEL class INTO ${iris}.evaluation;
       SELECT * FROM ${iris}.test TO EXPLAIN ${models}.forest INTO ${iris}.explanation;`,
      url,
      home,
    );
    expect(summaries.map((summary) => summary.phase)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    const evaluation = await queryRows(target, `SELECT * FROM ${iris}.evaluation`, [iris]);
    expect(evaluation.columns).toEqual(['accuracy', 'f1']);
    expect(Number(evaluation.rows[0]![0])).toBeGreaterThanOrEqual(0.85);
    const explanation = await queryRows(target, `SELECT feature, importance FROM ${iris}.explanation`, [iris]);
    expect(explanation.rows.map((row) => row[0]).sort()).toEqual(['petal_length', 'petal_width', 'sepal_length', 'sepal_width']);
    // Petals tell the species apart; the most important feature is a petal measurement.
    expect(String(explanation.rows[0]![0])).toMatch(/^petal_/);
  });
});

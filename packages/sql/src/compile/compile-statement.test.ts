import { createAirflowBackend } from '@couler/backend-airflow';
import { argo } from '@couler/backend-argo';
import { tekton } from '@couler/backend-tekton';
import { CoulerError, validate, type Workflow } from '@couler/ir';
import { describe, expect, test } from 'vitest';
import { compileSql } from './compile-sql';

const TRAIN = `SELECT * FROM iris.train
TO TRAIN DNNClassifier
WITH model.n_classes = 3, model.hidden_units = [10]
LABEL class
INTO sqlflow_models.my_dnn_model`;

function compileError(text: string): CoulerError {
  try {
    compileSql(text, { dialect: 'postgresql', file: 'query.sql' });
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('compileSql', () => {
  test('TO TRAIN is extract → train → write-model, the database URL from a Secret, never an argument', () => {
    const { workflow } = compileSql(TRAIN, { dialect: 'postgresql', stepsDirectory: '/app/steps' })[0]!;
    expect(validate(workflow)).toEqual([]);
    expect(workflow.metadata.name).toBe('sql-train-sqlflow-models-my-dnn-model');
    const steps = workflow.spec.steps;
    expect(steps.map((step) => step.name)).toEqual(['extract', 'train', 'write-model']);
    const commands = steps.map((step) => (step.kind === 'container' ? step.container.command : undefined));
    expect(commands).toEqual([['node', '/app/steps/extract.js'], ['node', '/app/steps/train.js'], ['node', '/app/steps/write-model.js']]);
    const secretReaders = steps.filter((step) => step.env?.some((variable) => 'secretKeyRef' in variable && variable.secretKeyRef?.name === 'couler-sql-database'));
    expect(secretReaders.map((step) => step.name)).toEqual(['extract', 'write-model']);
  });

  test('TO PREDICT reads the rows, then the model, predicts and writes the prediction table', () => {
    const { workflow } = compileSql('SELECT * FROM iris.test TO PREDICT iris.predict.class USING sqlflow_models.my_dnn_model', { dialect: 'mysql' })[0]!;
    expect(workflow.spec.steps.map((step) => [step.name, step.dependencies ?? []])).toEqual([
      ['extract', []],
      ['load-model', ['extract']],
      ['predict', ['load-model']],
      ['write-predictions', ['predict']],
    ]);
  });

  test.each([
    ['Argo', async (workflow: Workflow) => (await argo.doCompile(workflow, {})).files],
    ['Airflow', async (workflow: Workflow) => (await createAirflowBackend({ airflowVersion: 2, artifactStore: { url: 's3://couler/sql', secretName: 'couler-artifacts' } }).doCompile(workflow, {})).files],
    ['Tekton', async (workflow: Workflow) => (await tekton.doCompile(workflow, {})).files],
  ])('each statement compiles to %s', async (_engine, compile) => {
    const text = `${TRAIN};\nSELECT * FROM iris.test WHERE class <> 'it''s {{ $(x) }}' TO PREDICT iris.predict.class USING sqlflow_models.my_dnn_model`;
    for (const { workflow } of compileSql(text, { dialect: 'postgresql', stepsDirectory: '/app/steps' })) {
      const files = await compile(workflow);
      expect(files.length).toBeGreaterThan(0);
      expect(files.map((file) => file.contents).join('\n')).toContain('extract');
    }
  });

  test('an unknown model gets the nearest name, at its line and column', () => {
    const error = compileError('SELECT * FROM t\nTO TRAIN DNNClasifier LABEL c INTO m');
    expect(error.code).toBe('UNKNOWN_MODEL');
    expect(error.message).toContain('There is no model named "DNNClasifier". Did you mean "DNNClassifier"?');
    expect(error.locations).toEqual([{ file: 'query.sql', line: 2, column: 10 }]);
    expect(error.hint).toContain('RandomForestClassifier');
  });

  test('a SQLFlow model that does not run here says why', () => {
    const error = compileError('SELECT * FROM t TO TRAIN DNNRegressor LABEL c INTO m');
    expect(error.code).toBe('UNKNOWN_MODEL');
    expect(error.message).toContain('only classifiers do');
  });

  test('a WITH key the model does not read is refused with the nearest one', () => {
    const error = compileError('SELECT * FROM t TO TRAIN DNNClassifier WITH model.hiden_units = [10] LABEL c INTO m');
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.message).toContain('Did you mean "model.hidden_units"?');
  });

  test.each([
    ['model.hidden_units = "10; DROP TABLE t"', 'must be a list of 1 to 16 whole numbers'],
    ["model.activation = \"tanh'); DROP TABLE t; --\"", 'must be one of "tanh", "relu", "logistic", "identity"'],
    ['model.n_classes = 2.5', 'must be a whole number'],
  ])('a WITH value of the wrong kind is refused before anything runs: %s', (attribute, message) => {
    const error = compileError(`SELECT * FROM t TO TRAIN DNNClassifier WITH ${attribute} LABEL c INTO m`);
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.message).toContain(message);
  });

  test('validation.metrics names the metrics the evaluate step computes', () => {
    const error = compileError(`SELECT * FROM t TO EVALUATE m WITH validation.metrics = "Accuracy'); DROP TABLE t; --" LABEL c`);
    expect(error.message).toContain('from Accuracy, F1, Precision, Recall');
  });

  test('a classifier needs LABEL', () => {
    expect(compileError('SELECT * FROM t TO TRAIN DNNClassifier INTO m').message).toContain('LABEL <column>');
  });

  test('only one SELECT may come before TO', () => {
    const error = compileError('DELETE FROM t TO TRAIN DNNClassifier LABEL c INTO m');
    expect(error.code).toBe('SQL_SYNTAX_ERROR');
    expect(error.message).toContain('Only a single SELECT can come before TO; this is DELETE');
  });
});

import { CoulerError } from '@couler/ir';
import { describe, expect, test } from 'vitest';
import { parseSql } from './parse-sql';

const IRIS_TRAIN = `SELECT *
FROM iris.train
TO TRAIN DNNClassifier
WITH model.n_classes = 3,
model.hidden_units = [10]
COLUMN sepal_len, sepal_width, petal_len
LABEL class
INTO sqlflow_models.my_dnn_model;`;

function syntaxError(text: string, dialect: 'sqlite' | 'postgresql' | 'mysql' = 'postgresql'): CoulerError {
  try {
    parseSql(text, { dialect, file: 'query.sql' });
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('parseSql', () => {
  test("reads the technical report's TO TRAIN and TO PREDICT statements", () => {
    const [train, predict] = parseSql(`${IRIS_TRAIN}\nSELECT * FROM iris.test TO PREDICT iris.predict.class USING sqlflow_models.my_dnn_model;`, { dialect: 'mysql' });
    expect(train).toMatchObject({
      kind: 'train',
      select: 'SELECT *\nFROM iris.train',
      tables: [{ schema: 'iris', name: 'train' }],
      estimator: 'DNNClassifier',
      estimatorPosition: { line: 3, column: 10 },
      attributes: [
        { key: 'model.n_classes', value: 3 },
        { key: 'model.hidden_units', value: [10] },
      ],
      columns: ['sepal_len', 'sepal_width', 'petal_len'],
      label: 'class',
      into: { schema: 'sqlflow_models', name: 'my_dnn_model' },
    });
    expect(predict).toMatchObject({ kind: 'predict', resultTable: { schema: 'iris', name: 'predict' }, resultColumn: 'class', model: { schema: 'sqlflow_models', name: 'my_dnn_model' } });
  });

  test('splits on ; only outside strings, quoted names and comments, and keeps plain statements as written', () => {
    const statements = parseSql(`CREATE TABLE t (a TEXT); -- a comment; with ;\nINSERT INTO t VALUES ('x; TO TRAIN y');;\nSELECT "a;b" FROM t /* ; */`, { dialect: 'sqlite' });
    expect(statements.map((statement) => [statement.kind, statement.text])).toEqual([
      ['plain', 'CREATE TABLE t (a TEXT)'],
      ['plain', "INSERT INTO t VALUES ('x; TO TRAIN y')"],
      ['plain', 'SELECT "a;b" FROM t /* ; */'],
    ]);
  });

  test('reads MySQL backslash escapes in strings only for MySQL', () => {
    expect(parseSql(String.raw`SELECT 'it\'s; fine' AS a`, { dialect: 'mysql' })).toHaveLength(1);
  });

  test('a missing INTO is reported where the statement ends, with what was expected', () => {
    const error = syntaxError('SELECT * FROM iris.train\nTO TRAIN DNNClassifier\nLABEL class');
    expect(error.code).toBe('SQL_SYNTAX_ERROR');
    expect(error.locations).toEqual([{ file: 'query.sql', line: 3, column: 12 }]);
    expect(error.message).toContain('Expected "INTO" but end of input found');
    expect(error.message).toContain(`  3 | LABEL class\n${' '.repeat(2 + '3 | '.length + 11)}^`);
  });

  test('a misspelt TO TRAIN gets a did-you-mean at the word', () => {
    const error = syntaxError('SELECT *\nFROM iris.train\nTO TRIAN DNNClassifier INTO m');
    expect(error.code).toBe('SQL_SYNTAX_ERROR');
    expect(error.locations).toEqual([{ file: 'query.sql', line: 3, column: 4 }]);
    expect(error.message).toContain('Did you mean "TRAIN"?');
  });

  test('an error in the SELECT is placed in the whole script, from node-sql-parser', () => {
    const error = syntaxError('SELECT 1;\nSELECT * FRM iris.train TO TRAIN DNNClassifier LABEL class INTO m');
    expect(error.locations).toEqual([{ file: 'query.sql', line: 2, column: 10 }]);
    expect(error.message).toContain('not valid postgresql SQL');
  });

  test('feature column functions are refused with a reason', () => {
    const error = syntaxError('SELECT * FROM t TO TRAIN DNNClassifier COLUMN NUMERIC(a, 1) LABEL c INTO m');
    expect(error.message).toContain('Feature column functions such as NUMERIC(…) are not supported');
    expect(error.locations?.[0]).toMatchObject({ line: 1, column: 47 });
  });

  test('a TO PREDICT target needs a table and a column', () => {
    const error = syntaxError('SELECT * FROM t TO PREDICT class USING m');
    expect(error.message).toContain('result table and column (table.column)');
  });

  test('keywords are not taken for bare WITH values', () => {
    expect(syntaxError('SELECT * FROM t TO TRAIN DNNClassifier WITH a = INTO m').message).toContain('Line 1, column 49: Expected number, string, list or boolean but "I" found');
  });
});

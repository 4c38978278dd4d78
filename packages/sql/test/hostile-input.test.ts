import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectDatabase } from '../src/database/connect-database';
import { parseDatabaseUrl } from '../src/database/database-url';
import { dropSchemas, loadIris, queryRows } from './support/iris-tables';
import { runSqlLocally } from './support/run-sql-locally';

// SQL injection through what the extension clauses name and carry: identifiers are quoted,
// values bound, and nothing runs that the statement did not ask for.
const scratch = mkdtempSync(join(tmpdir(), 'couler-sql-hostile-'));
const DATABASES = [
  { name: 'SQLite', url: `sqlite://${join(scratch, 'main.db')}` },
  { name: 'PostgreSQL', url: process.env.COULER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  { name: 'MariaDB', url: process.env.COULER_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test' },
];

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(DATABASES)('hostile names and values on $name', ({ url }) => {
  const target = parseDatabaseUrl(url);
  const iris = `iris_${randomBytes(4).toString('hex')}`;
  const home = join(scratch, `home-${iris}`);

  beforeAll(() => loadIris(target, iris));
  afterAll(() => dropSchemas(target, [iris]));

  test('a model table and a result column named like an injection are just names', async () => {
    // Quote characters of both families, a statement terminator and a comment, in the names.
    const table = `m"; DROP TABLE ${iris}.train; --\`x`;
    const column = `c'); DELETE FROM ${iris}.test; --`;
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const summaries = await runSqlLocally(
      `SELECT * FROM ${iris}.train WHERE class <> 'it''s; DROP TABLE x' TO TRAIN GaussianNB LABEL class INTO ${iris}.${quoted(table)};
       SELECT * FROM ${iris}.test TO PREDICT ${iris}.${quoted('p"q')}.${quoted(column)} USING ${iris}.${quoted(table)};`,
      url,
      home,
    );
    expect(summaries.map((summary) => summary.phase)).toEqual(['Succeeded', 'Succeeded']);
    expect((await queryRows(target, `SELECT COUNT(*) FROM ${iris}.train`, [iris])).rows[0]!.map(Number)).toEqual([120]);
    expect((await queryRows(target, `SELECT COUNT(*) FROM ${iris}.test`, [iris])).rows[0]!.map(Number)).toEqual([30]);
    const quote = (name: string) => (target.dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : quoted(name));
    const predictions = await queryRows(target, `SELECT ${quote(column)} FROM ${iris}.${quote('p"q')}`, [iris]);
    expect(predictions.columns).toEqual([column]);
    expect(predictions.rows).toHaveLength(30);
    // The SELECT went into the metadata as a bound value, quotes and all.
    const metadata = await queryRows(target, `SELECT model_table, select_statement FROM ${iris}.couler_models`, [iris]);
    expect(metadata.rows).toEqual([[`${iris}.${table}`, `SELECT * FROM ${iris}.train WHERE class <> 'it''s; DROP TABLE x'`]]);
  });

  test('the connection the extract step reads through refuses writes', async () => {
    const connection = await connectDatabase(target, { readOnly: true, schemas: [iris] });
    try {
      await expect(connection.query(`DELETE FROM ${iris}.train`)).rejects.toThrow(/read.?only/i);
    } finally {
      await connection.close();
    }
    expect((await queryRows(target, `SELECT COUNT(*) FROM ${iris}.train`, [iris])).rows[0]!.map(Number)).toEqual([120]);
  });

  test('a statement carrying a second one is refused by the driver, not run', async () => {
    const connection = await connectDatabase(target, { schemas: [iris] });
    try {
      await expect(connection.query(`SELECT 1; DELETE FROM ${iris}.train`)).rejects.toThrow();
    } finally {
      await connection.close();
    }
    expect((await queryRows(target, `SELECT COUNT(*) FROM ${iris}.train`, [iris])).rows[0]!.map(Number)).toEqual([120]);
  });
});

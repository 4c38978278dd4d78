import type { QualifiedName } from '../parse/sql-statement';
import type { DatabaseConnection } from './connect-database';
import { placeholder, quoteIdentifier, quoteQualifiedName } from './quote-identifier';
import type { SqlDialect } from './sql-dialect';

export type ColumnKind = 'integer' | 'real' | 'text' | 'boolean';

const COLUMN_TYPES: Readonly<Record<SqlDialect, Readonly<Record<ColumnKind, string>>>> = {
  sqlite: { integer: 'INTEGER', real: 'REAL', text: 'TEXT', boolean: 'INTEGER' },
  postgresql: { integer: 'BIGINT', real: 'DOUBLE PRECISION', text: 'TEXT', boolean: 'BOOLEAN' },
  mysql: { integer: 'BIGINT', real: 'DOUBLE', text: 'LONGTEXT', boolean: 'BOOLEAN' },
};

/** The narrowest column kind that holds every value (nulls fit anywhere). */
export function columnKindOf(values: ReadonlyArray<unknown>): ColumnKind {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return 'text';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'number' && Number.isSafeInteger(value))) return 'integer';
  if (present.every((value) => typeof value === 'number' && Number.isFinite(value))) return 'real';
  return 'text';
}

export interface TableColumn {
  readonly name: string;
  readonly kind: ColumnKind;
}

/** Creates the schema when the database has none of that name (PostgreSQL schema, MySQL database). */
export async function ensureSchema(connection: DatabaseConnection, schema: string | undefined): Promise<void> {
  if (schema === undefined || connection.dialect === 'sqlite') return;
  const keyword = connection.dialect === 'mysql' ? 'DATABASE' : 'SCHEMA';
  await connection.query(`CREATE ${keyword} IF NOT EXISTS ${quoteIdentifier(connection.dialect, schema)}`);
}

/**
 * Replaces `table` with `columns` and `rows` (as SQLFlow writes a prediction table: dropped
 * and created again). Names are quoted identifiers, values bound parameters, rows inserted in
 * batches that stay under every driver's limit of bound values.
 */
export async function replaceTable(connection: DatabaseConnection, table: QualifiedName, columns: ReadonlyArray<TableColumn>, rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<void> {
  const { dialect } = connection;
  const name = quoteQualifiedName(dialect, table);
  await ensureSchema(connection, table.schema);
  await connection.query(`DROP TABLE IF EXISTS ${name}`);
  await connection.query(`CREATE TABLE ${name} (${columnDefinitions(dialect, columns)})`);
  await insertRows(connection, table, columns.map((column) => column.name), rows);
}

/** Creates `table` unless it exists (a metadata table that collects rows across runs). */
export async function createTableIfMissing(connection: DatabaseConnection, table: QualifiedName, columns: ReadonlyArray<TableColumn>): Promise<void> {
  await ensureSchema(connection, table.schema);
  await connection.query(`CREATE TABLE IF NOT EXISTS ${quoteQualifiedName(connection.dialect, table)} (${columnDefinitions(connection.dialect, columns)})`);
}

function columnDefinitions(dialect: SqlDialect, columns: ReadonlyArray<TableColumn>): string {
  return columns.map((column) => `${quoteIdentifier(dialect, column.name)} ${COLUMN_TYPES[dialect][column.kind]}`).join(', ');
}

/** Inserts `rows` into `table`, bound, in batches. */
export async function insertRows(connection: DatabaseConnection, table: QualifiedName, columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<void> {
  const { dialect } = connection;
  const head = `INSERT INTO ${quoteQualifiedName(dialect, table)} (${columns.map((column) => quoteIdentifier(dialect, column)).join(', ')}) VALUES `;
  const batch = Math.max(1, Math.min(500, Math.floor(30_000 / Math.max(1, columns.length))));
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const tuples = chunk.map((_, row) => `(${columns.map((__, column) => placeholder(dialect, row * columns.length + column)).join(', ')})`);
    await connection.query(head + tuples.join(', '), chunk.flatMap((row) => columns.map((_, column) => row[column] ?? null)));
  }
}

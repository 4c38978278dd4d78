import type { QualifiedName } from '../parse/sql-statement';
import type { SqlDialect } from './sql-dialect';

/** Longest names the databases keep whole: PostgreSQL silently cuts longer ones at 63 bytes. */
const MAX_IDENTIFIER_BYTES: Readonly<Record<SqlDialect, number>> = { sqlite: 1024, postgresql: 63, mysql: 64 };

/**
 * A name as a quoted identifier of `dialect`: `"a""b"` (SQLite, PostgreSQL) or `` `a``b` ``
 * (MySQL, MariaDB). Every table and column name Couler writes goes through here, so a name
 * is always one identifier, whatever characters it holds.
 *
 * @throws Error for an empty name, a NUL, or a name the database would shorten.
 */
export function quoteIdentifier(dialect: SqlDialect, name: string): string {
  if (name === '') throw new Error('an empty name cannot be a table or column');
  if (name.includes('\0')) throw new Error(`the name ${JSON.stringify(name)} holds a NUL character, which no database keeps`);
  if (Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES[dialect]) {
    throw new Error(`the name ${JSON.stringify(name)} is longer than ${dialect} keeps (${MAX_IDENTIFIER_BYTES[dialect]} bytes): choose a shorter one`);
  }
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

/** `schema.table` quoted part by part. */
export function quoteQualifiedName(dialect: SqlDialect, name: QualifiedName): string {
  return name.schema === undefined ? quoteIdentifier(dialect, name.name) : `${quoteIdentifier(dialect, name.schema)}.${quoteIdentifier(dialect, name.name)}`;
}

/** The `index`th (0-based) bound parameter: `$1` in PostgreSQL, `?` elsewhere. */
export function placeholder(dialect: SqlDialect, index: number): string {
  return dialect === 'postgresql' ? `$${index + 1}` : '?';
}

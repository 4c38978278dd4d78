import { didYouMean } from '@couler/ir';
import { createRequire } from 'node:module';
import type { Parser as SqlParser } from 'node-sql-parser';
import { SQL_PARSER_DATABASE, type SqlDialect } from '../database/sql-dialect';
import { describeExpectations, INLINE_SQL, positionAt, sqlSyntaxError, type SqlSource } from './sql-syntax-error';
import type { QualifiedName, SqlAttribute, SqlAttributeValue, SqlPosition, SqlStatement } from './sql-statement';
import { isPeggySyntaxError, parseStatements, type RawStatement } from './statement-parser';

export interface ParseSqlOptions {
  /** The database the statements are for: decides how the SELECT is parsed and strings are read. */
  readonly dialect: SqlDialect;
  /** Where the text came from, for error locations (default `<sql>`). */
  readonly file?: string;
}

const EXTENSION_KEYWORDS = ['TRAIN', 'PREDICT', 'EVALUATE', 'EXPLAIN'];

/**
 * Parses a script of SQLFlow statements. Each statement is either plain SQL (sent to the
 * database unchanged) or a SELECT followed by `TO TRAIN`, `TO PREDICT`, `TO EVALUATE` or
 * `TO EXPLAIN`; the SELECT is checked by node-sql-parser in the database's dialect and must be
 * one SELECT.
 *
 * @throws CoulerError `SQL_SYNTAX_ERROR` with the line and column and what was expected there.
 */
export function parseSql(source: string, options: ParseSqlOptions): SqlStatement[] {
  const sql: SqlSource = { text: source, file: options.file ?? INLINE_SQL };
  let raw: RawStatement[];
  try {
    raw = parseStatements(source, { backslashEscapes: options.dialect === 'mysql' });
  } catch (error) {
    if (!isPeggySyntaxError(error)) throw error;
    const custom = error.expected === null;
    throw sqlSyntaxError(sql, error.location.start, custom ? error.message : capitalize(describeExpectations(error.expected, error.found)));
  }
  return raw.map((statement) => toStatement(statement, sql, options.dialect));
}

function toStatement(raw: RawStatement, sql: SqlSource, dialect: SqlDialect): SqlStatement {
  const text = (raw.text as string).trimEnd();
  const position = raw.start as SqlPosition;
  if (raw.kind === 'plain') {
    checkMisspelledExtension(raw, sql);
    return { kind: 'plain', text, position, tables: tablesNamedIn(text, dialect) };
  }
  const select = raw.select.text.trimEnd();
  const selectPosition = raw.select.start;
  const tables = checkSelect(select, selectPosition, sql, dialect);
  const attributes = ((raw.attributes as RawAttribute[] | undefined) ?? []).map((attribute): SqlAttribute => ({ key: attribute.key, value: attribute.value, position: attribute.start }));
  const base = { text, position, select, selectPosition, tables, attributes };
  switch (raw.kind) {
    case 'train': {
      const estimator = raw.estimator as { name: string; start: SqlPosition };
      return {
        kind: 'train',
        ...base,
        estimator: estimator.name,
        estimatorPosition: estimator.start,
        columns: raw.columns as string[],
        ...(raw.label !== undefined && { label: raw.label as string }),
        into: raw.into as QualifiedName,
      };
    }
    case 'predict':
      return { kind: 'predict', ...base, resultTable: raw.resultTable as QualifiedName, resultColumn: raw.resultColumn as string, model: raw.model as QualifiedName };
    case 'evaluate':
      return {
        kind: 'evaluate',
        ...base,
        model: raw.model as QualifiedName,
        ...(raw.label !== undefined && { label: raw.label as string }),
        ...(raw.into !== undefined && { into: raw.into as QualifiedName }),
      };
    case 'explain':
      return {
        kind: 'explain',
        ...base,
        model: raw.model as QualifiedName,
        ...(raw.explainer !== undefined && { explainer: raw.explainer as string }),
        ...(raw.into !== undefined && { into: raw.into as QualifiedName }),
      };
  }
}

interface RawAttribute {
  readonly key: string;
  readonly value: SqlAttributeValue;
  readonly start: SqlPosition;
}

// node-sql-parser is CommonJS without named exports Node's ESM loader can see.
const { Parser } = createRequire(import.meta.url)('node-sql-parser') as { Parser: new () => SqlParser };
const sqlParser = new Parser();

/** The SELECT before `TO …` must parse, and be one SELECT; returns the tables it reads. */
function checkSelect(select: string, start: SqlPosition, sql: SqlSource, dialect: SqlDialect): QualifiedName[] {
  const database = SQL_PARSER_DATABASE[dialect];
  let ast: unknown;
  try {
    ast = sqlParser.astify(select, { database });
  } catch (error) {
    if (!isPeggySyntaxError(error)) throw error;
    const at = shift(start, error.location.start);
    throw sqlSyntaxError(sql, at, `The query before TO is not valid ${dialect} SQL: ${describeExpectations(error.expected, error.found)}`);
  }
  const statements = Array.isArray(ast) ? ast : [ast];
  const kinds = statements.map((statement) => (statement as { type?: string }).type);
  if (statements.length !== 1 || kinds[0] !== 'select') {
    throw sqlSyntaxError(sql, start, `Only a single SELECT can come before TO; this is ${kinds.map((kind) => (kind ?? 'unknown').toUpperCase()).join(' then ')}.`, 'Run other statements on their own, separated by ";".');
  }
  return tablesNamedIn(select, dialect);
}

/** `select::iris::train` … as names; empty when node-sql-parser cannot read the statement. */
function tablesNamedIn(text: string, dialect: SqlDialect): QualifiedName[] {
  let entries: string[];
  try {
    entries = sqlParser.tableList(text, { database: SQL_PARSER_DATABASE[dialect] });
  } catch {
    return [];
  }
  return entries.map((entry) => {
    const [, schema, name] = entry.split('::') as [string, string, string];
    return schema === 'null' ? { name } : { schema, name };
  });
}

/** A position inside the SELECT, as a position in the whole script. */
function shift(start: SqlPosition, inner: SqlPosition): SqlPosition {
  return {
    offset: start.offset + inner.offset,
    line: start.line + inner.line - 1,
    column: inner.line === 1 ? start.column + inner.column - 1 : inner.column,
  };
}

/**
 * `SELECT … TO TRIAN …` is not an extension, so it would go to the database as plain SQL and
 * fail there with a message about `TO`: say which keyword was meant instead.
 */
function checkMisspelledExtension(raw: RawStatement, sql: SqlSource): void {
  const { masked, start } = raw.select;
  if (!/^\s*(SELECT|WITH)\b/i.test(masked)) return;
  for (const match of masked.matchAll(/\bTO\s+([A-Za-z_]+)/gi)) {
    const word = match[1]!;
    const hint = didYouMean(word.toUpperCase(), EXTENSION_KEYWORDS);
    if (hint === '') continue;
    const at = positionAt(sql.text, start.offset + match.index + match[0].length - word.length);
    throw sqlSyntaxError(sql, at, `"TO ${word}" is not a SQLFlow clause: expected TO TRAIN, TO PREDICT, TO EVALUATE or TO EXPLAIN.${hint}`);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import type { Workflow } from '@couler/ir';
import { parseSql } from '../parse/parse-sql';
import type { SqlStatement } from '../parse/sql-statement';
import { INLINE_SQL } from '../parse/sql-syntax-error';
import { compileStatement, type CompileStatementOptions } from './compile-statement';

export interface CompiledStatement {
  readonly statement: SqlStatement;
  readonly workflow: Workflow;
}

export interface CompileSqlOptions extends Omit<CompileStatementOptions, 'source'> {
  /** Where the text came from, for error locations (default `<sql>`). */
  readonly file?: string;
}

/**
 * A script of SQLFlow statements as workflows, one per statement, in order. Every statement is
 * parsed and compiled before any runs, so a mistake in the third stops the first from running.
 *
 * @throws CoulerError `SQL_SYNTAX_ERROR`, `UNKNOWN_MODEL` or `INVALID_FIELD` with the line and column.
 */
export function compileSql(text: string, options: CompileSqlOptions): CompiledStatement[] {
  const source = { text, file: options.file ?? INLINE_SQL };
  return parseSql(text, { dialect: options.dialect, file: source.file }).map((statement) => ({ statement, workflow: compileStatement(statement, { ...options, source }) }));
}

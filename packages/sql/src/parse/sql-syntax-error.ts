import { CoulerError, type CoulerErrorCode } from '@couler/ir';
import type { SqlPosition } from './sql-statement';

/** Where the SQL came from, for error locations: a file name, or `<sql>` for text given inline. */
export const INLINE_SQL = '<sql>';

/** The SQL text of an error and where it came from. */
export interface SqlSource {
  readonly text: string;
  /** A file name, or `<sql>` for text given inline. */
  readonly file: string;
}

/**
 * An error at `position` in the SQL, its message ending with the offending line and a caret
 * under the column, as compilers print them.
 */
export function sqlError(code: CoulerErrorCode, source: SqlSource, position: SqlPosition, message: string, hint?: string): CoulerError {
  const { text, file } = source;
  return new CoulerError(code, `Line ${position.line}, column ${position.column}: ${message}\n${excerpt(text, position)}`, {
    locations: [{ file, line: position.line, column: position.column }],
    ...(hint !== undefined && { hint }),
  });
}

export function sqlSyntaxError(source: SqlSource, position: SqlPosition, message: string, hint?: string): CoulerError {
  return sqlError('SQL_SYNTAX_ERROR', source, position, message, hint);
}

/** `  3 | TO TRIAN DNNClassifier` and a caret under the column. */
export function excerpt(source: string, position: SqlPosition): string {
  const line = source.split('\n')[position.line - 1] ?? '';
  const gutter = `${position.line} | `;
  return `  ${gutter}${line.replace(/\t/g, ' ')}\n  ${' '.repeat(gutter.length + position.column - 1)}^`;
}

/** The position `offset` characters into `source`. */
export function positionAt(source: string, offset: number): SqlPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

interface PeggyExpectation {
  readonly type: string;
  readonly text?: string;
  readonly description?: string;
}

/**
 * `expected "INTO" or "," but end of input found`, from a peggy-generated parser's error
 * (ours, and node-sql-parser's): whitespace and comments, allowed everywhere, are left out.
 */
export function describeExpectations(expected: ReadonlyArray<PeggyExpectation> | null | undefined, found: string | null | undefined): string {
  const names = new Set<string>();
  for (const expectation of expected ?? []) {
    if (expectation.type === 'literal' && expectation.text !== undefined) {
      if (/^(\s|--|\/\*)$/.test(expectation.text)) continue;
      names.add(JSON.stringify(expectation.text.toUpperCase()));
    } else if (expectation.type === 'end') names.add('end of input');
    else if (expectation.type === 'other' && expectation.description !== undefined && !/^(whitespace|comment)$/.test(expectation.description)) names.add(expectation.description);
  }
  const list = [...names];
  const wanted = list.length === 0 ? 'something else' : list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
  return `expected ${wanted} but ${found === null || found === undefined ? 'end of input' : JSON.stringify(found)} found.`;
}

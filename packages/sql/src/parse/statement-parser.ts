import peggy from 'peggy';
import { STATEMENT_GRAMMAR } from './statement-grammar';

/** A statement as the grammar returns it, before the SELECT is checked. */
export interface RawStatement {
  readonly kind: 'plain' | 'train' | 'predict' | 'evaluate' | 'explain';
  readonly select: { readonly text: string; readonly masked: string; readonly start: { offset: number; line: number; column: number } };
  readonly [field: string]: unknown;
}

export interface PeggySyntaxError extends Error {
  readonly location: { readonly start: { offset: number; line: number; column: number } };
  readonly expected: ReadonlyArray<{ type: string; text?: string; description?: string }> | null;
  readonly found: string | null;
}

let parser: peggy.Parser | undefined;

/** Splits a script into statements and parses their extension clauses (peggy, generated once). */
export function parseStatements(source: string, options: { backslashEscapes: boolean }): RawStatement[] {
  parser ??= peggy.generate(STATEMENT_GRAMMAR);
  return parser.parse(source, options) as RawStatement[];
}

export function isPeggySyntaxError(error: unknown): error is PeggySyntaxError {
  return error instanceof Error && error.name === 'SyntaxError' && typeof (error as Partial<PeggySyntaxError>).location === 'object';
}

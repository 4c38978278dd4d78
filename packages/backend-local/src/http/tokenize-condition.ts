import { SuccessConditionError } from './success-condition-syntax';

export type ConditionToken =
  | { readonly kind: 'number'; readonly value: number; readonly position: number; readonly text: string }
  | { readonly kind: 'string'; readonly value: string; readonly position: number; readonly text: string }
  | { readonly kind: 'word'; readonly value: string; readonly position: number; readonly text: string }
  | { readonly kind: 'symbol'; readonly value: string; readonly position: number; readonly text: string }
  | { readonly kind: 'end'; readonly value: ''; readonly position: number; readonly text: '' };

/** The longest that matches is taken, so that `<=` is not read as `<` then `=`. */
const SYMBOLS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.'];
/** Valid in expr, not here: named so that the message can say "not supported" rather than "invalid". */
const UNSUPPORTED_SYMBOLS = ['??', '?.', '..', '**', '+', '-', '*', '/', '%', '^', '?', ':', '|', '#', '{', '}'];
/** Go's escapes, as expr reads them (and so every escape `JSON.stringify` writes). */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', '\\': '\\', '"': '"', "'": "'", '0': '\0' };

/** The part of expr one evaluator reads: its symbols, the valid ones it does not, and its name in messages. */
export interface ExprDialect {
  readonly symbols: ReadonlyArray<string>;
  /** Valid expr the evaluator does not implement; the longest match of the two lists wins (`..` is not two dots, `||` not `|`). */
  readonly unsupported: ReadonlyArray<string>;
  /** Where the text is, for messages: "a successCondition". */
  readonly where: string;
  /** What the evaluator understands, for hints. */
  readonly summary: string;
}

function readString(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  let value = '';
  let at = start + 1;
  while (at < text.length) {
    const character = text[at]!;
    if (character === quote) return { value, end: at + 1 };
    if (character === '\\' && quote !== '`') {
      const next = text[at + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        value += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
        continue;
      }
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped === undefined) throw new SuccessConditionError(`"\\${next ?? ''}" is not an escape a string can hold.`, at, 'syntax', 'Write \\\\ for a backslash.');
      value += escaped;
      at += 2;
      continue;
    }
    value += character;
    at++;
  }
  throw new SuccessConditionError(`The string that starts here has no closing ${quote}.`, start, 'syntax');
}

function longestAt(text: string, at: number, candidates: ReadonlyArray<string>): string | undefined {
  let found: string | undefined;
  for (const candidate of candidates) if (text.startsWith(candidate, at) && candidate.length > (found?.length ?? 0)) found = candidate;
  return found;
}

/** Splits expr text into tokens of `dialect`, ending with an `end` token. */
export function tokenizeExpr(text: string, dialect: ExprDialect): ConditionToken[] {
  const tokens: ConditionToken[] = [];
  let at = 0;
  while (at < text.length) {
    const character = text[at]!;
    if (/\s/.test(character)) {
      at++;
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), position: at, text: number[0] });
      at += number[0].length;
      continue;
    }
    if (character === '"' || character === "'" || character === '`') {
      const { value, end } = readString(text, at);
      tokens.push({ kind: 'string', value, position: at, text: text.slice(at, end) });
      at = end;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(at));
    if (word) {
      tokens.push({ kind: 'word', value: word[0], position: at, text: word[0] });
      at += word[0].length;
      continue;
    }
    const symbol = longestAt(text, at, dialect.symbols);
    const unsupported = longestAt(text, at, dialect.unsupported);
    if (unsupported && unsupported.length > (symbol?.length ?? 0)) {
      throw new SuccessConditionError(`The local engine does not evaluate "${unsupported}" in ${dialect.where}.`, at, 'unsupported', dialect.summary);
    }
    if (symbol) {
      tokens.push({ kind: 'symbol', value: symbol, position: at, text: symbol });
      at += symbol.length;
      continue;
    }
    if (character === '=') throw new SuccessConditionError('A single "=" assigns nothing here.', at, 'syntax', 'Compare with "==".');
    throw new SuccessConditionError(`"${character}" cannot appear in ${dialect.where}.`, at, 'syntax');
  }
  tokens.push({ kind: 'end', value: '', position: text.length, text: '' });
  return tokens;
}

/** Splits a condition into tokens, ending with an `end` token. */
export function tokenizeCondition(text: string): ConditionToken[] {
  return tokenizeExpr(text, { symbols: SYMBOLS, unsupported: UNSUPPORTED_SYMBOLS, where: 'a successCondition', summary: SUPPORTED_SUMMARY });
}

/** What the evaluator understands, for hints. */
export const SUPPORTED_SUMMARY =
  'It understands response.statusCode, response.body, response.headers["Name"], numbers, strings, ==, !=, <, <=, >, >=, &&, ||, !, and, or, not, parentheses, in [..], contains, startsWith and endsWith.';

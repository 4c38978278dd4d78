/**
 * Python literals for values that come from users. A string becomes a double-quoted literal in
 * which every character that could end it, start an escape or confuse a reader is escaped:
 * quotes, backslashes, line breaks, control and format characters, lone surrogates (which UTF-8
 * source cannot hold). What Python reads back is exactly the JavaScript string.
 */

// Control, format, separator (but the plain space), private-use, unassigned and surrogate
// code points: escaped rather than written raw.
const NEEDS_ESCAPE = /[\p{C}\p{Z}]/u;

function escapeCodePoint(codePoint: number): string {
  if (codePoint < 0x100) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint < 0x10000) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

/**
 * A Python `str` literal equal to `text`, on one line. Double-quoted, unless the text has double
 * quotes and no single ones (as Black and Ruff's formatter prefer).
 */
export function pythonString(text: string): string {
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  let out = quote;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // A lone surrogate must be escaped on its own; a valid pair is one code point.
    const isPair = unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    const codePoint = isPair ? text.codePointAt(index)! : unit;
    const character = isPair ? text.slice(index, index + 2) : text[index]!;
    if (isPair) index += 1;
    if (character === quote) out += `\\${quote}`;
    else if (character === '\\') out += '\\\\';
    else if (character === '\n') out += '\\n';
    else if (character === '\r') out += '\\r';
    else if (character === '\t') out += '\\t';
    else if (character !== ' ' && (NEEDS_ESCAPE.test(character) || (unit >= 0xd800 && unit <= 0xdfff && !isPair))) out += escapeCodePoint(codePoint);
    else out += character;
  }
  return `${out}${quote}`;
}

/** A Python number literal: integers as written, other numbers as JavaScript prints them. */
export function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no Python literal.`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** A JSON-like value (strings, numbers, booleans, null, lists, objects) as a Python literal. */
export function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${pythonString(key)}: ${pythonLiteral(item)}`).join(', ')}}`;
  }
  throw new TypeError(`Cannot write ${typeof value} as a Python literal.`);
}

/**
 * A multi-line text as a triple-quoted literal when it can be written raw (no backslash, no
 * quote run, no character that needs an escape), which keeps scripts readable; else as
 * `pythonString`.
 */
export function pythonBlockString(text: string): string {
  const raw = text.includes('\n') && !/[\\]|"""|"$/.test(text) && [...text].every((character) => character === '\n' || character === ' ' || !NEEDS_ESCAPE.test(character));
  return raw ? `"""${text}"""` : pythonString(text);
}

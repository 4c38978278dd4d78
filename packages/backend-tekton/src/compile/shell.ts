import { needsDollarEscape, splitForShell } from './escape-variables';

/**
 * A word for POSIX sh: single-quoted, with `'` written as `'\''`, and every `$(` Tekton could
 * read split as `$''(` (the shell joins the pieces; Tekton's substitution never sees `$(`).
 */
export function shellQuote(word: string): string {
  return splitForShell(`'${word.replaceAll("'", `'\\''`)}'`);
}

/**
 * Shell lines writing `text` to `target` through a quoted here-document (no expansion), with a
 * delimiter no line of the text equals. A here-document always ends in a line break: with
 * `exact`, a text without one is written through `printf` instead, byte for byte. A text holding
 * a `$(` Tekton could read is written through `printf` and `shellQuote` (a here-document cannot
 * hide it from Tekton's substitution); `printf` is a shell builtin, so size is no limit.
 */
export function hereDocument(text: string, target: string, exact = true): string[] {
  if (needsDollarEscape(text)) return [`printf '%s' ${shellQuote(text)} > ${target}`];
  const lines = text.split('\n');
  let delimiter = 'COULER_EOF';
  for (let suffix = 1; lines.includes(delimiter); suffix++) delimiter = `COULER_EOF_${suffix}`;
  if (text.endsWith('\n') || !exact) {
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    return [`cat > ${target} <<'${delimiter}'`, ...body.split('\n'), delimiter];
  }
  // $( … ) drops the one line break the here-document adds (the text has none at its end).
  return [`couler_text=$(cat <<'${delimiter}'`, ...lines, delimiter, ')', `printf '%s' "$couler_text" > ${target}`];
}

/**
 * Airflow renders every string of an operator's templated fields with Jinja. A user's literal
 * text must come out of that rendering unchanged, so each `{` that would open a Jinja tag
 * (`{{`, `{%`, `{#`) is written as the expression `{{ '{' }}`, which renders as `{`. A raw `{`
 * that remains is never followed by `{`, `%` or `#`, so no tag can form; `}` alone means nothing
 * to Jinja. Jinja also reads `\r\n` and `\r` in template text as `\n`, so a carriage return is
 * written as the expression `{{ '\r' }}`. (The DAG sets `keep_trailing_newline`, so a final
 * newline survives too.)
 */
export const JINJA_OPEN_BRACE = "{{ '{' }}";
export const JINJA_CARRIAGE_RETURN = "{{ '\\r' }}";

export function escapeJinjaText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const next = text[index + 1];
    // A carriage return is escaped with a tag too, so the brace before it must not stay raw.
    if (character === '{' && (next === '{' || next === '%' || next === '#' || next === '\r')) out += JINJA_OPEN_BRACE;
    else if (character === '\r') out += JINJA_CARRIAGE_RETURN;
    else out += character;
  }
  return out;
}

/** Whether `text` holds anything Jinja would read as a tag. */
export function hasJinjaTag(text: string): boolean {
  return /\{[{%#]/.test(text);
}

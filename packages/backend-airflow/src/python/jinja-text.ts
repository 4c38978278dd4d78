/**
 * Airflow renders every string of an operator's templated fields with Jinja, and the DAG file
 * joins a user's literal text with Jinja tags of its own (references, `{{ ti.task_id }}` …) and
 * with text escaped at run time (`couler_escape`). The literal must come out of that rendering
 * unchanged, whatever comes before or after it.
 *
 * Why this is enough: Airflow's environment uses Jinja's default delimiters, with line statements
 * and line comments off (the DAG sets only `keep_trailing_newline` in `jinja_environment_kwargs`
 * and never `render_template_as_native_obj`). Jinja's lexer copies template data as it is until
 * the first `{{`, `{%` or `{#`; `}`, `%}`, `#}` and `-` mean nothing outside a tag. So a `{` is
 * written as the expression `{{ '{' }}` (which renders as `{`) unless the next character of the
 * same text is known and is not `{`, `%`, `#` or a carriage return. A `{` at the end of the text
 * is escaped too: the next piece may be a tag (`concat('abc{', p)` would otherwise give
 * `abc{{{ … }}`, which Jinja cannot parse). Every raw `{` left is then followed by a raw
 * character that opens no tag, so every tag in the rendered string is one the compiler wrote.
 * Jinja also reads `\r\n` and `\r` in template data as `\n`, so a carriage return is written as
 * the expression `{{ '\r' }}`. (`keep_trailing_newline` keeps a final newline.)
 * `{% raw %}` is not used: its text cannot contain `{% endraw %}`, and it needs the same care at
 * its edges.
 */
export const JINJA_OPEN_BRACE = "{{ '{' }}";
export const JINJA_CARRIAGE_RETURN = "{{ '\\r' }}";

export function escapeJinjaText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const next = text[index + 1];
    // A carriage return is escaped with a tag too, so the brace before it must not stay raw.
    if (character === '{' && (next === undefined || next === '{' || next === '%' || next === '#' || next === '\r')) out += JINJA_OPEN_BRACE;
    else if (character === '\r') out += JINJA_CARRIAGE_RETURN;
    else out += character;
  }
  return out;
}

/** Whether `text` holds anything Jinja would read as a tag. */
export function hasJinjaTag(text: string): boolean {
  return /\{[{%#]/.test(text);
}

import { unsupported } from './unsupported';

/**
 * Argo substitutes `{{…}}` tags in almost every string of a template — `{{inputs.parameters.x}}`
 * is replaced, `{{=expr}}` evaluated — and has no escape character. Worse, it reads a leaf
 * template twice when it runs it (`SubstituteParams`: globals first, then inputs; what the first
 * pass wrote is read again by the second), so an escape that yields `{{` in the first pass would
 * hand the user's text to the second.
 *
 * The escape is therefore an expression tag that can only be evaluated in the second pass: it
 * reads `inputs.parameters`, which Argo defines (for every template) only then. In the first
 * pass the name is unknown and the tag is kept as it is; in the second it writes `{{`, and what
 * a tag writes is never read again. Needs Argo's expression templates (on unless the controller
 * sets `EXPRESSION_TEMPLATES=false`). The `\u007b` escapes keep braces out of the tag's text.
 */

/** An empty string Argo can only compute in its last pass over a leaf template. */
export const LATE_PASS = 'string(inputs.parameters)[0:0]';

export const ESCAPED_OPEN_BRACES = `{{='\\u007b\\u007b' + ${LATE_PASS}}}`;

/** A lone `{` written right before a tag of ours, where it would join the tag's braces. */
export const ESCAPED_OPEN_BRACE = `{{='\\u007b' + ${LATE_PASS}}}`;

/**
 * A leaf template with a `retryStrategy` is substituted once more for each attempt, with
 * `retries` known (operator.go, executeTemplate): what a late tag wrote in the first call —
 * a `{{` of the escape, user text from `toJson` — would be read again there. In such a
 * template every late tag also waits for `retries`, which Argo defines only in that call (a
 * tag naming a missing `retries` is kept as it is).
 */
const RETRIED_TAIL = ` + ${LATE_PASS} + string(retries)[0:0]`;

function waitForRetries(text: string): string {
  // Every `{{` in a compiled template opens a tag of ours (user text has none left), and our
  // tags hold no `}}` but their end: so each `{{ … }}` here is one tag, never user text.
  let out = '';
  let from = 0;
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', from)) {
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    const body = text.slice(open + 2, close);
    out += `${text.slice(from, open)}{{${body.endsWith(` + ${LATE_PASS}`) ? `${body.slice(0, -(LATE_PASS.length + 3))}${RETRIED_TAIL}` : body}}}`;
    from = close + 2;
  }
  return out + text.slice(from);
}

/** The template with every late tag made to wait for the retry pass (see `waitForRetries`). */
export function escapeForRetriedTemplate<T>(template: T): T {
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes(LATE_PASS) ? waitForRetries(value) : value;
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, rewrite(field)]));
    return value;
  };
  return rewrite(template) as T;
}

/**
 * Escapes literal text for a field of a leaf template (container, script, resource, suspend).
 * `followedByTag` says that a `{{…}}` tag of ours comes right after this text (a literal joined
 * with a reference): a trailing `{` is then escaped too.
 */
export function escapeTemplateText(text: string, followedByTag = false): string {
  if (!text.includes('{')) return text;
  let escaped = text.replaceAll('{{', ESCAPED_OPEN_BRACES);
  if (followedByTag && escaped.endsWith('{') && !escaped.endsWith(ESCAPED_OPEN_BRACES)) escaped = `${escaped.slice(0, -1)}${ESCAPED_OPEN_BRACE}`;
  return escaped;
}

/**
 * Literal text in a DAG task (a map item, the value of a declared input) or a workflow
 * parameter's default goes through several of Argo's passes with different names known — one of
 * them strict — before it reaches a container, and no escape survives all of them. Text with a
 * `{{` there is refused instead of silently turning into a tag.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the field.
 */
export function refuseTemplateText(text: string, where: { what: string; path: ReadonlyArray<string | number>; stepName?: string; followedByTag?: boolean }): string {
  if (text.includes('{{') || (where.followedByTag && text.endsWith('{'))) {
    throw unsupported('template-text', `${where.what} holding "{{", which Argo would read as a template tag: ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)}`, {
      path: where.path,
      ...(where.stepName !== undefined && { stepName: where.stepName }),
      hint: 'Write the text into the step itself (its command, arguments, env or script, where Couler can escape it), or pass it in a file.',
    });
  }
  return text;
}

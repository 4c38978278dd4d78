/**
 * Finds Argo's `{{…}}` tags in a string the way Argo does (fasttemplate with `{{`/`}}`: a tag
 * runs from `{{` to the first `}}` after it) and the variables each one reads.
 */
export interface TemplateTag {
  /** `simple` (`{{inputs.parameters.x}}`) or `expression` (`{{=expr}}`). */
  readonly kind: 'simple' | 'expression';
  /** The text between the braces, without the `=` of an expression. */
  readonly body: string;
}

export function findTemplateTags(text: string): TemplateTag[] {
  const tags: TemplateTag[] = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start === -1) return tags;
    const end = text.indexOf('}}', start + 2);
    if (end === -1) return tags;
    const body = text.slice(start + 2, end);
    tags.push(body.startsWith('=') ? { kind: 'expression', body: body.slice(1) } : { kind: 'simple', body: body.trim() });
    at = end + 2;
  }
}

/** Roots of the variables Argo provides; other identifiers in an expression are functions. */
const ROOTS = new Set(['tasks', 'steps', 'inputs', 'outputs', 'workflow', 'item', 'pod', 'retries', 'lastRetry', 'node']);

type Token = { type: 'ident'; value: string } | { type: 'string'; value: string } | { type: 'punct'; value: string };

function unescapeExprString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, sequence: string) => {
    if (sequence.startsWith('u') || sequence.startsWith('x')) return String.fromCharCode(Number.parseInt(sequence.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\u0007' } as Record<string, string>)[sequence] ?? sequence;
  });
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < expression.length) {
    const char = expression[index]!;
    if (/\s/.test(char)) {
      index++;
    } else if (char === "'" || char === '"' || char === '`') {
      let end = index + 1;
      while (end < expression.length && expression[end] !== char) end += expression[end] === '\\' ? 2 : 1;
      tokens.push({ type: 'string', value: unescapeExprString(expression.slice(index + 1, end)) });
      index = end + 1;
    } else if (/[A-Za-z_$]/.test(char)) {
      let end = index + 1;
      while (end < expression.length && /[A-Za-z0-9_$]/.test(expression[end]!)) end++;
      tokens.push({ type: 'ident', value: expression.slice(index, end) });
      index = end;
    } else {
      tokens.push({ type: 'punct', value: char });
      index++;
    }
  }
  return tokens;
}

/**
 * The variables an expr-lang expression reads, as dotted paths (`tasks['flip-coin'].outputs.result`
 * → `tasks.flip-coin.outputs.result`). Only Argo's roots are reported; function names are not.
 */
export function variablesOfExpression(expression: string): string[] {
  const tokens = tokenize(expression);
  const paths: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    if (token.type !== 'ident' || !ROOTS.has(token.value)) continue;
    if (previous?.type === 'punct' && previous.value === '.') continue;
    const parts = [token.value];
    let next = index + 1;
    for (;;) {
      const a = tokens[next];
      const b = tokens[next + 1];
      const c = tokens[next + 2];
      if (a?.type === 'punct' && a.value === '.' && b?.type === 'ident') {
        parts.push(b.value);
        next += 2;
      } else if (a?.type === 'punct' && a.value === '[' && b?.type === 'string' && c?.type === 'punct' && c.value === ']') {
        parts.push(b.value);
        next += 3;
      } else break;
    }
    paths.push(parts.join('.'));
    index = next - 1;
  }
  return paths;
}

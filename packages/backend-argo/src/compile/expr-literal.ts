/**
 * A string literal of expr-lang (the language of Argo's `{{=…}}` tags, `when` expressions after
 * substitution, `retryStrategy.expression`, `valueFrom.expression`). Single-quoted by default;
 * the quote, backslashes, control characters and braces are `\u` escapes, so the literal can
 * hold any text and never closes the `{{=…}}` tag around it (Argo ends a tag at the first `}}`).
 * Double quotes suit a literal that holds expr-lang text, whose own quotes are single.
 */
export function exprString(text: string, quote: "'" | '"' = "'"): string {
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\' || char === '{' || char === '}' || code < 0x20 || code === 0x7f || (code >= 0x2028 && code <= 0x2029)) {
      out += code > 0xffff ? char : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}${quote}`;
}

/**
 * Argo's last step for `when`: after substitution, the text is a govaluate expression in which
 * bare words are strings (`heads == heads`), numbers compare as numbers and `true`/`false` are
 * booleans (`workflow/controller/operator.go`, `shouldExecute`). A small evaluator of that.
 */
export class WhenError extends Error {}

type Token = { kind: 'value'; value: string | number | boolean } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|&&|\|\||<|>|!|\(|\))/.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', value: op[0] });
      index += op[0].length;
      continue;
    }
    const quoted = /^(['"])((?:\\.|(?!\1).)*)\1/.exec(rest);
    if (quoted) {
      tokens.push({ kind: 'value', value: quoted[2]!.replace(/\\(.)/g, '$1') });
      index += quoted[0].length;
      continue;
    }
    const number = /^-?[0-9]+(\.[0-9]+)?(?![A-Za-z0-9_.-])/.exec(rest);
    if (number) {
      tokens.push({ kind: 'value', value: Number(number[0]) });
      index += number[0].length;
      continue;
    }
    // govaluate reads `{` as the start of an operator it does not know: an unresolved `{{…}}`
    // is an error, unless it sits inside quotes.
    if (rest.startsWith('{') || rest.startsWith('}')) throw new WhenError(`Invalid token: '${rest.slice(0, 3)}' in when "${text}"`);
    const word = /^[^\s=!<>&|()'"]+/.exec(rest);
    if (!word) throw new WhenError(`Invalid token in when "${text}"`);
    tokens.push({ kind: 'value', value: word[0] === 'true' ? true : word[0] === 'false' ? false : word[0] });
    index += word[0].length;
  }
  return tokens;
}

export function evaluateWhen(text: string): boolean {
  const tokens = tokenize(text);
  let position = 0;
  const peekOp = (value: string) => tokens[position]?.kind === 'op' && tokens[position]!.value === value;
  const or = (): unknown => {
    let left = and();
    while (peekOp('||')) {
      position++;
      const right = and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peekOp('&&')) {
      position++;
      const right = comparison();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  };
  const comparison = (): unknown => {
    const left = unary();
    const token = tokens[position];
    if (token?.kind === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(token.value)) {
      position++;
      const right = unary();
      switch (token.value) {
        case '==':
          return left === right;
        case '!=':
          return left !== right;
        default:
          if (typeof left !== 'number' || typeof right !== 'number') throw new WhenError(`Cannot compare ${String(left)} ${token.value} ${String(right)}`);
          return token.value === '<' ? left < right : token.value === '>' ? left > right : token.value === '<=' ? left <= right : left >= right;
      }
    }
    return left;
  };
  const unary = (): unknown => {
    if (peekOp('!')) {
      position++;
      return !unary();
    }
    if (peekOp('(')) {
      position++;
      const inner = or();
      if (!peekOp(')')) throw new WhenError(`Missing ) in when "${text}"`);
      position++;
      return inner;
    }
    const token = tokens[position++];
    if (token?.kind !== 'value') throw new WhenError(`Unexpected token in when "${text}"`);
    return token.value;
  };
  const result = or();
  if (position < tokens.length) throw new WhenError(`Trailing tokens in when "${text}"`);
  if (typeof result !== 'boolean') throw new WhenError(`when "${text}" is not a boolean`);
  return result;
}

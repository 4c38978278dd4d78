/**
 * A small evaluator for the expr-lang subset Argo workflows use in `{{=…}}` tags, output
 * expressions and retry expressions — enough to run Argo's examples and this backend's output
 * in the test simulator: literals (strings with escapes, numbers, booleans, nil), member access
 * (`a.b`, `a['b']`), calls (`asInt`, `asFloat`, `string`, `toJson`, `sprig.sha256sum`, …),
 * arrays, `!`, unary `-`, `* / %`, `+ -`, comparisons, `matches`, `in`, `&&`/`and`, `||`/`or`,
 * `??`, `? :`, optional members (`a?.b`, `a?.['b']`) and predicates (`any(list, {# == 'a'})`). Unknown names throw, as expr-lang's compiler does.
 */
import { createHash } from 'node:crypto';

type Token = { type: 'number'; value: number } | { type: 'string'; value: string } | { type: 'name'; value: string } | { type: 'op'; value: string };

export class ExprError extends Error {}

function unescapeString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, sequence: string) => {
    if (sequence.startsWith('u') || sequence.startsWith('x')) return String.fromCharCode(Number.parseInt(sequence.slice(1), 16));
    if (/^[0-7]{3}$/.test(sequence)) return String.fromCharCode(Number.parseInt(sequence, 8));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\u0007' } as Record<string, string>)[sequence] ?? sequence;
  });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const ops = ['??', '==', '!=', '<=', '>=', '&&', '||', '?.', '(', ')', '[', ']', '{', '}', '#', ',', '.', '!', '<', '>', '+', '-', '*', '/', '%', '?', ':'];
  while (index < source.length) {
    const char = source[index]!;
    if (/\s/.test(char)) {
      index++;
    } else if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) throw new ExprError(`Unterminated string in ${source}`);
      tokens.push({ type: 'string', value: unescapeString(source.slice(index + 1, end)) });
      index = end + 1;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(source.slice(index))!;
      tokens.push({ type: 'number', value: Number(match[0]) });
      index += match[0].length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(index))!;
      tokens.push({ type: 'name', value: match[0] });
      index += match[0].length;
    } else {
      const op = ops.find((candidate) => source.startsWith(candidate, index));
      if (!op) throw new ExprError(`Unexpected "${char}" in ${source}`);
      tokens.push({ type: 'op', value: op });
      index += op.length;
    }
  }
  return tokens;
}

const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  asInt: (value) => {
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(number)) throw new ExprError(`asInt(${JSON.stringify(value)})`);
    return Math.trunc(number);
  },
  asFloat: (value) => {
    const number = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'string' && value.trim() === '') throw new ExprError('asFloat("")');
    if (Number.isNaN(number)) throw new ExprError(`asFloat(${JSON.stringify(value)})`);
    return number;
  },
  string: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  toJson: (value) => JSON.stringify(value),
  len: (value) => (value as { length: number }).length,
  // expr-lang builtins (v1.17 builtin/builtin.go, builtin/lib.go): JSON numbers decode as floats.
  fromJSON: (value) => {
    if (typeof value !== 'string') throw new ExprError(`fromJSON(${typeof value})`);
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      throw new ExprError(`fromJSON: ${String(error)}`);
    }
  },
  type: (value) => (value === null || value === undefined ? 'nil' : typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'float' : typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : 'map'),
  any: (list, predicate) => {
    if (!Array.isArray(list)) throw new ExprError(`any() over ${typeof list}`);
    return list.some((item) => Boolean((predicate as (item: unknown) => unknown)(item)));
  },
};

/** Sprig's functions take Go strings: expr-lang refuses to call one with anything else. */
function goString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new ExprError(`sprig.${name}(${typeof value})`);
  return value;
}

const SPRIG: Record<string, (...args: unknown[]) => unknown> = {
  sha256sum: (value) => createHash('sha256').update(String(value)).digest('hex'),
  b64enc: (value) => Buffer.from(goString('b64enc', value), 'utf8').toString('base64'),
  // Sprig answers the decoder's error text for input that is not base64.
  b64dec: (value) => {
    const text = goString('b64dec', value);
    if (!/^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return 'illegal base64 data at input byte 0';
    return Buffer.from(text, 'base64').toString('utf8');
  },
};

export function evaluateExpr(source: string, env: Record<string, unknown>): unknown {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => peek()?.type === 'op' && peek()!.value === value;
  const isName = (value: string) => peek()?.type === 'name' && peek()!.value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new ExprError(`Expected "${value}" in ${source}`);
    position++;
  };

  // Lazy evaluation: parse into closures so that ternaries and && / || short-circuit.
  type Node = () => unknown;
  const pointers: unknown[] = [];
  const ternary = (): Node => {
    const condition = coalesce();
    if (!isOp('?')) return condition;
    position++;
    const yes = ternary();
    expect(':');
    const no = ternary();
    return () => (condition() ? yes() : no());
  };
  const coalesce = (): Node => {
    let left = or();
    while (isOp('??')) {
      position++;
      const right = or();
      const inner = left;
      // A missing member reads as nil here; an unknown name is a compile error `??` never sees.
      left = () => {
        try {
          const value = inner();
          return value ?? right();
        } catch (error) {
          if (error instanceof ExprError && /^unknown name: (?!no member)/.test(error.message)) throw error;
          return right();
        }
      };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (isOp('||') || isName('or')) {
      position++;
      const right = and();
      const inner = left;
      left = () => Boolean(inner()) || Boolean(right());
    }
    return left;
  };
  const and = (): Node => {
    let left = comparison();
    while (isOp('&&') || isName('and')) {
      position++;
      const right = comparison();
      const inner = left;
      left = () => Boolean(inner()) && Boolean(right());
    }
    return left;
  };
  const comparison = (): Node => {
    let left = additive();
    for (;;) {
      const token = peek();
      const op = token?.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(token.value) ? token.value : token?.type === 'name' && (token.value === 'matches' || token.value === 'in') ? token.value : undefined;
      if (!op) return left;
      position++;
      const right = additive();
      const inner = left;
      left = () => compare(op, inner(), right());
    }
  };
  const additive = (): Node => {
    let left = multiplicative();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[position++] as { value: string }).value;
      const right = multiplicative();
      const inner = left;
      left = () => {
        const a = inner();
        const b = right();
        if (op === '+') {
          if (typeof a === 'string' && typeof b === 'string') return a + b;
          if (typeof a === 'number' && typeof b === 'number') return a + b;
          throw new ExprError(`invalid operation: ${typeof a} + ${typeof b}`);
        }
        return (a as number) - (b as number);
      };
    }
    return left;
  };
  const multiplicative = (): Node => {
    let left = unary();
    while (isOp('*') || isOp('/') || isOp('%')) {
      const op = (tokens[position++] as { value: string }).value;
      const right = unary();
      const inner = left;
      left = () => {
        const a = inner() as number;
        const b = right() as number;
        return op === '*' ? a * b : op === '/' ? a / b : a % b;
      };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp('!') || isName('not')) {
      position++;
      const operand = unary();
      return () => !operand();
    }
    if (isOp('-')) {
      position++;
      const operand = unary();
      return () => -(operand() as number);
    }
    return postfix();
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (isOp('?.') && tokens[position + 1]?.type === 'op' && (tokens[position + 1] as { value: string }).value === '[') {
        position += 2;
        const key = ternary();
        expect(']');
        const inner = node;
        node = () => member(inner(), key(), true);
      } else if (isOp('.') || isOp('?.')) {
        const optional = isOp('?.');
        position++;
        const name = tokens[position++];
        if (name?.type !== 'name') throw new ExprError(`Expected a name after "." in ${source}`);
        const inner = node;
        node = () => member(inner(), name.value, optional);
      } else if (isOp('[')) {
        position++;
        const from = isOp(':') ? () => 0 : ternary();
        if (isOp(':')) {
          position++;
          const to = isOp(']') ? undefined : ternary();
          expect(']');
          const inner = node;
          node = () => {
            const value = inner();
            if (typeof value !== 'string' && !Array.isArray(value)) throw new ExprError('cannot slice');
            const length = value.length;
            const clamp = (index: number) => Math.max(0, Math.min(length, index < 0 ? length + index : index));
            return value.slice(clamp(from() as number), to === undefined ? length : clamp(to() as number));
          };
        } else {
          expect(']');
          const inner = node;
          const key = from;
          node = () => member(inner(), key(), false);
        }
      } else if (isOp('(')) {
        position++;
        const args: Node[] = [];
        while (!isOp(')')) {
          args.push(ternary());
          if (isOp(',')) position++;
        }
        position++;
        const inner = node;
        node = () => {
          const fn = inner();
          if (typeof fn !== 'function') throw new ExprError(`Not a function in ${source}`);
          return (fn as (...values: unknown[]) => unknown)(...args.map((arg) => arg()));
        };
      } else return node;
    }
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (!token) throw new ExprError(`Unexpected end of ${source}`);
    if (token.type === 'number' || token.type === 'string') return () => token.value;
    if (token.type === 'name') {
      if (token.value === 'true') return () => true;
      if (token.value === 'false') return () => false;
      if (token.value === 'nil') return () => null;
      const name = token.value;
      return () => {
        if (name in env) return env[name];
        if (name in FUNCTIONS) return FUNCTIONS[name];
        if (name === 'sprig') return SPRIG;
        throw new ExprError(`unknown name: ${name}`);
      };
    }
    if (token.value === '(') {
      const inner = ternary();
      expect(')');
      return inner;
    }
    if (token.value === '{') {
      // A predicate closure (`{# == 'a'}`): `#` is the element it is called with.
      const body = ternary();
      expect('}');
      return () => (element: unknown) => {
        pointers.push(element);
        try {
          return body();
        } finally {
          pointers.pop();
        }
      };
    }
    if (token.value === '#') return () => pointers[pointers.length - 1];
    if (token.value === '[') {
      const items: Node[] = [];
      while (!isOp(']')) {
        items.push(ternary());
        if (isOp(',')) position++;
      }
      position++;
      return () => items.map((item) => item());
    }
    throw new ExprError(`Unexpected "${token.value}" in ${source}`);
  };
  const root = ternary();
  if (position < tokens.length) throw new ExprError(`Unexpected "${JSON.stringify(tokens[position])}" in ${source}`);
  return root();
}

function member(object: unknown, key: unknown, optional: boolean): unknown {
  if (object === null || object === undefined) {
    if (optional) return null;
    throw new ExprError(`cannot fetch ${String(key)} from nil`);
  }
  const record = object as Record<string, unknown>;
  if (!(String(key) in record)) {
    if (optional) return null;
    throw new ExprError(`unknown name: no member ${String(key)}`);
  }
  return record[String(key)];
}

function compare(op: string, a: unknown, b: unknown): boolean {
  switch (op) {
    case '==':
      return (a ?? null) === (b ?? null);
    case '!=':
      return (a ?? null) !== (b ?? null);
    case 'in':
      if (!Array.isArray(b)) throw new ExprError(`invalid operation: in ${typeof b}`);
      return b.some((item) => item === a);
    case 'matches':
      return new RegExp(String(b).replace(/^\(\?i\)/, ''), String(b).startsWith('(?i)') ? 'i' : '').test(String(a));
    default: {
      if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) throw new ExprError(`invalid operation: ${typeof a} ${op} ${typeof b}`);
      const x = a as number | string;
      const y = b as number | string;
      return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
    }
  }
}

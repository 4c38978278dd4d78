import { CoulerError } from '../errors/couler-error';

/**
 * Argo's enhanced `depends` syntax, e.g. `(a.Succeeded || b.Failed) && !c.Skipped`. Parsed here
 * once so that every backend (and the local engine, which evaluates it) agrees on its meaning.
 * A bare task name means `name.Succeeded || name.Skipped || name.Daemoned`, as in Argo.
 */
export const TASK_RESULTS = [
  'Succeeded',
  'Failed',
  'Errored',
  'Skipped',
  'Omitted',
  'Daemoned',
  'AnySucceeded',
  'AllFailed',
] as const;
export type TaskResult = (typeof TASK_RESULTS)[number];

export type DependsExpression =
  | { type: 'task'; step: string; result?: TaskResult }
  | { type: 'not'; operand: DependsExpression }
  | { type: 'and' | 'or'; left: DependsExpression; right: DependsExpression };

const TOKEN = /\s*(\(|\)|&&|\|\||!|[A-Za-z0-9_][A-Za-z0-9_-]*(?:\.[A-Za-z]+)?)/y;
const TRAILING_SPACE = /\s*$/y;
const MAX_NESTING = 100;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    // Sticky, not `slice`: a join over thousands of steps stays linear.
    TRAILING_SPACE.lastIndex = at;
    if (TRAILING_SPACE.test(source)) break;
    const match = TOKEN.exec(source);
    if (!match) {
      throw new CoulerError(
        'INVALID_DEPENDS_EXPRESSION',
        `Unexpected character "${source.slice(at).trimStart()[0]}" in depends expression "${source}".`,
        { hint: 'Use step names with .Succeeded/.Failed/… joined by &&, || and !, with parentheses.' },
      );
    }
    tokens.push(match[1]!);
  }
  return tokens;
}

/** Parses a depends expression; throws INVALID_DEPENDS_EXPRESSION saying what is wrong. */
export function parseDependsExpression(source: string): DependsExpression {
  const tokens = tokenize(source);
  let position = 0;
  const fail = (message: string): never => {
    throw new CoulerError('INVALID_DEPENDS_EXPRESSION', `${message} in depends expression "${source}".`, {
      hint: 'Example: "train.Succeeded && (eval-a || eval-b.Failed)".',
    });
  };
  const parseOr = (): DependsExpression => {
    let left = parseAnd();
    while (tokens[position] === '||') {
      position++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): DependsExpression => {
    let left = parseUnary();
    while (tokens[position] === '&&') {
      position++;
      left = { type: 'and', left, right: parseUnary() };
    }
    return left;
  };
  // `!` and `(` recurse; a bound keeps a hostile expression from overflowing the stack.
  let depth = 0;
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_NESTING) fail(`Nested more than ${MAX_NESTING} deep`);
    const result = parse();
    depth--;
    return result;
  };
  const parseUnary = (): DependsExpression => {
    const token = tokens[position++];
    if (token === undefined) return fail('Unexpected end');
    if (token === '!') return { type: 'not', operand: nested(parseUnary) };
    if (token === '(') {
      const inner = nested(parseOr);
      if (tokens[position++] !== ')') fail('Missing ")"');
      return inner;
    }
    if (token === ')' || token === '&&' || token === '||') return fail(`Unexpected "${token}"`);
    const [step, result] = token.split('.') as [string, string | undefined];
    if (result !== undefined && !(TASK_RESULTS as readonly string[]).includes(result)) {
      fail(`Unknown result "${result}" of "${step}" (use one of ${TASK_RESULTS.join(', ')})`);
    }
    return result === undefined ? { type: 'task', step } : { type: 'task', step, result: result as TaskResult };
  };
  const expression = parseOr();
  if (position < tokens.length) fail(`Unexpected "${tokens[position]}"`);
  return expression;
}

/** The step names an expression mentions, in order of appearance, without repeats. */
export function stepsOfDependsExpression(expression: DependsExpression): string[] {
  const names = new Set<string>();
  // An explicit stack: a join over thousands of steps parses to a tree thousands deep.
  const pending: DependsExpression[] = [expression];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'task') names.add(node.step);
    else if (node.type === 'not') pending.push(node.operand);
    else pending.push(node.right, node.left);
  }
  return [...names];
}

/**
 * A tiny tree of Python expressions and a printer that lays them out as Black would: on one line
 * when it fits in 88 columns, else one argument, item or entry per line with a trailing comma.
 */
export type PythonExpression =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'call'; readonly callee: string; readonly args: ReadonlyArray<PythonExpression>; readonly keywords: ReadonlyArray<readonly [string, PythonExpression]> }
  | { readonly kind: 'list'; readonly items: ReadonlyArray<PythonExpression> }
  | { readonly kind: 'dict'; readonly entries: ReadonlyArray<readonly [PythonExpression, PythonExpression]> };

export const LINE_LENGTH = 88;
const INDENT = '    ';

export const code = (text: string): PythonExpression => ({ kind: 'code', code: text });
export const list = (items: ReadonlyArray<PythonExpression>): PythonExpression => ({ kind: 'list', items });
export const dict = (entries: ReadonlyArray<readonly [PythonExpression, PythonExpression]>): PythonExpression => ({ kind: 'dict', entries });

/** A call; keywords whose value is `undefined` are left out, in the order given. */
export function call(
  callee: string,
  args: ReadonlyArray<PythonExpression> = [],
  keywords: ReadonlyArray<readonly [string, PythonExpression | undefined]> = [],
): PythonExpression {
  return { kind: 'call', callee, args, keywords: keywords.filter((entry): entry is [string, PythonExpression] => entry[1] !== undefined) };
}

/** The expression on one line. */
export function flatExpression(expression: PythonExpression): string {
  return flat(expression);
}

function flat(expression: PythonExpression): string {
  switch (expression.kind) {
    case 'code':
      return expression.code;
    case 'list':
      return `[${expression.items.map(flat).join(', ')}]`;
    case 'dict':
      return `{${expression.entries.map(([key, value]) => `${flat(key)}: ${flat(value)}`).join(', ')}}`;
    case 'call':
      return `${expression.callee}(${[...expression.args.map(flat), ...expression.keywords.map(([name, value]) => `${name}=${flat(value)}`)].join(', ')})`;
  }
}

function parts(expression: PythonExpression): { open: string; close: string; children: Array<{ prefix: string; value: PythonExpression }> } | undefined {
  switch (expression.kind) {
    case 'code':
      return undefined;
    case 'list':
      return { open: '[', close: ']', children: expression.items.map((value) => ({ prefix: '', value })) };
    case 'dict':
      return { open: '{', close: '}', children: expression.entries.map(([key, value]) => ({ prefix: `${flat(key)}: `, value })) };
    case 'call':
      return {
        open: `${expression.callee}(`,
        close: ')',
        children: [...expression.args.map((value) => ({ prefix: '', value })), ...expression.keywords.map(([name, value]) => ({ prefix: `${name}=`, value }))],
      };
  }
}

/**
 * The expression as text starting at column `indent * 4` after `lead` (e.g. `name = `) and
 * followed by `tail` (e.g. `,`). Lines after the first are indented; no trailing newline.
 */
export function printExpression(expression: PythonExpression, indent = 0, lead = '', tail = ''): string {
  const pad = INDENT.repeat(indent);
  const oneLine = `${pad}${lead}${flat(expression)}${tail}`;
  const layout = parts(expression);
  if (oneLine.length <= LINE_LENGTH || layout === undefined || layout.children.length === 0) return oneLine;
  const inner = layout.children.map(({ prefix, value }) => printExpression(value, indent + 1, prefix, ','));
  return [`${pad}${lead}${layout.open}`, ...inner, `${pad}${layout.close}${tail}`].join('\n');
}

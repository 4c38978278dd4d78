/**
 * The part of Argo's expression language (expr) that a data step's transformations are written
 * in, as a syntax tree: expressions over `data` (the list so far) and, inside a closure, `#` (the
 * element at hand). Types are checked when the expression is evaluated, as expr does for `any`.
 */

export type DataBinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'contains' | 'startsWith' | 'endsWith' | '+' | '-' | '*' | '/' | '%';

/** expr's builtins that the local engine evaluates, by name: how many arguments, and which is a closure. */
export const DATA_FUNCTIONS = {
  filter: { arity: 2, closure: 1 },
  map: { arity: 2, closure: 1 },
  all: { arity: 2, closure: 1 },
  any: { arity: 2, closure: 1 },
  none: { arity: 2, closure: 1 },
  one: { arity: 2, closure: 1 },
  count: { arity: 2, closure: 1 },
  len: { arity: 1 },
  first: { arity: 1 },
  last: { arity: 1 },
  sort: { arity: 1 },
  lower: { arity: 1 },
  upper: { arity: 1 },
  trim: { arity: 1 },
  string: { arity: 1 },
  trimPrefix: { arity: 2 },
  trimSuffix: { arity: 2 },
  split: { arity: 2 },
  join: { arity: 2 },
  replace: { arity: 3 },
} as const satisfies Record<string, { arity: number; closure?: number }>;
export type DataFunction = keyof typeof DATA_FUNCTIONS;

interface NodeBase {
  /** Offset of the node's first character in the expression. */
  readonly position: number;
}

export type DataNode =
  | (NodeBase & { readonly kind: 'literal'; readonly value: number | string | boolean | null })
  | (NodeBase & { readonly kind: 'list'; readonly items: ReadonlyArray<DataNode> })
  | (NodeBase & { readonly kind: 'data' })
  | (NodeBase & { readonly kind: 'element' })
  | (NodeBase & { readonly kind: 'index'; readonly target: DataNode; readonly index: DataNode })
  | (NodeBase & { readonly kind: 'slice'; readonly target: DataNode; readonly from?: DataNode; readonly to?: DataNode })
  | (NodeBase & { readonly kind: 'unary'; readonly operator: '!' | '-'; readonly operand: DataNode })
  | (NodeBase & { readonly kind: 'binary'; readonly operator: DataBinaryOperator; readonly left: DataNode; readonly right: DataNode })
  | (NodeBase & { readonly kind: 'call'; readonly name: DataFunction; readonly args: ReadonlyArray<DataNode> });

/** What the evaluator understands, for hints. */
export const DATA_SUPPORTED_SUMMARY =
  'The local engine evaluates data, # inside a closure ({…}), strings, numbers, lists, true, false, nil, == != < <= > >=, && || !, and or not, in, contains, startsWith, endsWith, + - * / %, indexes and slices ([i], [a:b]), .field, and the builtins ' +
  `${Object.keys(DATA_FUNCTIONS).join(', ')}.`;

/**
 * The part of Argo's expression language (expr) that http `successCondition`s are written in,
 * as a typed syntax tree. Types are known before the request is sent, so that a condition that
 * could never hold (`response.statusCode == "200"`) is refused at submit time, not after a call.
 */

/** What a sub-expression evaluates to, as far as is known before the request. */
export type ConditionType =
  | 'number'
  | 'string'
  | 'bool'
  | 'nil'
  | 'list'
  /** `response.headers["X"]`: every value of one header, as Go's `http.Header` holds them. */
  | 'header-values'
  /** `response.headers`: header name (canonical, `Content-Type`) → values. */
  | 'headers'
  | 'response'
  | 'request'
  | 'unknown';

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type BinaryOperator = ComparisonOperator | '&&' | '||' | 'in' | 'not in' | 'contains' | 'startsWith' | 'endsWith';

interface NodeBase {
  /** Offset of the node's first character in the condition text. */
  readonly position: number;
  readonly type: ConditionType;
}

export type ConditionNode =
  | (NodeBase & { readonly kind: 'literal'; readonly value: number | string | boolean | null })
  | (NodeBase & { readonly kind: 'list'; readonly items: ReadonlyArray<ConditionNode> })
  | (NodeBase & { readonly kind: 'name'; readonly name: 'response' | 'request' })
  | (NodeBase & { readonly kind: 'index'; readonly target: ConditionNode; readonly index: ConditionNode })
  | (NodeBase & { readonly kind: 'not'; readonly operand: ConditionNode })
  | (NodeBase & { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: ConditionNode; readonly right: ConditionNode });

/** The fields of the two names a condition can read, as Argo's agent fills them in. */
export const CONDITION_FIELDS: Readonly<Record<'response' | 'request', Readonly<Record<string, ConditionType>>>> = {
  response: { statusCode: 'number', body: 'string', headers: 'headers' },
  request: { method: 'string', url: 'string', body: 'string', headers: 'headers' },
};

/**
 * Why a condition cannot be used: `syntax` is text expr would refuse too (or a name that does
 * not exist); `unsupported` is valid expr this evaluator does not implement; `type` is a
 * condition that could never be true, or would fail, whatever the server answers.
 */
export class SuccessConditionError extends Error {
  override readonly name = 'SuccessConditionError';
  constructor(
    message: string,
    readonly position: number,
    readonly reason: 'syntax' | 'unsupported' | 'type',
    readonly hint?: string,
  ) {
    super(message);
  }
}

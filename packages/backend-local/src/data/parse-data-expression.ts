import { describeToken, ExprCursor } from '../expr/expr-cursor';
import { didYouMean } from '@couler/ir';
import { SuccessConditionError as ExprError } from '../http/success-condition-syntax';
import { tokenizeExpr, type ConditionToken } from '../http/tokenize-condition';
import { DATA_FUNCTIONS, DATA_SUPPORTED_SUMMARY, type DataBinaryOperator, type DataFunction, type DataNode } from './data-expression-syntax';

const DIALECT = {
  symbols: ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '{', '}', ',', '.', '#', '+', '-', '*', '/', '%', ':'],
  unsupported: ['??', '?.', '..', '**', '^', '?', '|', '|>'],
  where: 'a data transformation',
  summary: DATA_SUPPORTED_SUMMARY,
};

/** Binary operators by precedence, loosest first, as in expr. */
const LEVELS: ReadonlyArray<ReadonlyArray<string>> = [
  ['||', 'or'],
  ['&&', 'and'],
  ['==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'contains', 'startsWith', 'endsWith'],
  ['+', '-'],
  ['*', '/', '%'],
];
const SPELLINGS: Readonly<Record<string, DataBinaryOperator>> = { or: '||', and: '&&' };
/** Valid expr this evaluator does not implement. */
const UNSUPPORTED_WORDS = new Set(['matches', 'let', 'if', 'else', 'reduce', 'groupBy', 'sortBy', 'findIndex', 'find', 'keys', 'values', 'now', 'date', 'duration', 'fromJSON', 'toJSON', 'int', 'float', 'abs', 'max', 'min', 'uniq', 'flatten', 'reverse', 'indexOf', 'repeat', 'get']);

class DataExpressionParser extends ExprCursor<DataBinaryOperator> {
  /** How deep in closures the cursor is: `#` exists only inside one. */
  private closures = 0;

  constructor(tokens: ReadonlyArray<ConditionToken>) {
    super(tokens, LEVELS, SPELLINGS, 'expression');
  }

  parse(): DataNode {
    const node = this.binary(0);
    const next = this.peek();
    if (next.kind !== 'end') throw new ExprError(`Expected an operator or the end of the expression, found "${next.text}".`, next.position, 'syntax');
    return node;
  }



  private isSymbol(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'symbol' && token.value === value;
  }



  private binary(level: number): DataNode {
    if (level === this.levels.length) return this.unary();
    let left = this.binary(level + 1);
    for (let found = this.operatorAt(level); found; found = this.operatorAt(level)) {
      this.index += found.width;
      if (this.peek().kind === 'end') throw new ExprError(`Expected a value after "${found.operator}".`, this.peek().position, 'syntax');
      const right = this.binary(level + 1);
      left = { kind: 'binary', operator: found.operator, left, right, position: left.position };
    }
    const next = this.peek();
    if (next.kind === 'word' && UNSUPPORTED_WORDS.has(next.value)) throw unsupportedWord(next);
    return left;
  }

  private unary(): DataNode {
    const token = this.peek();
    if ((token.kind === 'symbol' && (token.value === '!' || token.value === '-')) || (token.kind === 'word' && token.value === 'not')) {
      this.index++;
      return { kind: 'unary', operator: token.value === '-' ? '-' : '!', operand: this.unary(), position: token.position };
    }
    return this.postfix(this.primary());
  }

  private postfix(start: DataNode): DataNode {
    let node = start;
    for (;;) {
      if (this.isSymbol('.')) {
        this.index++;
        const field = this.take();
        if (field.kind !== 'word') throw new ExprError(`Expected a field name after ".", found ${describeToken(field, 'expression')}.`, field.position, 'syntax');
        node = { kind: 'index', target: node, index: { kind: 'literal', value: field.value, position: field.position }, position: node.position };
      } else if (this.isSymbol('[')) {
        this.index++;
        node = this.indexOrSlice(node);
      } else if (this.isSymbol('(')) {
        throw new ExprError('Only builtins can be called here, by name.', this.peek().position, 'syntax');
      } else {
        return node;
      }
    }
  }

  private indexOrSlice(target: DataNode): DataNode {
    const from = this.isSymbol(':') ? undefined : this.binary(0);
    if (!this.isSymbol(':')) {
      this.expect(']', 'to close the index');
      return { kind: 'index', target, index: from!, position: target.position };
    }
    this.index++;
    const to = this.isSymbol(']') ? undefined : this.binary(0);
    this.expect(']', 'to close the slice');
    return { kind: 'slice', target, ...(from && { from }), ...(to && { to }), position: target.position };
  }

  private primary(): DataNode {
    const token = this.take();
    const at = token.position;
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.value, position: at };
      case 'string':
        return { kind: 'literal', value: token.value, position: at };
      case 'word':
        return this.word(token);
      case 'symbol':
        if (token.value === '(') {
          const inner = this.binary(0);
          this.expect(')', 'to close the parenthesis');
          return inner;
        }
        if (token.value === '[') return this.list(at);
        if (token.value === '#') {
          if (this.closures === 0) throw new ExprError('"#" is the element at hand, and exists only inside a closure such as filter(data, {# endsWith ".csv"}).', at, 'syntax');
          if (this.peek().kind === 'word' && this.peek().position === at + 1) throw new ExprError(`The local engine does not evaluate "#${this.peek().text}" in a data transformation.`, at, 'unsupported', DATA_SUPPORTED_SUMMARY);
          return { kind: 'element', position: at };
        }
        if (token.value === '{') throw new ExprError('The local engine does not evaluate map literals ({key: value}) in a data transformation; a closure ({…}) goes only in a builtin such as filter or map.', at, 'unsupported', DATA_SUPPORTED_SUMMARY);
        throw new ExprError(`Expected a value, found "${token.value}".`, at, 'syntax');
      case 'end':
        throw new ExprError('Expected a value, found the end of the expression.', at, 'syntax');
    }
  }

  private word(token: ConditionToken): DataNode {
    const at = token.position;
    const name = token.value as string;
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', position: at };
    if (name === 'nil') return { kind: 'literal', value: null, position: at };
    if (name === 'data') return { kind: 'data', position: at };
    if (UNSUPPORTED_WORDS.has(name)) throw unsupportedWord(token);
    if (!Object.hasOwn(DATA_FUNCTIONS, name)) {
      throw new ExprError(`"${name}" is not a name a data transformation can read.${didYouMean(name, ['data', ...Object.keys(DATA_FUNCTIONS)])}`, at, 'syntax', 'It reads data (the list so far), # inside a closure, and builtins.');
    }
    if (!this.isSymbol('(')) throw new ExprError(`${name} is a builtin; call it: ${name}(…).`, at, 'syntax');
    this.index++;
    return this.call(name as DataFunction, at);
  }

  private call(name: DataFunction, at: number): DataNode {
    const signature: { arity: number; closure?: number } = DATA_FUNCTIONS[name];
    const args: DataNode[] = [];
    while (!this.isSymbol(')')) {
      if (args.length > 0) this.expect(',', `between the arguments of ${name}()`);
      args.push(args.length === signature.closure ? this.closure() : this.binary(0));
    }
    this.index++;
    if (args.length !== signature.arity) throw new ExprError(`${name}() takes ${signature.arity} argument${signature.arity === 1 ? '' : 's'}, and got ${args.length}.`, at, 'syntax');
    return { kind: 'call', name, args, position: at };
  }

  /** A closure: `{ … }`, or as expr also allows, a bare expression over `#`. */
  private closure(): DataNode {
    this.closures++;
    try {
      if (!this.isSymbol('{')) return this.binary(0);
      this.index++;
      const body = this.binary(0);
      this.expect('}', 'to close the closure');
      return body;
    } finally {
      this.closures--;
    }
  }

  private list(at: number): DataNode {
    const items: DataNode[] = [];
    while (!this.isSymbol(']')) {
      if (items.length > 0) this.expect(',', 'in the list');
      items.push(this.binary(0));
    }
    this.index++;
    return { kind: 'list', items, position: at };
  }
}


function unsupportedWord(token: ConditionToken): ExprError {
  return new ExprError(`The local engine does not evaluate "${token.value}" in a data transformation.`, token.position, 'unsupported', DATA_SUPPORTED_SUMMARY);
}

/**
 * Parses one transformation of a data step.
 *
 * @throws SuccessConditionError (the local engine's expr error) with the offset of the problem:
 *   `syntax` for text expr would refuse too, `unsupported` for valid expr this evaluator lacks.
 */
export function parseDataExpression(text: string): DataNode {
  return new DataExpressionParser(tokenizeExpr(text, DIALECT)).parse();
}

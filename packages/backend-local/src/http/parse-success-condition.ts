import { describeToken, ExprCursor } from '../expr/expr-cursor';
import { didYouMean } from '@couler/ir';
import { CONDITION_FIELDS, SuccessConditionError, type BinaryOperator, type ConditionNode, type ConditionType } from './success-condition-syntax';
import { SUPPORTED_SUMMARY, tokenizeCondition, type ConditionToken } from './tokenize-condition';

/** Binary operators by precedence, loosest first, as in expr (`or` 10, `and` 15, comparisons 20). */
const LEVELS: ReadonlyArray<ReadonlyArray<string>> = [
  ['||', 'or'],
  ['&&', 'and'],
  ['==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'contains', 'startsWith', 'endsWith'],
];
const SPELLINGS: Readonly<Record<string, BinaryOperator>> = { or: '||', and: '&&' };
/** Valid expr operators this evaluator does not implement. */
const UNSUPPORTED_WORDS = new Set(['matches', 'let', 'if', 'else']);
const TYPE_NAMES: Readonly<Record<ConditionType, string>> = {
  number: 'a number',
  string: 'a string',
  bool: 'true or false',
  nil: 'nil',
  list: 'a list',
  'header-values': 'the list of values of a header',
  headers: 'the map of headers',
  response: 'the response',
  request: 'the request',
  unknown: 'a value',
};

const isScalar = (type: ConditionType) => type === 'number' || type === 'string' || type === 'bool';
const fits = (type: ConditionType, wanted: ConditionType) => type === wanted || type === 'unknown';

class ConditionParser extends ExprCursor<BinaryOperator> {
  constructor(tokens: ReadonlyArray<ConditionToken>) {
    super(tokens, LEVELS, SPELLINGS, 'condition');
  }

  parse(): ConditionNode {
    const node = this.binary(0);
    const next = this.peek();
    if (next.kind !== 'end') throw new SuccessConditionError(`Expected an operator or the end of the condition, found "${next.text}".`, next.position, 'syntax');
    if (!fits(node.type, 'bool')) {
      throw new SuccessConditionError(`The condition is ${TYPE_NAMES[node.type]}, not true or false.`, node.position, 'type', 'Compare it with something, e.g. response.statusCode == 201.');
    }
    return node;
  }





  private binary(level: number): ConditionNode {
    if (level === this.levels.length) return this.unary();
    let left = this.binary(level + 1);
    for (let found = this.operatorAt(level); found; found = this.operatorAt(level)) {
      const at = this.peek().position;
      this.index += found.width;
      if (this.peek().kind === 'end') throw new SuccessConditionError(`Expected a value after "${found.operator}".`, this.peek().position, 'syntax');
      const right = this.binary(level + 1);
      left = { kind: 'binary', operator: found.operator, left, right, position: left.position, type: checkBinary(found.operator, left, right, at) };
    }
    const next = this.peek();
    if (next.kind === 'word' && UNSUPPORTED_WORDS.has(next.value)) {
      throw new SuccessConditionError(`The local engine does not evaluate "${next.value}" in a successCondition.`, next.position, 'unsupported', SUPPORTED_SUMMARY);
    }
    return left;
  }

  private unary(): ConditionNode {
    const token = this.peek();
    if ((token.kind === 'symbol' && token.value === '!') || (token.kind === 'word' && token.value === 'not')) {
      this.index++;
      // As in expr, `!` binds tighter than comparisons: `!a == b` is `(!a) == b`.
      const operand = this.unary();
      if (!fits(operand.type, 'bool')) {
        throw new SuccessConditionError(`"${token.value}" needs true or false, and this is ${TYPE_NAMES[operand.type]}.`, operand.position, 'type', `"${token.value}" binds tighter than comparisons: write ${token.value}(a == b).`);
      }
      return { kind: 'not', operand, position: token.position, type: 'bool' };
    }
    return this.postfix(this.primary());
  }

  private postfix(start: ConditionNode): ConditionNode {
    let node = start;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'symbol' && token.value === '.') {
        this.index++;
        const field = this.take();
        if (field.kind !== 'word') throw new SuccessConditionError(`Expected a field name after ".", found ${describeToken(field, 'condition')}.`, field.position, 'syntax');
        node = indexNode(node, { kind: 'literal', value: field.value, position: field.position, type: 'string' });
      } else if (token.kind === 'symbol' && token.value === '[') {
        this.index++;
        const index = this.binary(0);
        this.expect(']', 'to close the index');
        node = indexNode(node, index);
      } else if (token.kind === 'symbol' && token.value === '(') {
        throw new SuccessConditionError('The local engine does not call functions in a successCondition.', token.position, 'unsupported', SUPPORTED_SUMMARY);
      } else {
        return node;
      }
    }
  }

  private primary(): ConditionNode {
    const token = this.take();
    const at = token.position;
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.value, position: at, type: 'number' };
      case 'string':
        return { kind: 'literal', value: token.value, position: at, type: 'string' };
      case 'word': {
        if (token.value === 'true' || token.value === 'false') return { kind: 'literal', value: token.value === 'true', position: at, type: 'bool' };
        if (token.value === 'nil') return { kind: 'literal', value: null, position: at, type: 'nil' };
        if (token.value === 'response' || token.value === 'request') return { kind: 'name', name: token.value, position: at, type: token.value };
        if (this.peek().kind === 'symbol' && this.peek().value === '(') {
          throw new SuccessConditionError(`The local engine does not call functions such as ${token.value}() in a successCondition.`, at, 'unsupported', SUPPORTED_SUMMARY);
        }
        if (UNSUPPORTED_WORDS.has(token.value)) throw new SuccessConditionError(`The local engine does not evaluate "${token.value}" in a successCondition.`, at, 'unsupported', SUPPORTED_SUMMARY);
        throw new SuccessConditionError(`"${token.value}" is not a name a successCondition can read.${didYouMean(token.value, ['response', 'request'])}`, at, 'syntax', 'It reads response.statusCode, response.body, response.headers and request.');
      }
      case 'symbol': {
        if (token.value === '(') {
          const inner = this.binary(0);
          this.expect(')', 'to close the parenthesis');
          return inner;
        }
        if (token.value === '[') return this.list(at);
        throw new SuccessConditionError(`Expected a value, found "${token.value}".`, at, 'syntax');
      }
      case 'end':
        throw new SuccessConditionError('Expected a value, found the end of the condition.', at, 'syntax');
    }
  }

  private list(at: number): ConditionNode {
    const items: ConditionNode[] = [];
    if (this.peek().kind === 'symbol' && this.peek().value === ']') {
      this.index++;
      return { kind: 'list', items, position: at, type: 'list' };
    }
    for (;;) {
      items.push(this.binary(0));
      const next = this.take();
      if (next.kind === 'symbol' && next.value === ']') return { kind: 'list', items, position: at, type: 'list' };
      if (next.kind !== 'symbol' || next.value !== ',') throw new SuccessConditionError(`Expected "," or "]" in the list, found ${describeToken(next, 'condition')}.`, next.position, 'syntax');
    }
  }
}


/** `target[index]` (and `target.field`), typed by what the target is. */
function indexNode(target: ConditionNode, index: ConditionNode): ConditionNode {
  const base = { kind: 'index' as const, target, index, position: target.position };
  if (target.type === 'response' || target.type === 'request') {
    const fields = CONDITION_FIELDS[target.type];
    if (index.kind !== 'literal' || typeof index.value !== 'string') return { ...base, type: 'unknown' };
    const type = fields[index.value];
    if (type === undefined) {
      throw new SuccessConditionError(`The ${target.type} has no field "${index.value}".${didYouMean(index.value, Object.keys(fields))}`, index.position, 'syntax', `Its fields are ${Object.keys(fields).join(', ')}.`);
    }
    return { ...base, type };
  }
  if (target.type === 'headers') {
    if (!fits(index.type, 'string')) throw new SuccessConditionError(`Headers are found by name, and this is ${TYPE_NAMES[index.type]}.`, index.position, 'type');
    return { ...base, type: 'header-values' };
  }
  if (target.type === 'header-values' || target.type === 'list' || target.type === 'string') {
    if (!fits(index.type, 'number')) throw new SuccessConditionError(`A list is indexed by a number, and this is ${TYPE_NAMES[index.type]}.`, index.position, 'type');
    return { ...base, type: target.type === 'list' ? 'unknown' : 'string' };
  }
  if (target.type === 'unknown') return { ...base, type: 'unknown' };
  throw new SuccessConditionError(`${capitalize(TYPE_NAMES[target.type])} cannot be indexed.`, index.position, 'type');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The type of `left operator right`, or why it could never work. */
function checkBinary(operator: BinaryOperator, left: ConditionNode, right: ConditionNode, at: number): ConditionType {
  const fail = (message: string, hint?: string): never => {
    throw new SuccessConditionError(message, at, 'type', hint);
  };
  switch (operator) {
    case '&&':
    case '||':
      for (const side of [left, right]) if (!fits(side.type, 'bool')) fail(`"${operator}" joins true-or-false values, and one side is ${TYPE_NAMES[side.type]}.`);
      return 'bool';
    case '==':
    case '!=': {
      const headerSide = left.type === 'header-values' ? left : right.type === 'header-values' ? right : undefined;
      const other = headerSide === left ? right : left;
      if (headerSide && isScalar(other.type)) {
        fail(
          `A header is a list of values (as in Argo), so comparing it with ${TYPE_NAMES[other.type]} is never true.`,
          'Compare its first value, response.headers["Name"][0], or test membership with `"value" in response.headers["Name"]`.',
        );
      }
      if (isScalar(left.type) && isScalar(right.type) && left.type !== right.type) {
        fail(`This compares ${TYPE_NAMES[left.type]} with ${TYPE_NAMES[right.type]}, which expr never finds equal.`, left.type === 'number' || right.type === 'number' ? 'Write the number without quotes: response.statusCode == 201.' : undefined);
      }
      return 'bool';
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const comparable = (type: ConditionType) => type === 'number' || type === 'string' || type === 'unknown';
      if (!comparable(left.type) || !comparable(right.type) || (left.type !== 'unknown' && right.type !== 'unknown' && left.type !== right.type)) {
        fail(`"${operator}" compares two numbers or two strings, not ${TYPE_NAMES[left.type]} and ${TYPE_NAMES[right.type]}.`);
      }
      return 'bool';
    }
    case 'in':
    case 'not in':
      if (right.type === 'headers' && !fits(left.type, 'string')) fail(`"${operator}" looks a header up by name, and this is ${TYPE_NAMES[left.type]}.`);
      if (right.type === 'header-values' && !fits(left.type, 'string')) fail(`A header's values are strings, and this is ${TYPE_NAMES[left.type]}.`);
      if (!['list', 'header-values', 'headers', 'unknown', 'nil'].includes(right.type)) fail(`"${operator}" needs a list on its right, such as [200, 201], and this is ${TYPE_NAMES[right.type]}.`);
      return 'bool';
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      for (const side of [left, right]) {
        if (side.type === 'header-values') fail(`"${operator}" works on strings, and a header is a list of values (as in Argo).`, 'Use response.headers["Name"][0], or `"value" in response.headers["Name"]`.');
        if (!fits(side.type, 'string')) fail(`"${operator}" works on strings, and one side is ${TYPE_NAMES[side.type]}.`);
      }
      return 'bool';
  }
}

/**
 * Parses a `successCondition` and checks its types.
 *
 * @throws SuccessConditionError with the offset of the problem.
 */
export function parseSuccessCondition(text: string): ConditionNode {
  return new ConditionParser(tokenizeCondition(text)).parse();
}

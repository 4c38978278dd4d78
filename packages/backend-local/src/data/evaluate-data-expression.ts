import { compareValues, isRecord, type ExprValue } from '../expr/compare-values';
import type { DataBinaryOperator, DataNode } from './data-expression-syntax';

/** A JSON value, as a data step's list and what its transformations make of it. */
export type DataValue = ExprValue;

/** A transformation that failed on this list (an index out of range, a type expr would refuse …). */
export class DataEvaluationError extends Error {
  override readonly name = 'DataEvaluationError';
}

const show = (value: DataValue | undefined): string => (value === null || value === undefined ? 'nil' : JSON.stringify(value));
const fail = (message: string): never => {
  throw new DataEvaluationError(message);
};

function list(value: DataValue, where: string): ReadonlyArray<DataValue> {
  return Array.isArray(value) ? value : fail(`${where} needs a list, not ${show(value)}.`);
}

function text(value: DataValue, where: string): string {
  return typeof value === 'string' ? value : fail(`${where} needs a string, not ${show(value)}.`);
}

function number(value: DataValue, where: string): number {
  return typeof value === 'number' ? value : fail(`${where} needs a number, not ${show(value)}.`);
}

function bool(value: DataValue, where: string): boolean {
  return typeof value === 'boolean' ? value : fail(`${where} needs true or false, not ${show(value)}.`);
}

/** An index into a list, counted from the end when negative (as expr does). */
function position(index: number, length: number, where: string): number {
  if (!Number.isInteger(index)) fail(`${where} needs a whole number, not ${index}.`);
  const at = index < 0 ? length + index : index;
  if (at < 0 || at >= length) fail(`Index ${index} is out of range of a list of ${length}.`);
  return at;
}

function indexInto(target: DataValue, key: DataValue): DataValue {
  if (isRecord(target)) return Object.hasOwn(target, text(key, 'A map index')) ? target[key as string]! : null;
  const items = list(target, 'Indexing');
  return items[position(number(key, 'A list index'), items.length, 'A list index')]!;
}

function sliceOf(target: DataValue, from: DataValue | undefined, to: DataValue | undefined): DataValue {
  const items = list(target, 'A slice');
  const bound = (value: DataValue | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const index = number(value, 'A slice bound');
    return Math.min(Math.max(index < 0 ? items.length + index : index, 0), items.length);
  };
  return items.slice(bound(from, 0), bound(to, items.length));
}

function arithmetic(operator: '+' | '-' | '*' | '/' | '%', left: DataValue, right: DataValue): DataValue {
  if (operator === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
  if (operator === '+' && Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  const a = number(left, `"${operator}"`);
  const b = number(right, `"${operator}"`);
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? fail('Division by zero.') : a / b;
    case '%':
      return b === 0 ? fail('Modulo by zero.') : a % b;
  }
}

function binary(operator: DataBinaryOperator, left: DataValue, right: DataValue): DataValue {
  switch (operator) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(operator, left, right);
    case '&&':
    case '||':
      return fail(`"${operator}" is decided before its right side is evaluated.`);
    default:
      return compareValues(operator, left, right, fail);
  }
}

/** Strings and numbers in ascending order, as expr's sort; a mix is refused. */
function sorted(items: ReadonlyArray<DataValue>): DataValue {
  if (items.every((item) => typeof item === 'string')) return [...items].sort((a, b) => (compareValues('<', a, b, fail) ? -1 : a === b ? 0 : 1));
  if (items.every((item) => typeof item === 'number')) return [...items].sort((a, b) => (a as number) - (b as number));
  return fail('sort() sorts a list of strings or a list of numbers.');
}

class DataScope {
  constructor(
    readonly data: DataValue,
    /** The element of each enclosing closure, innermost last. */
    readonly elements: ReadonlyArray<DataValue> = [],
  ) {}

  with(element: DataValue): DataScope {
    return new DataScope(this.data, [...this.elements, element]);
  }
}

function call(node: Extract<DataNode, { kind: 'call' }>, scope: DataScope): DataValue {
  const [first, second, third] = node.args;
  const where = `${node.name}()`;
  const each = (predicate: DataNode) => (item: DataValue) => evaluate(predicate, scope.with(item));
  const test = (predicate: DataNode) => (item: DataValue) => bool(evaluate(predicate, scope.with(item)), `The closure of ${where}`);
  const arg = (argument: DataNode | undefined) => evaluate(argument!, scope);
  switch (node.name) {
    case 'filter':
      return list(arg(first), where).filter(test(second!));
    case 'map':
      return list(arg(first), where).map(each(second!));
    case 'all':
      return list(arg(first), where).every(test(second!));
    case 'any':
      return list(arg(first), where).some(test(second!));
    case 'none':
      return !list(arg(first), where).some(test(second!));
    case 'one':
      return list(arg(first), where).filter(test(second!)).length === 1;
    case 'count':
      return list(arg(first), where).filter(test(second!)).length;
    case 'len': {
      const value = arg(first);
      // Go's len of a string counts bytes.
      if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
      return isRecord(value) ? Object.keys(value).length : list(value, where).length;
    }
    case 'first':
      return list(arg(first), where)[0] ?? null;
    case 'last':
      return list(arg(first), where).at(-1) ?? null;
    case 'sort':
      return sorted(list(arg(first), where));
    case 'lower':
      return text(arg(first), where).toLowerCase();
    case 'upper':
      return text(arg(first), where).toUpperCase();
    case 'trim':
      return text(arg(first), where).trim();
    case 'string': {
      const value = arg(first);
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
    case 'trimPrefix': {
      const [value, prefix] = [text(arg(first), where), text(arg(second), where)];
      return value.startsWith(prefix) ? value.slice(prefix.length) : value;
    }
    case 'trimSuffix': {
      const [value, suffix] = [text(arg(first), where), text(arg(second), where)];
      return suffix !== '' && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value;
    }
    case 'split':
      return text(arg(first), where).split(text(arg(second), where));
    case 'join':
      return list(arg(first), where).map((item) => text(item, where)).join(text(arg(second), where));
    case 'replace':
      return text(arg(first), where).replaceAll(text(arg(second), where), text(arg(third), where));
  }
}

function evaluate(node: DataNode, scope: DataScope): DataValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluate(item, scope));
    case 'data':
      return scope.data;
    case 'element':
      return scope.elements.at(-1)!;
    case 'index':
      return indexInto(evaluate(node.target, scope), evaluate(node.index, scope));
    case 'slice':
      return sliceOf(evaluate(node.target, scope), node.from && evaluate(node.from, scope), node.to && evaluate(node.to, scope));
    case 'unary': {
      const operand = evaluate(node.operand, scope);
      return node.operator === '!' ? !bool(operand, '"!"') : -number(operand, '"-"');
    }
    case 'binary': {
      const left = evaluate(node.left, scope);
      if (node.operator === '&&') return bool(left, '"&&"') && bool(evaluate(node.right, scope), '"&&"');
      if (node.operator === '||') return bool(left, '"||"') || bool(evaluate(node.right, scope), '"||"');
      return binary(node.operator, left, evaluate(node.right, scope));
    }
    case 'call':
      return call(node, scope);
  }
}

/**
 * Evaluates one parsed transformation with `data` bound to the list so far.
 *
 * @throws DataEvaluationError when the expression fails on this list; the step then fails.
 */
export function evaluateDataExpression(expression: DataNode, data: DataValue): DataValue {
  return evaluate(expression, new DataScope(data));
}

/** A JSON value as expr sees it: what http conditions and data transformations compute with. */
export type ExprValue = number | string | boolean | null | ReadonlyArray<ExprValue> | { readonly [key: string]: ExprValue };

/** The operators expr answers true or false with, shared by every evaluator of the local engine. */
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'contains' | 'startsWith' | 'endsWith';

export const showValue = (value: ExprValue): string => (value === null ? 'nil' : JSON.stringify(value));

export function isRecord(value: ExprValue): value is { readonly [key: string]: ExprValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** expr's equality: same type and value; lists element by element, maps key by key; different types are never equal. */
export function equalValues(left: ExprValue, right: ExprValue): boolean {
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => equalValues(item, right[index]!));
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && equalValues(left[key]!, right[key]!));
  }
  return left === right;
}

/**
 * `left operator right`, as expr decides it.
 *
 * @param fail makes the evaluator's own error from a message (a comparison of a number with a
 *   string, `contains` on a list …); it must throw.
 */
export function compareValues(operator: ComparisonOperator, left: ExprValue, right: ExprValue, fail: (message: string) => never): boolean {
  const text = (value: ExprValue) => (typeof value === 'string' ? value : fail(`"${operator}" works on strings, not ${showValue(value)}.`));
  const order = () => {
    const same = (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
    if (!same) fail(`"${operator}" compares two numbers or two strings, not ${showValue(left)} and ${showValue(right)}.`);
    return left! < right! ? -1 : left! > right! ? 1 : 0;
  };
  const member = () => {
    if (right === null) return false;
    if (Array.isArray(right)) return right.some((item) => equalValues(item, left));
    if (isRecord(right)) return typeof left === 'string' && Object.hasOwn(right, left);
    return fail(`"in" needs a list or a map on its right, not ${showValue(right)}.`);
  };
  switch (operator) {
    case '==':
      return equalValues(left, right);
    case '!=':
      return !equalValues(left, right);
    case '<':
      return order() < 0;
    case '<=':
      return order() <= 0;
    case '>':
      return order() > 0;
    case '>=':
      return order() >= 0;
    case 'in':
      return member();
    case 'not in':
      return !member();
    case 'contains':
      return text(left).includes(text(right));
    case 'startsWith':
      return text(left).startsWith(text(right));
    case 'endsWith':
      return text(left).endsWith(text(right));
  }
}

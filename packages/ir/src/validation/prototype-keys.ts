import { CoulerError, formatPath } from '../errors/couler-error';
import { namedPath } from './structural-errors';

/**
 * A key named `__proto__` anywhere in a workflow (a map item field, a label, an env name…). A
 * JavaScript object cannot hold one safely: parsing would drop it without a word, and code
 * reading plain objects would see Object's prototype in its place. It is refused instead, at
 * its path, so nothing the user wrote is silently lost.
 */
export function prototypeKeyErrors(workflow: unknown): CoulerError[] {
  const found: Array<Array<string | number>> = [];
  const visit = (value: unknown, path: Array<string | number>): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index]);
      return;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') found.push([...path, key]);
      else visit((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(workflow, []);
  return found.map(
    (path) =>
      new CoulerError('INVALID_FIELD', `A key named "__proto__" cannot be kept (at ${formatPath(namedPath(workflow, path))}): JavaScript objects treat it as their prototype.`, {
        path: namedPath(workflow, path),
        hint: 'Rename the key.',
      }),
  );
}

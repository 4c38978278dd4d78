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
  // One path, pushed and popped as the walk goes: copying it per node would cost O(depth) each.
  const path: Array<string | number> = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      if (key === '__proto__') found.push([...path]);
      else visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(workflow);
  return found.map(
    (path) =>
      new CoulerError('INVALID_FIELD', `A key named "__proto__" cannot be kept (at ${formatPath(namedPath(workflow, path))}): JavaScript objects treat it as their prototype.`, {
        path: namedPath(workflow, path),
        hint: 'Rename the key.',
      }),
  );
}

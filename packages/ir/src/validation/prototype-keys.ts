import { CoulerError, formatPath } from '../errors/couler-error';
import { namedPath } from './structural-errors';
import { walkDocument } from './walk-document';

/**
 * A key named `__proto__` anywhere in a workflow (a map item field, a label, an env name…). A
 * JavaScript object cannot hold one safely: parsing would drop it without a word, and code
 * reading plain objects would see Object's prototype in its place. It is refused instead, at
 * its path, so nothing the user wrote is silently lost.
 */
export function prototypeKeyErrors(workflow: unknown): CoulerError[] {
  const found: Array<Array<string | number>> = [];
  walkDocument(workflow, {
    key: (key, path) => {
      if (key !== '__proto__') return true;
      found.push([...path]);
      return false;
    },
  });
  return found.map(
    (path) =>
      new CoulerError('INVALID_FIELD', `A key named "__proto__" cannot be kept (at ${formatPath(namedPath(workflow, path))}): JavaScript objects treat it as their prototype.`, {
        path: namedPath(workflow, path),
        hint: 'Rename the key.',
      }),
  );
}

import type { Scalar, Step } from '@couler/ir';
import { valueRefsOf } from './consumption';
import { unsupported } from './unsupported';

/** A map item as the text a filtered map hands around: a record as its JSON, as the local engine passes it. */
export function itemText(item: Scalar | Record<string, Scalar>): string {
  return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
}

/** The item fields (`item.field(k)`) a step reads in its command, arguments, environment and inputs. */
export function itemFieldKeys(step: Step): string[] {
  const keys = valueRefsOf(step).flatMap((ref) => (ref.ref === 'item' && ref.key !== undefined ? [ref.key] : []));
  return [...new Set(keys)];
}

/**
 * A condition on the map item becomes a filter task before the matrix; an exit-handler step has
 * no place for one: finally tasks run side by side, none before another.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a filtered map among the exit-handler steps.
 */
export function refuseItemFilter(step: Step, phase: 'tasks' | 'finally', path: ReadonlyArray<string | number>): void {
  if (phase !== 'finally') return;
  throw unsupported('when', 'a condition on the map item of an exit-handler step', {
    path: [...path, 'when'],
    stepName: step.name,
    hint: 'Tekton runs finally tasks side by side, so no task can filter the items first: map over a list filtered by a main step, or test the item in the step\'s command.',
  });
}

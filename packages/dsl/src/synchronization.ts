import type { Synchronization } from '@couler/ir';
import { dslError } from './handles';
import { checkOptions } from './internal/check-options';
import { describe } from './values';

const SYNCHRONIZATION_KEYS = { mutexes: true, semaphores: true } as const satisfies Record<keyof Synchronization, true>;
const MUTEX_KEYS = { name: true } as const;
const SEMAPHORE_KEYS = { name: true, limit: true } as const;
/** Argo's fields before 3.6, one lock each, and its ConfigMap reference, which the limit replaces. */
const ARGO_NAMES = {
  mutex: 'write "mutexes: [{ name }]" (a list, as Argo 3.6+)',
  semaphore: 'write "semaphores: [{ name, limit }]" (a list, as Argo 3.6+)',
} as const;

/**
 * `{ mutexes: [{ name }], semaphores: [{ name, limit }] }` as the IR holds it, copied so later
 * changes to the caller's object do not reach the workflow. Names and limits are checked when
 * the workflow is validated, with their path.
 */
export function toSynchronization(input: Synchronization, api: string): Synchronization {
  if (typeof input !== 'object' || input === null) throw dslError('INVALID_DSL_USAGE', `${api}({ synchronization }) takes { mutexes?: [{ name }], semaphores?: [{ name, limit }] }; got ${describe(input)}.`);
  checkOptions(`${api}({ synchronization })`, input, SYNCHRONIZATION_KEYS, ARGO_NAMES);
  const list = <T>(value: T[] | undefined, what: string, keys: Record<string, true>): T[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw dslError('INVALID_DSL_USAGE', `${api}({ synchronization.${what} }) takes a list; got ${describe(value)}.`);
    for (const item of value) checkOptions(`${api}({ synchronization.${what} })`, item, keys, { configMapKeyRef: 'give "limit", the number itself: the backend writes the ConfigMap' });
    return value.map((item) => ({ ...item }));
  };
  const mutexes = list(input.mutexes, 'mutexes', MUTEX_KEYS);
  const semaphores = list(input.semaphores, 'semaphores', SEMAPHORE_KEYS);
  return { ...(mutexes && { mutexes }), ...(semaphores && { semaphores }) };
}

import * as z from 'zod';

/**
 * Locks a workflow run or a step takes before it starts and releases when it ends, shared by
 * every run on the same engine (Argo's `synchronization`). A mutex lets one holder in at a
 * time; a semaphore lets `limit` holders in.
 *
 * The IR carries a semaphore's limit, not a reference to where an engine keeps it: Argo reads
 * the limit from a ConfigMap key, Airflow from a pool's slots, the local engine from its own
 * table, so each backend writes the limit where its engine looks (Argo: a ConfigMap file beside
 * the Workflow). A lock's name is a DNS-1123 label because it becomes a ConfigMap name
 * (`couler-semaphore-<name>`), an Airflow pool name and a key of the local lock table alike.
 */

const LOCK_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const LOCK_NAME_RULE = 'a lock name: at most 63 lower-case letters, digits and "-", starting and ending alphanumeric';

export const LockNameSchema = z
  .string()
  .max(63, LOCK_NAME_RULE)
  .regex(LOCK_NAME_PATTERN, LOCK_NAME_RULE)
  .meta({ description: 'Name shared by every workflow that takes the lock.' });

export const MutexSchema = z.strictObject({ name: LockNameSchema }).meta({ id: 'Mutex' });
export type Mutex = z.infer<typeof MutexSchema>;

export const SemaphoreSchema = z
  .strictObject({
    name: LockNameSchema,
    limit: z.number().int().min(1).max(1_000_000).meta({ description: 'How many holders may hold it at once.' }),
  })
  .meta({ id: 'Semaphore' });
export type Semaphore = z.infer<typeof SemaphoreSchema>;

export const SynchronizationSchema = z
  .strictObject({
    mutexes: z.array(MutexSchema).min(1).optional(),
    semaphores: z.array(SemaphoreSchema).min(1).optional(),
  })
  .meta({ id: 'Synchronization', description: 'Mutexes and semaphores taken before the run or the step starts, released when it ends.' });
export type Synchronization = z.infer<typeof SynchronizationSchema>;

import type { Kysely, Migration } from 'kysely';

/**
 * Indexes in the orders a placement round reads the queue (highest priority first, then the
 * longest waiting): a round reads the first rows of an index instead of sorting every queued run.
 */
export function queueOrderIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('runs_queue_priority').on('runs').columns(['phase', 'priority desc', 'queued_at']).execute();
      await db.schema.createIndex('runs_queue_age').on('runs').columns(['phase', 'queued_at']).execute();
    },
  };
}

import type { Kysely, Migration } from 'kysely';

/**
 * What the on-time monitor, automatic retry and remote clusters keep per run (a retry's earliest
 * start, how many automatic retries it had, its deadline, its handle on a remote engine) and per
 * cluster (the last health check). SQLite adds one column per statement.
 */
export function monitorRetryClustersMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('runs').addColumn('not_before', 'text').execute();
      await db.schema.alterTable('runs').addColumn('auto_retries', 'integer', (column) => column.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('runs').addColumn('deadline_seconds', 'integer').execute();
      await db.schema.alterTable('runs').addColumn('external_run', 'text').execute();
      await db.schema.alterTable('clusters').addColumn('health_message', 'text').execute();
      await db.schema.alterTable('clusters').addColumn('checked_at', 'text').execute();
    },
  };
}

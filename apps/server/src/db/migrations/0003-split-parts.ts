import type { Kysely, Migration } from 'kysely';

/** The parts `@couler/optimizer-split` makes of a huge workflow, queued as runs of their own under a parent run. */
export function splitPartsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('runs').addColumn('parent_run_id', 'text').execute();
      await db.schema.alterTable('runs').addColumn('part', 'text').execute();
      await db.schema.alterTable('runs').addColumn('waiting_for', 'text').execute();
      await db.schema.alterTable('runs').addColumn('part_values', 'text').execute();
      await db.schema.createIndex('runs_parent').on('runs').columns(['parent_run_id']).execute();
    },
  };
}

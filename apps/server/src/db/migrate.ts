import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { CoulerError } from '@couler/ir';
import { initialMigration } from './migrations/0001-initial';
import { monitorRetryClustersMigration } from './migrations/0002-monitor-retry-clusters';
import { splitPartsMigration } from './migrations/0003-split-parts';
import { queueOrderIndexesMigration } from './migrations/0004-queue-order-indexes';
import { clusterCredentialsMigration } from './migrations/0005-cluster-credentials';
import type { SecretBox } from '../secrets/secret-box';
import { stepRegistryMigration } from './migrations/0006-step-registry';
import type { SqlDialectName } from './open-database';

/**
 * Every migration, by version. Names sort in the order they run; a released one is never
 * edited, a change is a new file.
 */
function migrations(dialect: SqlDialectName, box: SecretBox): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-monitor-retry-clusters': monitorRetryClustersMigration(),
    '0003-split-parts': splitPartsMigration(),
    '0004-queue-order-indexes': queueOrderIndexesMigration(),
    '0005-cluster-credentials': clusterCredentialsMigration(box),
    '0006-step-registry': stepRegistryMigration(),
  };
}

/**
 * Brings the schema up to date (Kysely's Migrator, which locks so two servers starting at once
 * take turns). `box` seals what a migration moves into encrypted columns.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: SqlDialectName, box: SecretBox): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect, box) };
  // Kysely looks for its own tables in every schema unless told which: a second server (or test)
  // on the same database with a schema of its own would find the first one's and skip creating
  // its own. So name the schema the connections use (`--db-schema`, else the search path's first).
  const migrationTableSchema = dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const { error, results } = await new Migrator({ db, provider, ...(migrationTableSchema !== undefined && { migrationTableSchema }) }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new CoulerError('SERVER_ERROR', `Migration "${failed}" of the server database failed: ${(error as Error).message}`, {
      cause: error,
      hint: 'The database is left as it was before that migration; fix the cause (permissions, disk) and start again.',
    });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

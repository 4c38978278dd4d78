import type { Kysely, Migration } from 'kysely';
import { splitCredentials } from '../../clusters/cluster-credentials';
import type { SecretBox } from '../../secrets/secret-box';

/**
 * Cluster credentials move out of `settings` (clear JSON) into `credentials`, sealed with the
 * server key (AES-256-GCM, bound to the cluster's id); clusters get a `draining` flag that stops
 * new placements. Credentials already stored are sealed here, in the same transaction.
 */
export function clusterCredentialsMigration(box: SecretBox): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('clusters').addColumn('credentials', 'text').execute();
      await db.schema.alterTable('clusters').addColumn('draining', 'integer', (column) => column.notNull().defaultTo(0)).execute();
      const typed = db as unknown as Kysely<{ clusters: { id: string; settings: string; credentials: string | null } }>;
      for (const row of await typed.selectFrom('clusters').select(['id', 'settings']).execute()) {
        const { visible, secret } = splitCredentials(JSON.parse(row.settings) as Record<string, unknown>);
        if (Object.keys(secret).length === 0) continue;
        await typed.updateTable('clusters').set({ settings: JSON.stringify(visible), credentials: box.seal(JSON.stringify(secret), credentialContext(row.id)) }).where('id', '=', row.id).execute();
      }
    },
  };
}

/** What a cluster's sealed credentials are bound to: its id, so that they open in its row only. */
export const credentialContext = (clusterId: string) => `cluster ${clusterId}`;

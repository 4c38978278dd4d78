import { availableParallelism, totalmem } from 'node:os';
import type { Kysely } from 'kysely';
import { newId } from '../auth/api-token';
import type { ClusterTable, Database } from '../db/database-schema';

export type ClusterRow = ClusterTable;

/** The embedded cluster every server has: this machine, its cores and memory, no GPU. */
export async function ensureLocalCluster(db: Kysely<Database>, now: string, capacity?: { cpu?: number; memory?: number }): Promise<ClusterRow> {
  const existing = await db.selectFrom('clusters').selectAll().where('name', '=', 'local').executeTakeFirst();
  if (existing) return existing;
  const row: ClusterRow = {
    id: newId('cls'),
    name: 'local',
    kind: 'local',
    cpu: capacity?.cpu ?? availableParallelism(),
    memory: capacity?.memory ?? totalmem(),
    gpu: 0,
    settings: '{}',
    healthy: 1,
    health_message: null,
    checked_at: null,
    created_at: now,
  };
  // Two servers starting on one database at once: the second finds the first's row.
  await db.insertInto('clusters').values(row).onConflict((conflict) => conflict.column('name').doNothing()).execute();
  return (await db.selectFrom('clusters').selectAll().where('name', '=', 'local').executeTakeFirstOrThrow());
}

export async function listClusters(db: Kysely<Database>): Promise<ClusterRow[]> {
  return db.selectFrom('clusters').selectAll().orderBy('name').execute();
}

export function clusterView(row: ClusterRow) {
  return { id: row.id, name: row.name, kind: row.kind, capacity: { cpu: row.cpu, memory: row.memory, gpu: row.gpu }, healthy: row.healthy === 1, createdAt: row.created_at };
}

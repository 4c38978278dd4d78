import { availableParallelism, totalmem } from 'node:os';
import type { Kysely } from 'kysely';
import { newId } from '../auth/api-token';
import type { ClusterHealth } from '../clusters/cluster-runner';
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

export interface NewCluster {
  readonly name: string;
  readonly kind: string;
  readonly capacity: { readonly cpu: number; readonly memory: number; readonly gpu: number };
  readonly settings: Readonly<Record<string, unknown>>;
  readonly health: ClusterHealth;
}

/** Registers a cluster; its first health check is already done. */
export async function insertCluster(db: Kysely<Database>, cluster: NewCluster, now: string): Promise<ClusterRow> {
  const row: ClusterRow = {
    id: newId('cls'),
    name: cluster.name,
    kind: cluster.kind,
    ...cluster.capacity,
    settings: JSON.stringify(cluster.settings),
    healthy: cluster.health.healthy ? 1 : 0,
    health_message: cluster.health.message ?? null,
    checked_at: now,
    created_at: now,
  };
  await db.insertInto('clusters').values(row).execute();
  return row;
}

export async function setClusterHealth(db: Kysely<Database>, id: string, health: ClusterHealth, now: string): Promise<void> {
  await db.updateTable('clusters').set({ healthy: health.healthy ? 1 : 0, health_message: health.message ?? null, checked_at: now }).where('id', '=', id).execute();
}

export async function listClusters(db: Kysely<Database>): Promise<ClusterRow[]> {
  return db.selectFrom('clusters').selectAll().orderBy('name').execute();
}

/** Settings as the API shows them: everything but credentials, which only say whether there are some. */
function publicSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const { token, ...rest } = settings;
  return { ...rest, ...(token !== undefined && { hasToken: true }) };
}

export function clusterView(row: ClusterRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    capacity: { cpu: row.cpu, memory: row.memory, gpu: row.gpu },
    settings: publicSettings(JSON.parse(row.settings) as Record<string, unknown>),
    healthy: row.healthy === 1,
    healthMessage: row.health_message,
    checkedAt: row.checked_at,
    createdAt: row.created_at,
  };
}

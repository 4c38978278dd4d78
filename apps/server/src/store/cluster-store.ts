import { availableParallelism, totalmem } from 'node:os';
import { CoulerError } from '@couler/ir';
import type { Kysely } from 'kysely';
import { newId } from '../auth/api-token';
import type { ClusterHealth } from '../clusters/cluster-runner';
import { credentialFlags, splitCredentials, type CredentialKey } from '../clusters/cluster-credentials';
import type { ClusterTable, Database } from '../db/database-schema';
import { credentialContext } from '../db/migrations/0005-cluster-credentials';
import type { SecretBox } from '../secrets/secret-box';

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
    credentials: null,
    draining: 0,
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

/** Credentials sealed for a cluster's row; null without any. */
function sealCredentials(box: SecretBox, clusterId: string, secret: Partial<Record<CredentialKey, string>>): string | null {
  return Object.keys(secret).length === 0 ? null : box.seal(JSON.stringify(secret), credentialContext(clusterId));
}

/** A cluster's credentials, opened. @throws CoulerError `SERVER_ERROR` naming the cluster when the server key does not open them. */
export function openCredentials(box: SecretBox, row: ClusterRow): Partial<Record<CredentialKey, string>> {
  if (row.credentials === null) return {};
  try {
    return JSON.parse(box.open(row.credentials, credentialContext(row.id))) as Partial<Record<CredentialKey, string>>;
  } catch (error) {
    if (!CoulerError.isInstance(error)) throw error;
    throw new CoulerError('SERVER_ERROR', `The server key does not open the credentials of cluster "${row.name}": they were stored under another key.`, {
      cause: error,
      hint: 'Start the server with the secret it had then (COULER_SERVER_SECRET, --secret-file, or <couler home>/server.key; every server on one database needs the same). If that secret is lost, clear the credentials (UPDATE clusters SET credentials = NULL WHERE name = …), start, and give them again with PATCH /api/v1/clusters/NAME.',
    });
  }
}

/** Everything a runner needs: the visible settings and the credentials, opened. */
export function clusterSettings(box: SecretBox, row: ClusterRow): Record<string, unknown> {
  return { ...(JSON.parse(row.settings) as Record<string, unknown>), ...openCredentials(box, row) };
}

/**
 * Checks at start that the server key opens every cluster's credentials: a wrong key is an
 * error now, with what to do, not a failed run later.
 */
export async function assertCredentialsOpen(db: Kysely<Database>, box: SecretBox): Promise<void> {
  for (const row of await db.selectFrom('clusters').selectAll().where('credentials', 'is not', null).execute()) openCredentials(box, row);
}

/** Registers a cluster, its credentials sealed; its first health check is already done. */
export async function insertCluster(db: Kysely<Database>, box: SecretBox, cluster: NewCluster, now: string): Promise<ClusterRow> {
  const id = newId('cls');
  const { visible, secret } = splitCredentials(cluster.settings);
  const row: ClusterRow = {
    id,
    name: cluster.name,
    kind: cluster.kind,
    ...cluster.capacity,
    settings: JSON.stringify(visible),
    credentials: sealCredentials(box, id, secret),
    draining: 0,
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

export interface ClusterChange {
  readonly capacity?: { readonly cpu?: number; readonly memory?: number; readonly gpu?: number };
  /** Every setting, credentials included, as they are to be from now on. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly draining?: boolean;
  readonly health?: ClusterHealth;
}

/** Changes a cluster; settings are replaced as a whole (the caller merged them), credentials sealed again. */
export async function updateCluster(db: Kysely<Database>, box: SecretBox, row: ClusterRow, change: ClusterChange, now: string): Promise<ClusterRow> {
  const split = change.settings && splitCredentials(change.settings);
  const values: Partial<ClusterRow> = {
    ...change.capacity,
    ...(split && { settings: JSON.stringify(split.visible), credentials: sealCredentials(box, row.id, split.secret) }),
    ...(change.draining !== undefined && { draining: change.draining ? 1 : 0 }),
    ...(change.health && { healthy: change.health.healthy ? 1 : 0, health_message: change.health.message ?? null, checked_at: now }),
  };
  if (Object.keys(values).length > 0) await db.updateTable('clusters').set(values).where('id', '=', row.id).execute();
  return { ...row, ...values };
}

/** A cluster by its name or id (ids start with `cls_`, which no name does). */
export async function findCluster(db: Kysely<Database>, nameOrId: string): Promise<ClusterRow | undefined> {
  return db.selectFrom('clusters').selectAll().where((eb) => eb.or([eb('name', '=', nameOrId), eb('id', '=', nameOrId)])).executeTakeFirst();
}

/** Visible settings and which credentials there are (`hasToken` …), never the credentials. */
function publicSettings(box: SecretBox, row: ClusterRow): Record<string, unknown> {
  return { ...(JSON.parse(row.settings) as Record<string, unknown>), ...credentialFlags(openCredentials(box, row)) };
}

export function clusterView(box: SecretBox, row: ClusterRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    capacity: { cpu: row.cpu, memory: row.memory, gpu: row.gpu },
    settings: publicSettings(box, row),
    draining: row.draining === 1,
    healthy: row.healthy === 1,
    healthMessage: row.health_message,
    checkedAt: row.checked_at,
    createdAt: row.created_at,
  };
}

import type { Kysely } from 'kysely';
import { hashApiToken, newApiToken, newId } from '../auth/api-token';
import type { Caller } from '../auth/caller';
import type { Database, UserRole, UserTable } from '../db/database-schema';

export interface UserQuota {
  readonly cpu: number | null;
  readonly memory: number | null;
  readonly gpu: number | null;
  readonly runs: number | null;
}

export type UserRow = UserTable;

/** The caller a token stands for, or undefined for an unknown or revoked token. */
export async function findCaller(db: Kysely<Database>, token: string): Promise<Caller | undefined> {
  return findCallerByHash(db, hashApiToken(token));
}

/** The caller a token with this hash stands for, or undefined. */
export async function findCallerByHash(db: Kysely<Database>, tokenHash: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id as tokenId', 'api_tokens.tenant_id as tenantId', 'users.id as userId', 'users.name as userName', 'users.role as role'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row;
}

export async function createTenant(db: Kysely<Database>, name: string, now: string): Promise<{ id: string; name: string; createdAt: string }> {
  const id = newId('tnt');
  await db.insertInto('tenants').values({ id, name, created_at: now }).execute();
  return { id, name, createdAt: now };
}

export async function findTenantByName(db: Kysely<Database>, name: string) {
  return db.selectFrom('tenants').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function createUser(db: Kysely<Database>, user: { tenantId: string; name: string; role: UserRole; quota?: Partial<UserQuota> }, now: string): Promise<UserRow> {
  const row: UserRow = {
    id: newId('usr'),
    tenant_id: user.tenantId,
    name: user.name,
    role: user.role,
    cpu_quota: user.quota?.cpu ?? null,
    memory_quota: user.quota?.memory ?? null,
    gpu_quota: user.quota?.gpu ?? null,
    runs_quota: user.quota?.runs ?? null,
    created_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function getUser(db: Kysely<Database>, tenantId: string, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', userId).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>, tenantId: string): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('id').execute();
}

export async function setUserQuota(db: Kysely<Database>, tenantId: string, userId: string, quota: Partial<UserQuota>): Promise<boolean> {
  const change = {
    ...(quota.cpu !== undefined && { cpu_quota: quota.cpu }),
    ...(quota.memory !== undefined && { memory_quota: quota.memory }),
    ...(quota.gpu !== undefined && { gpu_quota: quota.gpu }),
    ...(quota.runs !== undefined && { runs_quota: quota.runs }),
  };
  if (Object.keys(change).length === 0) return (await getUser(db, tenantId, userId)) !== undefined;
  const result = await db.updateTable('users').set(change).where('tenant_id', '=', tenantId).where('id', '=', userId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Issues a token for a user; returns it in clear this once. */
export async function issueToken(db: Kysely<Database>, user: { tenantId: string; userId: string }, name: string, now: string, token = newApiToken()): Promise<{ id: string; token: string }> {
  const id = newId('tok');
  await db.insertInto('api_tokens').values({ id, tenant_id: user.tenantId, user_id: user.userId, name, token_hash: hashApiToken(token), created_at: now, revoked_at: null }).execute();
  return { id, token };
}

export async function revokeToken(db: Kysely<Database>, tenantId: string, tokenId: string, now: string): Promise<boolean> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: now }).where('tenant_id', '=', tenantId).where('id', '=', tokenId).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function quotaOf(user: UserRow): UserQuota {
  return { cpu: user.cpu_quota, memory: user.memory_quota, gpu: user.gpu_quota, runs: user.runs_quota };
}

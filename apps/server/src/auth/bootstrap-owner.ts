import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema';
import { createTenant, createUser, findCaller, issueToken } from '../store/identity-store';

/**
 * Zero set-up: on an empty database, creates the `default` tenant and its owner, and a token
 * (the given one, else a new one) that the server prints once. A given token a non-empty
 * database does not know yet is issued to the first owner, so `COULER_SERVER_TOKEN` always works.
 *
 * @returns the token when one was issued now; undefined when nothing changed.
 */
export async function bootstrapOwner(db: Kysely<Database>, now: string, given?: string): Promise<string | undefined> {
  if (given !== undefined && (await findCaller(db, given))) return undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const owner = await trx.selectFrom('users').select(['id', 'tenant_id']).where('role', '=', 'owner').orderBy('created_at').executeTakeFirst();
      if (owner) {
        if (given === undefined) return undefined;
        return (await issueToken(trx, { tenantId: owner.tenant_id, userId: owner.id }, 'COULER_SERVER_TOKEN', now, given)).token;
      }
      const tenant = await createTenant(trx, 'default', now);
      const user = await createUser(trx, { tenantId: tenant.id, name: 'owner', role: 'owner' }, now);
      return (await issueToken(trx, { tenantId: tenant.id, userId: user.id }, 'bootstrap', now, given)).token;
    });
  } catch (error) {
    // Another server on the same database bootstrapped it first.
    if (given !== undefined && (await findCaller(db, given))) return undefined;
    const { code } = error as { code?: string };
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
    throw error;
  }
}

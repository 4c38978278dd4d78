import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema';
import { notFound } from '../http/error-body';
import { getRun, type RunRow } from '../store/run-store';

/** The caller's tenant's run `id`; NOT_FOUND (the same answer for another tenant's) otherwise. */
export async function tenantRun(db: Kysely<Database>, tenantId: string, id: string): Promise<RunRow> {
  const row = await getRun(db, tenantId, id);
  if (!row) throw notFound('run', id);
  return row;
}

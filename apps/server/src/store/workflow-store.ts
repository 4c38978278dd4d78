import type { Kysely, Transaction } from 'kysely';
import type { Database, WorkflowTable } from '../db/database-schema';
import { decodeCursor, toPage } from './page-cursor';

export type WorkflowRow = WorkflowTable;
type Db = Kysely<Database> | Transaction<Database>;

export async function getWorkflow(db: Db, tenantId: string, id: string): Promise<WorkflowRow | undefined> {
  return db.selectFrom('workflows').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function listWorkflows(db: Db, tenantId: string, filter: { name?: string; limit: number; cursor?: string }): Promise<{ rows: WorkflowRow[]; nextCursor?: string }> {
  let query = db.selectFrom('workflows').selectAll().where('tenant_id', '=', tenantId);
  if (filter.name !== undefined) query = query.where('name', '=', filter.name);
  if (filter.cursor !== undefined) {
    const { createdAt, id } = decodeCursor(filter.cursor);
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
  return toPage(rows, filter.limit);
}

/** Deletes a workflow with its runs, their steps and events. The caller has checked none runs. */
export async function deleteWorkflow(db: Transaction<Database>, tenantId: string, id: string): Promise<void> {
  const runIds = (await db.selectFrom('runs').select('id').where('tenant_id', '=', tenantId).where('workflow_id', '=', id).execute()).map((row) => row.id);
  if (runIds.length > 0) {
    await db.deleteFrom('run_events').where('run_id', 'in', runIds).execute();
    await db.deleteFrom('run_steps').where('run_id', 'in', runIds).execute();
    await db.deleteFrom('runs').where('id', 'in', runIds).execute();
  }
  await db.deleteFrom('workflows').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

import { CoulerError } from '@couler/ir';
import type { Kysely } from 'kysely';
import type { Database, RegisteredStepTable } from '../db/database-schema';
import { STEP_NAME_PATTERN, type RegisteredStep, type RegisteredStepInput } from '../steps/registered-step-schema';

type Db = Kysely<Database>;

/** Who does it, and when. */
export interface StepChange {
  readonly tenantId: string;
  readonly userName: string;
  readonly at: string;
}

function toView(row: RegisteredStepTable): RegisteredStep {
  return {
    name: row.name,
    title: row.title,
    description: row.description,
    definition: JSON.parse(row.definition),
    parameters: JSON.parse(row.parameters),
    outputs: JSON.parse(row.outputs),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

const columnsOf = (step: RegisteredStepInput) => ({
  title: step.title,
  description: step.description,
  definition: JSON.stringify(step.definition),
  parameters: JSON.stringify(step.parameters),
  outputs: JSON.stringify(step.outputs),
});

/** A unique-key violation on SQLite or PostgreSQL: another request registered the name first. */
function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export const duplicateStep = (name: string) =>
  new CoulerError('DUPLICATE_NAME', `Your tenant has a step named "${name}" already.`, { path: ['body', 'name'], hint: `Change it with PUT /api/v1/steps/${name}, or choose another name.` });

export async function getRegisteredStep(db: Db, tenantId: string, name: string): Promise<RegisteredStep | undefined> {
  const row = await db.selectFrom('registered_steps').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  return row && toView(row);
}

/** A page of the tenant's steps by name; the cursor is the last name of the page before. */
export async function listRegisteredSteps(db: Db, tenantId: string, page: { limit: number; cursor?: string }): Promise<{ items: RegisteredStep[]; nextCursor?: string }> {
  let query = db.selectFrom('registered_steps').selectAll().where('tenant_id', '=', tenantId);
  if (page.cursor !== undefined) query = query.where('name', '>', decodeStepCursor(page.cursor));
  const rows = await query.orderBy('name').limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit).map(toView);
  return { items, ...(rows.length > page.limit && { nextCursor: Buffer.from(items[items.length - 1]!.name).toString('base64url') }) };
}

function decodeStepCursor(cursor: string): string {
  const name = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!STEP_NAME_PATTERN.test(name)) throw new CoulerError('INVALID_FIELD', 'The cursor is not one this server gave out.', { path: ['querystring', 'cursor'], hint: 'Pass the nextCursor of the previous page as it was.' });
  return name;
}

/** Registers a new step; DUPLICATE_NAME when the tenant has one of that name. */
export async function insertRegisteredStep(db: Db, step: RegisteredStepInput, change: StepChange): Promise<RegisteredStep> {
  const row: RegisteredStepTable = { tenant_id: change.tenantId, name: step.name, ...columnsOf(step), created_by: change.userName, created_at: change.at, updated_by: change.userName, updated_at: change.at };
  try {
    await db.insertInto('registered_steps').values(row).execute();
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicateStep(step.name);
    throw error;
  }
  return toView(row);
}

/** Replaces what a step is (its name and who created it stay); undefined when the tenant has none of that name. */
export async function replaceRegisteredStep(db: Db, step: RegisteredStepInput, change: StepChange): Promise<RegisteredStep | undefined> {
  const result = await db
    .updateTable('registered_steps')
    .set({ ...columnsOf(step), updated_by: change.userName, updated_at: change.at })
    .where('tenant_id', '=', change.tenantId)
    .where('name', '=', step.name)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return getRegisteredStep(db, change.tenantId, step.name);
}

/** Whether a step of that name was there to delete. */
export async function deleteRegisteredStep(db: Db, tenantId: string, name: string): Promise<boolean> {
  const result = await db.deleteFrom('registered_steps').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

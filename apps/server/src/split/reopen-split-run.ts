import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema';

/**
 * A part of a split run was retried: the whole runs again until its parts have ended, and the
 * parts that were cancelled before they started (they waited for a part that failed) wait again,
 * to start once the parts they read from succeed.
 */
export async function reopenSplitRun(db: Kysely<Database>, parentId: string, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('runs').set({ phase: 'Running', finished_at: null, message: null, updated_at: now }).where('id', '=', parentId).execute();
    const waiting = await trx.selectFrom('runs').select(['id', 'waiting_for']).where('parent_run_id', '=', parentId).where('phase', '=', 'Cancelled').where('started_at', 'is', null).where('waiting_for', 'is not', null).execute();
    for (const part of waiting) {
      const on = (JSON.parse(part.waiting_for!) as string[]).map((id) => `"${id}"`).join(', ');
      await trx.updateTable('runs').set({ phase: 'Queued', message: null, finished_at: null, wait_reason: `Waiting for ${on} to succeed.`, queued_at: now, updated_at: now }).where('id', '=', part.id).execute();
    }
  });
}

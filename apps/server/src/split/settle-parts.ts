import type { StepRecord } from '@couler/backend-local';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema';
import { appendEvents } from '../store/event-store';
import { isFinished, type RunRow } from '../store/run-store';
import { partParameters, partValues, type RunPart } from './run-part';

/**
 * What follows when a part of a split run ends: a part that succeeded hands the values it
 * produced to the parts waiting for it (those with nothing left to wait for join the queue); a
 * part that did not succeed cancels the parts that waited for it; once every part has ended, the
 * parent ends too (Succeeded when every part did). Returns the runs whose state changed.
 */
export async function settleParts(trx: Transaction<Database>, partRow: RunRow, phase: string, steps: ReadonlyArray<StepRecord>, now: string): Promise<string[]> {
  const parentId = partRow.parent_run_id!;
  const part = JSON.parse(partRow.part!) as RunPart;
  const changed = [parentId];
  let failure: string | undefined = phase === 'Succeeded' ? undefined : `Part ${part.index + 1} ("${partRow.id}") ended ${phase}.`;
  if (failure === undefined) {
    const produced = partValues(part, steps);
    if ('missing' in produced) failure = produced.missing;
    else await trx.updateTable('runs').set({ part_values: JSON.stringify(produced.values) }).where('id', '=', partRow.id).execute();
  }
  const siblings = await trx.selectFrom('runs').selectAll().where('parent_run_id', '=', parentId).execute();
  const parent = await trx.selectFrom('runs').selectAll().where('id', '=', parentId).executeTakeFirstOrThrow();
  const wholeParameters = JSON.parse(parent.parameters) as Record<string, string>;
  for (const sibling of siblings) {
    if (sibling.phase !== 'Queued' || sibling.waiting_for === null) continue;
    const waiting = (JSON.parse(sibling.waiting_for) as string[]).filter((id) => id !== partRow.id);
    if (waiting.length === (JSON.parse(sibling.waiting_for) as string[]).length) continue;
    changed.push(sibling.id);
    if (failure !== undefined) {
      await trx.updateTable('runs').set({ phase: 'Cancelled', message: `Not started: ${failure}`, wait_reason: null, finished_at: now, updated_at: now }).where('id', '=', sibling.id).where('phase', '=', 'Queued').execute();
      continue;
    }
    if (waiting.length > 0) {
      await trx.updateTable('runs').set({ waiting_for: JSON.stringify(waiting), wait_reason: `Waiting for ${waiting.map((id) => `"${id}"`).join(', ')} to succeed.`, updated_at: now }).where('id', '=', sibling.id).execute();
      continue;
    }
    // Nothing left to wait for: the crossing values it reads become its parameters, and it joins the queue.
    const crossings: Record<string, string> = {};
    for (const producer of siblings) if (producer.part_values !== null) Object.assign(crossings, JSON.parse(producer.part_values));
    const parameters = partParameters(JSON.parse(sibling.part!) as RunPart, wholeParameters, crossings);
    await trx.updateTable('runs').set({ waiting_for: null, wait_reason: null, parameters: JSON.stringify(parameters), queued_at: now, updated_at: now }).where('id', '=', sibling.id).execute();
  }
  // Every part's phase after the changes above.
  const phases = (await trx.selectFrom('runs').select('phase').where('parent_run_id', '=', parentId).execute()).map((row) => row.phase);
  if (phases.every(isFinished) && !isFinished(parent.phase)) {
    const succeeded = phases.every((each) => each === 'Succeeded');
    const message = succeeded ? `All ${phases.length} parts succeeded.` : (failure ?? `${phases.filter((each) => each !== 'Succeeded').length} of ${phases.length} parts did not succeed.`);
    await trx.updateTable('runs').set({ phase: succeeded ? 'Succeeded' : 'Failed', message, wait_reason: null, finished_at: now, updated_at: now }).where('id', '=', parentId).execute();
    await appendEvents(trx, [{ runId: parentId, tenantId: parent.tenant_id, type: 'run-finished', data: { phase: succeeded ? 'Succeeded' : 'Failed', message }, at: now }]);
  }
  return changed;
}

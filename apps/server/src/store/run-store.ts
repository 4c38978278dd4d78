import type { Kysely, Transaction } from 'kysely';
import type { Database, DispatchAction, RunStepTable, RunTable } from '../db/database-schema';
import { decodeCursor, toPage } from './page-cursor';

export type RunRow = RunTable;

/** A run's phase on the server: the engine's phases, and `Queued` before a cluster has it. */
export const SERVER_RUN_PHASES = ['Queued', 'Running', 'Succeeded', 'Failed', 'Error', 'Cancelled'] as const;
export type ServerRunPhase = (typeof SERVER_RUN_PHASES)[number];

export const isFinished = (phase: string) => phase !== 'Queued' && phase !== 'Running';

export interface RunFilter {
  readonly phase?: ServerRunPhase;
  readonly workflow?: string;
  readonly workflowId?: string;
  readonly userId?: string;
  readonly parentRunId?: string;
  readonly limit: number;
  readonly cursor?: string;
}

type Db = Kysely<Database> | Transaction<Database>;

export async function insertRun(db: Db, row: RunRow): Promise<void> {
  await db.insertInto('runs').values(row).execute();
}

/** The run, if it is in the tenant; another tenant's run is the same as none. */
export async function getRun(db: Db, tenantId: string, runId: string): Promise<RunRow | undefined> {
  return db.selectFrom('runs').selectAll().where('tenant_id', '=', tenantId).where('id', '=', runId).executeTakeFirst();
}

/** Newest first; `nextCursor` when there are more. */
export async function listRuns(db: Db, tenantId: string, filter: RunFilter): Promise<{ rows: RunRow[]; nextCursor?: string }> {
  let query = db.selectFrom('runs').selectAll().where('tenant_id', '=', tenantId);
  if (filter.phase !== undefined) query = query.where('phase', '=', filter.phase);
  if (filter.workflow !== undefined) query = query.where('workflow_name', '=', filter.workflow);
  if (filter.workflowId !== undefined) query = query.where('workflow_id', '=', filter.workflowId);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.parentRunId !== undefined) query = query.where('parent_run_id', '=', filter.parentRunId);
  if (filter.cursor !== undefined) {
    const { createdAt, id } = decodeCursor(filter.cursor);
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
  return toPage(rows, filter.limit);
}

export async function getSteps(db: Db, runId: string): Promise<RunStepTable[]> {
  return db.selectFrom('run_steps').selectAll().where('run_id', '=', runId).orderBy('started_at').orderBy('step_id').execute();
}

/** Puts a finished run back in the queue, to resume or retry from its failure point. */
export async function requeueRun(db: Db, runId: string, action: DispatchAction, from: string | null, now: string): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set({ phase: 'Queued', dispatch_action: action, retry_from: from, cancel_requested: 0, wait_reason: null, message: null, outputs: null, finished_at: null, lease_owner: null, lease_expires_at: null, queued_at: now, updated_at: now, not_before: null, auto_retries: 0 })
    .where('id', '=', runId)
    .where('phase', 'in', ['Succeeded', 'Failed', 'Error', 'Cancelled'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Cancels a queued run at once; asks the process running a running one to stop it. A split run's parts go with it. */
export async function requestCancel(db: Db, runId: string, now: string): Promise<'cancelled' | 'requested' | 'finished'> {
  const parts = await db.selectFrom('runs').select('id').where('parent_run_id', '=', runId).execute();
  if (parts.length > 0) {
    for (const part of parts) await requestCancel(db, part.id, now);
    const whole = await db.updateTable('runs').set({ phase: 'Cancelled', finished_at: now, updated_at: now, message: 'Cancelled with its parts.', wait_reason: null }).where('id', '=', runId).where('phase', '=', 'Running').executeTakeFirst();
    return whole.numUpdatedRows > 0n ? 'cancelled' : 'finished';
  }
  const queued = await db.updateTable('runs').set({ phase: 'Cancelled', finished_at: now, updated_at: now, message: 'Cancelled before it started.', wait_reason: null }).where('id', '=', runId).where('phase', '=', 'Queued').executeTakeFirst();
  if (queued.numUpdatedRows > 0n) return 'cancelled';
  const running = await db.updateTable('runs').set({ cancel_requested: 1, updated_at: now }).where('id', '=', runId).where('phase', '=', 'Running').executeTakeFirst();
  return running.numUpdatedRows > 0n ? 'requested' : 'finished';
}

/** Which part of how many, for the API (the part's IR stays inside). */
function partNumber(part: string): { index: number; of: number } {
  const { index, of } = JSON.parse(part) as { index: number; of: number };
  return { index, of };
}

export function runView(row: RunRow, clusterName?: string) {
  return {
    id: row.id,
    workflowId: row.workflow_id,
    workflowName: row.workflow_name,
    userId: row.user_id,
    phase: row.phase as ServerRunPhase,
    priority: row.priority,
    request: { cpu: row.cpu, memory: row.memory, gpu: row.gpu },
    parameters: JSON.parse(row.parameters) as Record<string, string>,
    cluster: clusterName ?? null,
    waitReason: row.wait_reason,
    message: row.message,
    outputs: row.outputs === null ? null : (JSON.parse(row.outputs) as Record<string, string>),
    cancelRequested: row.cancel_requested === 1,
    dispatches: row.dispatches,
    parentRunId: row.parent_run_id,
    part: row.part === null ? null : partNumber(row.part),
    createdAt: row.created_at,
    queuedAt: row.queued_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function stepView(row: RunStepTable) {
  return {
    id: row.step_id,
    name: row.step_name,
    phase: row.phase,
    attempts: row.attempts,
    message: row.message,
    exitCode: row.exit_code,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

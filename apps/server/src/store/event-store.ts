import type { Kysely, Transaction } from 'kysely';
import type { Database, RunEventTable } from '../db/database-schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewRunEvent {
  readonly runId: string;
  readonly tenantId: string;
  readonly type: string;
  readonly stepId?: string;
  readonly data: object;
  readonly at: string;
}

export interface StoredRunEvent {
  readonly seq: number;
  readonly type: string;
  readonly stepId: string | null;
  readonly data: Record<string, unknown>;
  readonly at: string;
}

export async function appendEvents(db: Db, events: ReadonlyArray<NewRunEvent>): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ run_id: event.runId, tenant_id: event.tenantId, type: event.type, step_id: event.stepId ?? null, data: JSON.stringify(event.data), at: event.at }));
  // Bounded batches: SQLite allows 32766 bound values per statement, PostgreSQL 65535.
  for (let start = 0; start < rows.length; start += 500) await db.insertInto('run_events').values(rows.slice(start, start + 500)).execute();
}

export interface EventQuery {
  readonly after: number;
  readonly limit: number;
  /** `logs`: only step-log events; `events`: everything else. */
  readonly kind: 'logs' | 'events';
  readonly stepId?: string;
}

/** A run's events after `after`, oldest first. The run is known to be the caller's. */
export async function readEvents(db: Db, runId: string, query: EventQuery): Promise<StoredRunEvent[]> {
  let select = db.selectFrom('run_events').select(['seq', 'type', 'step_id', 'data', 'at']).where('run_id', '=', runId).where('seq', '>', query.after);
  select = query.kind === 'logs' ? select.where('type', '=', 'step-log') : select.where('type', '!=', 'step-log');
  if (query.stepId !== undefined) select = select.where('step_id', '=', query.stepId);
  const rows: Array<Pick<RunEventTable, 'type' | 'step_id' | 'data' | 'at'> & { seq: number }> = await select.orderBy('seq').limit(query.limit).execute();
  return rows.map((row) => ({ seq: Number(row.seq), type: row.type, stepId: row.step_id, data: JSON.parse(row.data) as Record<string, unknown>, at: row.at }));
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database-schema';
import { appendEvents, type NewRunEvent } from './event-store';
import type { RunRow } from './run-store';
import type { WorkflowRow } from './workflow-store';

/** What one submission writes: its workflow, its run (or a split run's parent and parts), their first events. */
export interface SubmissionRows {
  readonly workflow: WorkflowRow;
  readonly runs: ReadonlyArray<RunRow>;
  readonly events: ReadonlyArray<NewRunEvent>;
}

interface Pending {
  readonly rows: SubmissionRows;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Rows per INSERT: a run has about 35 columns, and SQLite binds at most 32766 values per statement. */
const ROWS_PER_INSERT = 200;

async function insertAll(trx: Transaction<Database>, batch: ReadonlyArray<SubmissionRows>): Promise<void> {
  const workflows = batch.map((rows) => rows.workflow);
  const runs = batch.flatMap((rows) => rows.runs);
  for (let start = 0; start < workflows.length; start += ROWS_PER_INSERT) await trx.insertInto('workflows').values(workflows.slice(start, start + ROWS_PER_INSERT)).execute();
  for (let start = 0; start < runs.length; start += ROWS_PER_INSERT) await trx.insertInto('runs').values(runs.slice(start, start + ROWS_PER_INSERT)).execute();
  await appendEvents(trx, batch.flatMap((rows) => rows.events));
}

/**
 * Group commit of submissions: those that arrive while a commit is under way are written
 * together in the next transaction (one commit, one INSERT per table), which a CPU profile
 * showed to be what a submission cost most on SQLite. Each submission's promise resolves only
 * once its rows are committed, so nothing reaches a cluster before its metadata is stored. When
 * a batch fails, its submissions are written one by one, so that one bad row fails only itself.
 */
export class SubmissionBatcher {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  write(rows: SubmissionRows): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Let the submissions already parsed in this turn of the event loop join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.db.transaction().execute((trx) => insertAll(trx, batch.map((entry) => entry.rows)));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else {
          for (const entry of batch) {
            await this.db
              .transaction()
              .execute((trx) => insertAll(trx, [entry.rows]))
              .then(entry.resolve, entry.reject);
          }
        }
      }
    }
    this.flushing = undefined;
  }
}

import type { Synchronization } from '@couler/ir';
import Database from 'better-sqlite3';
import { sleep } from '../internal/sleep';

/** One lock a run or a step takes: a mutex is a semaphore of one holder. */
export interface LockRequest {
  readonly kind: 'mutex' | 'semaphore';
  readonly name: string;
  readonly limit: number;
}

/** Who holds a lock now, as `couler status` or a waiting step names it. */
export interface LockHolder {
  readonly holder: string;
  readonly runId: string;
  readonly pid: number;
  readonly acquiredAt: string;
}

export type TryAcquireResult = { readonly acquired: true } | { readonly acquired: false; readonly busy: LockRequest; readonly holders: ReadonlyArray<LockHolder> };

/** The locks a workflow's or a step's `synchronization` asks for, mutexes first. */
export function lockRequestsOf(synchronization: Synchronization | undefined): LockRequest[] {
  if (!synchronization) return [];
  return [
    ...(synchronization.mutexes ?? []).map((mutex) => ({ kind: 'mutex' as const, name: mutex.name, limit: 1 })),
    ...(synchronization.semaphores ?? []).map((semaphore) => ({ kind: 'semaphore' as const, name: semaphore.name, limit: semaphore.limit })),
  ];
}

/** `mutex "deploy"`, `semaphore "gpu" (limit 2)`: how messages name a lock. */
export function describeLock(request: LockRequest): string {
  return request.kind === 'mutex' ? `mutex "${request.name}"` : `semaphore "${request.name}" (limit ${request.limit})`;
}

/** `run 20261206-ab12 (step "train[3]")`, a list of them: who a waiting step waits for. */
export function describeHolders(holders: ReadonlyArray<LockHolder>): string {
  return holders
    .map((holder) => {
      const step = holder.holder.slice(holder.runId.length + 1);
      return `run ${holder.runId}${step ? ` (step "${step}")` : ''}`;
    })
    .join(', ');
}

// Mutexes and semaphores are separate namespaces, as in Argo (a mutex name and a semaphore's
// ConfigMap key never meet), so a lock's key carries its kind.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS locks (
  lock_key TEXT NOT NULL,
  holder TEXT NOT NULL,
  run_id TEXT NOT NULL,
  pid INTEGER NOT NULL,
  acquired_at TEXT NOT NULL,
  PRIMARY KEY (lock_key, holder)
);
CREATE INDEX IF NOT EXISTS locks_by_holder ON locks (holder);
`;

const keyOf = (request: LockRequest): string => `${request.kind}:${request.name}`;

/** False only when no process has this id; a process of another user still counts as alive. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const FIRST_POLL_MS = 50;
const LONGEST_POLL_MS = 1000;

/**
 * The local engine's mutexes and semaphores, shared by every run of one Couler home: a table in
 * the home's state database, on a connection of its own so that taking a lock never waits for
 * the run's batched writes. A holder is a run (`<run>`) or a step instance (`<run>/<step id>`).
 *
 * Every run or step takes all its locks in one immediate transaction or none of them, so two
 * runs that want the same two locks never each hold one and wait for the other. A holder whose
 * engine process is gone (a `kill -9`) holds nothing: its rows are dropped by the next run that
 * looks, as Argo releases the locks of a deleted workflow.
 */
export class LockTable {
  private readonly db: Database.Database;
  private readonly tryAcquireAll: (requests: ReadonlyArray<LockRequest>, holder: string, runId: string) => TryAcquireResult;

  constructor(
    readonly file: string,
    private readonly pid = process.pid,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(SCHEMA);
    const holdersOf = this.db.prepare('SELECT holder, run_id, pid, acquired_at FROM locks WHERE lock_key = ?');
    const drop = this.db.prepare('DELETE FROM locks WHERE lock_key = ? AND holder = ?');
    const insert = this.db.prepare('INSERT OR REPLACE INTO locks (lock_key, holder, run_id, pid, acquired_at) VALUES (?, ?, ?, ?, ?)');
    const transaction = this.db.transaction((requests: ReadonlyArray<LockRequest>, holder: string, runId: string): TryAcquireResult => {
      for (const request of requests) {
        const rows = holdersOf.all(keyOf(request)) as Array<{ holder: string; run_id: string; pid: number; acquired_at: string }>;
        const holders: LockHolder[] = [];
        for (const row of rows) {
          if (row.holder === holder) continue;
          if (row.pid !== this.pid && !processAlive(row.pid)) drop.run(keyOf(request), row.holder);
          else holders.push({ holder: row.holder, runId: row.run_id, pid: row.pid, acquiredAt: row.acquired_at });
        }
        if (holders.length >= request.limit) return { acquired: false, busy: request, holders };
      }
      const at = new Date().toISOString();
      for (const request of requests) insert.run(keyOf(request), holder, runId, this.pid, at);
      return { acquired: true };
    });
    // IMMEDIATE: two engines that count the same holders cannot both decide there is room.
    this.tryAcquireAll = (requests, holder, runId) => transaction.immediate(requests, holder, runId);
  }

  /** Takes every lock now, or none of them and says which one is busy and who holds it. */
  tryAcquire(requests: ReadonlyArray<LockRequest>, holder: string, runId: string): TryAcquireResult {
    if (requests.length === 0) return { acquired: true };
    return this.tryAcquireAll(requests, holder, runId);
  }

  /**
   * Waits until every lock is free enough and takes them together. `onWait` hears once which
   * lock keeps the holder waiting (and again when that changes). False, holding nothing, when
   * the signal aborts first.
   */
  async acquire(
    requests: ReadonlyArray<LockRequest>,
    holder: string,
    runId: string,
    options: { signal?: AbortSignal; onWait?: (busy: LockRequest, holders: ReadonlyArray<LockHolder>) => void } = {},
  ): Promise<boolean> {
    let delay = FIRST_POLL_MS;
    let lastBusy: string | undefined;
    for (;;) {
      if (options.signal?.aborted) return false;
      const result = this.tryAcquire(requests, holder, runId);
      if (result.acquired) return true;
      if (keyOf(result.busy) !== lastBusy) {
        lastBusy = keyOf(result.busy);
        options.onWait?.(result.busy, result.holders);
      }
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, LONGEST_POLL_MS);
    }
  }

  /** Gives back every lock the holder has. */
  release(holder: string): void {
    this.db.prepare('DELETE FROM locks WHERE holder = ?').run(holder);
  }

  /** Gives back every lock held by the run or any of its steps. */
  releaseRun(runId: string): void {
    this.db.prepare('DELETE FROM locks WHERE run_id = ?').run(runId);
  }

  /** Who holds the lock now (dead engines' rows included until someone tries to take it). */
  holders(request: LockRequest): LockHolder[] {
    const rows = this.db.prepare('SELECT holder, run_id, pid, acquired_at FROM locks WHERE lock_key = ? ORDER BY acquired_at').all(keyOf(request)) as Array<{
      holder: string;
      run_id: string;
      pid: number;
      acquired_at: string;
    }>;
    return rows.map((row) => ({ holder: row.holder, runId: row.run_id, pid: row.pid, acquiredAt: row.acquired_at }));
  }

  close(): void {
    this.db.close();
  }
}

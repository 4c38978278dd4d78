/**
 * Writes queued to be committed together, in one SQLite transaction, instead of one commit each:
 * a run of a thousand short steps records four rows per step, and the commits were most of the
 * cost of its state. What someone waits for (`committed()`) is committed at the end of the
 * current turn of the event loop, with everything queued before it; the rest (a step's
 * `Running` row, the pid of its process) at the latest `LAZY_FLUSH_MS` later, or with the next
 * commit somebody waits for — in a busy run, one commit carries the rows of several steps.
 *
 * A write may name the row it writes whole (`key`): a later write of the same row replaces the
 * queued one in its place, so a short step's `Running` row and its final row, queued in the same
 * turn, are one write, not two.
 *
 * A queued write is not durable until `committed()` resolves: the engine waits for it before it
 * reports a step finished or starts anything that depends on it (see `RunScheduler`), so a
 * `kill -9` can only lose work that nobody was told about and nothing used.
 */
/** The longest a write nobody waits for stays queued. */
export const LAZY_FLUSH_MS = 20;

export class WriteQueue {
  private pending: Array<() => void> = [];
  /** Where each keyed write still queued stands in `pending`. */
  private positions = new Map<string, number>();
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private prompt?: NodeJS.Immediate;
  private lazy?: NodeJS.Timeout;

  /** `commit` runs the writes in one transaction, or throws and changes nothing. */
  constructor(private readonly commit: (writes: ReadonlyArray<() => void>) => void) {}

  get size(): number {
    return this.pending.length;
  }

  /**
   * Queues `write`. With a `key`, it must write its whole row (an upsert of every column): it
   * then replaces a queued write of the same key, keeping that one's place in the order.
   */
  add(write: () => void, key?: string): void {
    const position = key === undefined ? undefined : this.positions.get(key);
    if (position !== undefined) {
      this.pending[position] = write;
      return;
    }
    if (key !== undefined) this.positions.set(key, this.pending.length);
    this.pending.push(write);
    this.lazy ??= setTimeout(() => this.flushQuietly(), LAZY_FLUSH_MS);
  }

  /**
   * Resolves once every write queued so far is committed; rejects with the database's error.
   * `soon` (the default) commits at the end of this turn, for a waiter that holds work back;
   * otherwise with the next commit, at the latest `LAZY_FLUSH_MS` later: side by side, the
   * steps nothing waits for share their commits.
   */
  committed(soon = true): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (soon) this.prompt ??= setImmediate(() => this.flushQuietly());
    });
  }

  /**
   * Commits everything queued, now.
   * @throws the database's error (the disk is full, the file locked too long): the writes stay
   *   queued for the next flush, and whoever waits on `committed()` gets the error.
   */
  flush(): void {
    clearImmediate(this.prompt);
    clearTimeout(this.lazy);
    this.prompt = undefined;
    this.lazy = undefined;
    const writes = this.pending;
    const waiters = this.waiters;
    this.waiters = [];
    if (writes.length > 0) {
      try {
        this.commit(writes);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
        throw error;
      }
      this.pending = [];
      this.positions = new Map();
    }
    for (const waiter of waiters) waiter.resolve();
  }

  private flushQuietly(): void {
    try {
      this.flush();
    } catch {
      // Waiters have the error; the writes stay queued, and the next flush (a read, the end of
      // the run) tries again and throws it to its caller.
    }
  }
}

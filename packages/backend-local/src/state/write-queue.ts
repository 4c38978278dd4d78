/**
 * Writes queued to be committed together, in one SQLite transaction, instead of one commit each:
 * a run of a thousand short steps records four rows per step, and the commits were most of the
 * cost of its state. What someone waits for (`committed()`) is committed at the end of the
 * current turn of the event loop, with everything queued before it; the rest (a step's
 * `Running` row, the pid of its process) at the latest `LAZY_FLUSH_MS` later, or with the next
 * commit somebody waits for — in a busy run, one commit carries the rows of several steps.
 *
 * A queued write is not durable until `committed()` resolves: the engine waits for it before it
 * reports a step finished or starts anything that depends on it (see `RunScheduler`), so a
 * `kill -9` can only lose work that nobody was told about and nothing used.
 */
/** The longest a write nobody waits for stays queued. */
export const LAZY_FLUSH_MS = 20;

export class WriteQueue {
  private pending: Array<() => void> = [];
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private prompt?: NodeJS.Immediate;
  private lazy?: NodeJS.Timeout;

  /** `commit` runs the writes in one transaction, or throws and changes nothing. */
  constructor(private readonly commit: (writes: ReadonlyArray<() => void>) => void) {}

  get size(): number {
    return this.pending.length;
  }

  add(write: () => void): void {
    this.pending.push(write);
    this.lazy ??= setTimeout(() => this.flushQuietly(), LAZY_FLUSH_MS);
  }

  /** Resolves once every write queued so far is committed; rejects with the database's error. */
  committed(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.prompt ??= setImmediate(() => this.flushQuietly());
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

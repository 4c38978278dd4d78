import type { Caller } from './caller';

/**
 * Callers by token hash for a short while, so that a client sending many requests does not cost
 * a database read each (a CPU profile of the submit path put it among the largest costs). A
 * token revoked on this server is forgotten at once; on another server sharing the database it
 * stops working within `ttlMs`. Unknown tokens are not kept: a guess always reaches the database.
 */
export class CallerCache {
  private readonly entries = new Map<string, { readonly caller: Caller; readonly until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now = Date.now()): Caller | undefined {
    const entry = this.entries.get(tokenHash);
    if (entry === undefined) return undefined;
    if (entry.until > now) return entry.caller;
    this.entries.delete(tokenHash);
    return undefined;
  }

  set(tokenHash: string, caller: Caller, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { caller, until: now + this.ttlMs });
  }

  /** After a revocation (or a change of role): every caller is read again. */
  clear(): void {
    this.entries.clear();
  }
}

import { CoulerError } from '@couler/ir';
import type { CacheCandidate, CacheDecision, CacheEntryView, CachePolicy, CachePosition, CacheStateView } from '../model/cache-policy';

interface MutableEntry {
  key: string;
  step: string;
  version: string;
  bytes: number;
  recomputeSeconds: number;
  insertedAt: number;
  lastAccessAt: number;
  hits: number;
}

/**
 * The simulated cache: holds entries, applies a policy's decisions and refuses decisions that
 * break the capacity or evict what is not there (a policy bug must not pass for a result).
 */
export class CacheStore implements CacheStateView {
  readonly entries = new Map<string, MutableEntry>();
  usedBytes = 0;
  peakBytes = 0;
  evictions = 0;
  bytesWritten = 0;
  position: CachePosition = { run: 0, stepIndex: 0, clock: 0, doneInRun: new Map() };

  constructor(
    readonly capacityBytes: number,
    private readonly policy: CachePolicy,
  ) {}

  /** A lookup or read of `key`: true on a hit, with the policy told first. */
  access(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.policy.onHit?.(entry, this);
    entry.hits += 1;
    entry.lastAccessAt = this.position.clock;
    return true;
  }

  /** Offers a freshly produced artifact; returns whether it was admitted. */
  offer(candidate: CacheCandidate): boolean {
    if (this.entries.has(candidate.key)) return false;
    const decision: CacheDecision = this.policy.admit(candidate, this);
    for (const key of new Set(decision.evict)) this.evict(key);
    if (!decision.admit) return false;
    if (!this.policy.unbounded && this.usedBytes + candidate.bytes > this.capacityBytes) {
      throw new CoulerError(
        'INVALID_FIELD',
        `Cache policy "${this.policy.policyId}" admitted "${candidate.key}" (${candidate.bytes} bytes) without room: ${this.usedBytes} of ${this.capacityBytes} bytes used.`,
        { hint: 'A policy must evict enough before admitting.' },
      );
    }
    const entry: MutableEntry = { ...candidate, insertedAt: this.position.clock, lastAccessAt: this.position.clock, hits: 0 };
    this.entries.set(candidate.key, entry);
    this.usedBytes += candidate.bytes;
    this.bytesWritten += candidate.bytes;
    this.peakBytes = Math.max(this.peakBytes, this.usedBytes);
    return true;
  }

  private evict(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) {
      throw new CoulerError('INVALID_FIELD', `Cache policy "${this.policy.policyId}" evicted "${key}", which is not cached.`);
    }
    this.entries.delete(key);
    this.usedBytes -= entry.bytes;
    this.evictions += 1;
    this.policy.onEvict?.(entry as CacheEntryView, this);
  }
}

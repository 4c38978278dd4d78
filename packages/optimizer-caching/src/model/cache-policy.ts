import type { WorkloadGraph } from './workload-graph';

/** An artifact the cache is offered right after its step produced it. */
export interface CacheCandidate {
  /** `step@version`: the memoization key. */
  readonly key: string;
  readonly step: string;
  readonly version: string;
  readonly bytes: number;
  /**
   * Seconds a later miss on this key costs: running the step again (compute, reading its
   * inputs, writing the artifact). What a hit saves.
   */
  readonly recomputeSeconds: number;
}

/** A cached artifact, with the bookkeeping every classic policy needs. */
export interface CacheEntryView extends CacheCandidate {
  /** Logical clock (one tick per cache event) when it entered the cache. */
  readonly insertedAt: number;
  /** Logical clock of its last hit, or `insertedAt`. */
  readonly lastAccessAt: number;
  /** Hits since it entered the cache (lookups and reads). */
  readonly hits: number;
}

/** Where the workload is when the policy is asked. */
export interface CachePosition {
  /** Index of the current run. */
  readonly run: number;
  /** Index, in the workload's topological step order, of the step being executed. */
  readonly stepIndex: number;
  /** Logical clock: increases by one at every lookup and read. */
  readonly clock: number;
  /** Steps already looked up in the current run, with the version each asked for. */
  readonly doneInRun: ReadonlyMap<string, string>;
}

/** The cache as the policy sees it: read-only. */
export interface CacheStateView {
  readonly capacityBytes: number;
  readonly usedBytes: number;
  readonly entries: ReadonlyMap<string, CacheEntryView>;
  readonly position: CachePosition;
}

/** A policy's answer to a candidate: evict these (existing keys), then admit or not. */
export interface CacheDecision {
  readonly admit: boolean;
  readonly evict: ReadonlyArray<string>;
}

/**
 * An admission and eviction policy. Plain data in, decisions out: the simulator (or an
 * engine's cache) owns the cache and applies the decisions; the policy may keep its own
 * bookkeeping, fed by the hooks. One instance serves one cache.
 */
export interface CachePolicy {
  /** Stable id: `lru`, `couler`, `belady` … */
  readonly policyId: string;
  /** True for `all`: the simulator lets it exceed the capacity. */
  readonly unbounded?: boolean;
  /**
   * Called after a step produced `candidate` (a miss). The evicted keys must be cached; after
   * evicting them an admitted candidate must fit.
   */
  admit(candidate: CacheCandidate, state: CacheStateView): CacheDecision;
  /** A lookup or a read hit `entry` (before its counters are updated). */
  onHit?(entry: CacheEntryView, state: CacheStateView): void;
  /** A step asked for `key` (hit or miss): its memoization lookup. */
  onLookup?(key: string, step: string, state: CacheStateView): void;
  /** `entry` left the cache. */
  onEvict?(entry: CacheEntryView, state: CacheStateView): void;
}

/** What a policy may know when it is made: the DAG always; the future for offline policies. */
export interface CachePolicyContext {
  readonly graph: WorkloadGraph;
  readonly capacityBytes: number;
  /** Bandwidths of the simulated cache and remote store, bytes per second. */
  readonly cacheBandwidth: number;
  readonly remoteBandwidth: number;
}

export type CachePolicyFactory = (context: CachePolicyContext) => CachePolicy;

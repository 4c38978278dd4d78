/** What one policy did on one workload at one capacity. */
export interface SimulationResult {
  readonly policyId: string;
  readonly workload: string;
  readonly capacityBytes: number;
  /** Memoization lookups: one per step per run. */
  readonly lookups: number;
  readonly hits: number;
  /** Lookups of a version never produced before: no policy can hit them. */
  readonly compulsoryMisses: number;
  /** hits / lookups. */
  readonly hitRatio: number;
  /** Bytes of the artifacts hit / bytes of the artifacts looked up. */
  readonly byteHitRatio: number;
  /** hits / (lookups − compulsory misses): the share of hits any cache could have had. */
  readonly reusableHitRatio: number;
  /** Input reads by steps that ran, and how many the cache served. */
  readonly reads: number;
  readonly readHits: number;
  /** Sum over runs of each run's critical path (runs are sequential: one developer iterating). */
  readonly makespanSeconds: number;
  /** Seconds of step execution the hits avoided (compute, reads and writes of the skipped runs). */
  readonly recomputeSecondsSaved: number;
  /** Seconds of compute actually executed. */
  readonly computeSeconds: number;
  readonly bytesWrittenToCache: number;
  readonly peakCacheBytes: number;
  readonly evictions: number;
}

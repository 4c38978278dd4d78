/**
 * How much each property of the tech report's workflow queue counts when a queued run is
 * placed (Couler tech report §II.A: "(a) the workflow priority, (b) cluster current capacity of
 * CPU/Memory, (c) user's current CPU/Memory quota, (d) user's current GPU quota").
 */
export interface PlacementWeights {
  /** Per point of priority (after aging). */
  readonly priority: number;
  /** Per fraction of the cluster's CPU left free after placing the run (spreads load). */
  readonly clusterCpu: number;
  /** Per fraction of the cluster's memory left free after placing the run. */
  readonly clusterMemory: number;
  /** Per fraction of the user's CPU and memory quota left after the run (light users first). */
  readonly userQuota: number;
  /** Per fraction of the user's GPU quota left after the run. */
  readonly userGpu: number;
  /** Priority points a run gains per minute it waits, so that no run waits for ever. */
  readonly agingPerMinute: number;
}

export const DEFAULT_PLACEMENT_WEIGHTS: PlacementWeights = {
  priority: 1,
  clusterCpu: 1,
  clusterMemory: 1,
  userQuota: 1,
  userGpu: 1,
  agingPerMinute: 1,
};

/**
 * Every parameter of the simulated machine, in one place. The same values serve every policy
 * and every scenario; nothing is tuned per policy.
 */
export interface SimulationConfig {
  /**
   * Bytes per second read from or written to the cache tier (an in-memory store such as
   * Alluxio, as in the paper). Default 2 GB/s.
   */
  readonly cacheBandwidth: number;
  /**
   * Bytes per second read from or written to the remote artifact store (S3, OSS, HDFS). Every
   * produced artifact is written there; a step reads an input from there when the cache does not
   * hold it. Default 200 MB/s.
   */
  readonly remoteBandwidth: number;
  /** Seconds a memoization hit takes (the lookup and the bookkeeping). Default 1 s. */
  readonly hitSeconds: number;
}

export const DEFAULT_SIMULATION_CONFIG: SimulationConfig = {
  cacheBandwidth: 2e9,
  remoteBandwidth: 2e8,
  hitSeconds: 1,
};

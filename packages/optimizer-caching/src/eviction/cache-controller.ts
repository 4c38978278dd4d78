import type { CachePolicyFactory } from '../model/cache-policy';
import { buildWorkloadGraph } from '../model/workload-graph';
import type { WorkloadStep } from '../model/workload';
import { artifactKey } from '../model/workload';
import { CacheStore } from '../simulator/cache-store';
import { DEFAULT_SIMULATION_CONFIG, type SimulationConfig } from '../simulator/simulation-config';
import { createCachePolicy } from '../policies/create-cache-policy';

export interface CacheControllerOptions {
  readonly steps: ReadonlyArray<WorkloadStep>;
  readonly capacityBytes: number;
  /** A policy id (`couler`, `lru` …) or a factory. Default `couler`. */
  readonly policy?: string | CachePolicyFactory;
  readonly config?: Partial<SimulationConfig>;
}

/**
 * A policy-driven cache index for an engine: the engine keeps the bytes, the controller decides.
 * Call `startRun()` before each run, `lookup` when a step's key is known (true: reuse the cached
 * result), `read` when a step reads another's artifact, and `offer` after a step produced its
 * artifact; delete what `offer` returns in `evicted`.
 */
export class CacheController {
  private readonly store: CacheStore;
  private readonly policy;
  private readonly graph;
  private run = -1;
  private clock = 0;
  private doneInRun = new Map<string, string>();

  constructor(options: CacheControllerOptions) {
    const config = { ...DEFAULT_SIMULATION_CONFIG, ...options.config };
    this.graph = buildWorkloadGraph(options.steps);
    const factory = typeof options.policy === 'function' ? options.policy : createCachePolicy(options.policy ?? 'couler');
    this.policy = factory({ graph: this.graph, capacityBytes: options.capacityBytes, cacheBandwidth: config.cacheBandwidth, remoteBandwidth: config.remoteBandwidth });
    this.store = new CacheStore(options.capacityBytes, this.policy);
  }

  startRun(): void {
    this.run += 1;
    this.doneInRun = new Map();
  }

  /** The memoization lookup of `step` at `version`: true when cached. */
  lookup(step: string, version: string): boolean {
    const key = artifactKey(step, version);
    this.tick(step);
    this.policy.onLookup?.(key, step, this.store);
    this.doneInRun.set(step, version);
    return this.store.access(key);
  }

  /** A step read the artifact of `step` at `version`: true when the cache served it. */
  read(step: string, version: string): boolean {
    this.tick(step);
    return this.store.access(artifactKey(step, version));
  }

  /** `step` produced `version`; returns whether it is now cached and which keys to delete. */
  offer(artifact: { step: string; version: string; bytes: number; recomputeSeconds: number }): { admitted: boolean; evicted: string[] } {
    const before = new Set(this.store.entries.keys());
    const admitted = this.store.offer({ key: artifactKey(artifact.step, artifact.version), ...artifact });
    return { admitted, evicted: [...before].filter((key) => !this.store.entries.has(key)) };
  }

  get usedBytes(): number {
    return this.store.usedBytes;
  }

  keys(): string[] {
    return [...this.store.entries.keys()];
  }

  private tick(step: string): void {
    this.store.position = { run: Math.max(this.run, 0), stepIndex: this.graph.indexOf.get(step) ?? 0, clock: ++this.clock, doneInRun: this.doneInRun };
  }
}

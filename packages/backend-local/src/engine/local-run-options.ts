import type { RetryPolicy } from '@couler/ir';
import type { RemoteArtifactStores } from '../artifacts/remote-artifact-store';
import type { CacheEvictionPolicy } from '../cache/cache-eviction-policy';
import type { ContainerRuntimeChoice } from './container-runtime';
import type { EngineEventListener } from './engine-event';

/** How to run a workflow with the local engine. Every field is optional. */
export interface LocalRunOptions {
  /** Where state, artifacts and logs live. Default `$COULER_HOME`, else `~/.couler`. */
  readonly home?: string;
  /** Values for workflow parameters, overriding their defaults (`--param k=v`). */
  readonly parameters?: Readonly<Record<string, string>>;
  /**
   * Most steps running at once. Default: the number of cores. The workflow's own
   * `spec.parallelism` lowers it further.
   */
  readonly parallelism?: number;
  /**
   * Memoization for this run: `false` turns it off (`--no-cache`), `true` turns it on for every
   * step that does not opt out; by default only steps (or workflows) with a cache hint memoize.
   * `COULER_CACHE=off` in the environment turns it off everywhere.
   */
  readonly cache?: boolean;
  /** Size limit of the memoization cache, in bytes (`--cache-size`). Default 5 GiB. */
  readonly maxCacheBytes?: number;
  /**
   * An @couler/optimizer-caching policy id (`--cache-policy`): `couler`, `couler-paper`, `lru`,
   * `lfu`, `fifo`, `gdsf`, `lrc`, `mrd`, `none` or `all`. It decides, for each new result, whether
   * it is kept and which entries leave, learning from the lookups of recent runs. Default: none,
   * and `evictionPolicy` (least-recently-used) evicts after every write as before.
   * `all` keeps everything, over `maxCacheBytes`.
   * @throws CoulerError `INVALID_FIELD` for an unknown or offline id, or with `evictionPolicy` too.
   */
  readonly cachePolicy?: string;
  /** Which cached results to drop when over the limit, without a `cachePolicy`. Default least-recently-used. */
  readonly evictionPolicy?: CacheEvictionPolicy;
  /** Cancels the run: running steps are killed and recorded as Cancelled; `resume` continues it. */
  readonly signal?: AbortSignal;
  /** Every event, in order (progress views, `--json`). */
  readonly onEvent?: EngineEventListener;
  /**
   * The dataset cache (`datasetCache` in couler.config): its size limit in bytes, past which
   * least-recently-used datasets leave. Default 20 GiB. `false` downloads every read (for benchmarks).
   */
  readonly datasetCache?: { readonly maxBytes?: number } | false;
  /** Stores for S3, GCS, … artifacts; `http` and `git` are built in. */
  readonly artifactStores?: RemoteArtifactStores;
  /**
   * The policy of steps that have none (the workflow's `spec.retry` comes first). Default
   * `DEFAULT_TRANSIENT_RETRY`: transient failures only. `false`: no automatic retry.
   */
  readonly defaultRetry?: RetryPolicy | false;
  /**
   * Where container and script steps run: `host` (default) as processes on this machine, their
   * images unused; `docker` or `podman` in their images; `auto` the first of those installed.
   * A resumed run keeps the runtime it started with unless this is given.
   */
  readonly containerRuntime?: ContainerRuntimeChoice;
  /** The environment steps start from (their own `env` is added). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The id of a new run. Default `<workflow>-<yyyymmdd-hhmmss>-<4 hex>`. */
  readonly runId?: string;
  /** The workflow file, recorded with the run. */
  readonly sourceFile?: string;
  /**
   * The workflow is what @couler/ir's `parseWorkflow` or `checkWorkflow` returned, unchanged
   * since: the engine does not validate it a second time (`couler run` sets it, its loader has
   * validated the file; on 1,000 steps that is 50 ms). What only this engine refuses is still
   * checked. Passing anything else with it runs an unvalidated workflow.
   */
  readonly validated?: boolean;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

import { join } from 'node:path';
import { resolveCoulerHome, type RemoteArtifactStores } from '@couler/backend-local';
import type { FastifyServerOptions } from 'fastify';
import type { RetryPolicy } from '@couler/ir';
import type { OnTimePolicy } from './monitor/on-time-policy';
import type { PlacementWeights } from './queue/placement-weights';
import type { SourceLimits } from './source/compile-workflow-source';

export interface ServerOptions {
  /** `postgres://…`, or a SQLite file. Default `<couler home>/server.db`. */
  readonly db?: string;
  /** PostgreSQL schema to use (created when missing). Default: the connection's search path. */
  readonly dbSchema?: string;
  /** The Couler home of the local cluster's engine and of the default database. */
  readonly home?: string;
  readonly host?: string;
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Largest request body, in bytes. Default 4 MiB. */
  readonly bodyLimit?: number;
  /** Requests per token (per address without one) per minute; `false` for none. Default 600. */
  readonly rateLimit?: number | false;
  /** Origins allowed to call the API from a browser. Default none: CORS stays off. */
  readonly corsOrigins?: ReadonlyArray<string>;
  readonly weights?: Partial<PlacementWeights>;
  /** How long a run's lease lasts without renewal. Default 30 s. */
  readonly leaseMs?: number;
  /** How often an idle queue is looked at. Default 1 s. */
  readonly pollMs?: number;
  /** The owner's token on an empty database. Default `$COULER_SERVER_TOKEN`, else a new one. */
  readonly ownerToken?: string;
  /**
   * The local cluster: its capacity (default this machine's), the engine's parallelism per run,
   * and the remote stores (S3, GCS, HDFS, … with their credentials) its runs read and write
   * artifacts in; without them a run with a remote artifact fails, naming the store.
   */
  readonly localCluster?: { readonly cpu?: number; readonly memory?: number; readonly parallelism?: number; readonly artifactStores?: RemoteArtifactStores };
  /** pino settings (`false`: no logs). Default: JSON lines at `info`. */
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * Automatic retry of runs that failed for a transient reason (the local engine's patterns):
   * how often and with what backoff; only the failed steps run again. `false`: none. Default
   * twice, after 1 s then 2 s (with jitter).
   */
  readonly autoRetry?: RetryPolicy | false;
  /** The on-time monitor: deadline and longest silence of a running run, and what to do then. Default: no limits. */
  readonly onTime?: Partial<OnTimePolicy>;
  /** Remote clusters: how often a running run's status is read (default 2 s) and their health checked (default 30 s). */
  readonly clusters?: { readonly pollMs?: number; readonly healthEveryMs?: number };
  /** Limits of compiling a submitted TypeScript/JavaScript source: time (10 s), heap (256 MiB), compiles at once (2). */
  readonly sourceLimits?: Partial<SourceLimits>;
  /**
   * How long a token's caller is remembered without asking the database (default 2 s; 0: never).
   * A token revoked through another server on the same database stops working within this time.
   */
  readonly authCacheMs?: number;
  /** The GUI's static build, served at `/`. Default: `@couler/web`'s build beside this package, when it was built; `false` for none. */
  readonly webRoot?: string | false;
  /**
   * The secret cluster credentials are encrypted under (AES-256-GCM). Default: the contents of
   * `secretFile`, else `$COULER_SERVER_SECRET`, else `<couler home>/server.key`, generated on the
   * first start. Every server on one database needs the same.
   */
  readonly secret?: string;
  /** A file holding the secret. */
  readonly secretFile?: string;
  /** Name of this process in leases. Default `<hostname>:<pid>:<random>`. */
  readonly processName?: string;
}

export function defaultDatabase(options: ServerOptions): string {
  return options.db ?? join(resolveCoulerHome(options.home).root, 'server.db');
}

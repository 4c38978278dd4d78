import type { CallerCache } from './auth/caller-cache';
import type { ClusterHealthWatcher } from './clusters/cluster-health-watcher';
import type { ClusterRunner } from './clusters/cluster-runner';
import type { ServerDatabase } from './db/open-database';
import type { SecretBox } from './secrets/secret-box';
import type { ServerMetrics } from './metrics/server-metrics';
import type { SubmissionBatcher } from './store/submission-batcher';
import type { RunDispatcher } from './runs/run-dispatcher';
import type { RunNotifier } from './runs/run-notifier';

/** What the routes share. */
export interface ServerContext {
  readonly database: ServerDatabase;
  readonly dispatcher: RunDispatcher;
  readonly notifier: RunNotifier;
  readonly metrics: ServerMetrics;
  /** Runners by cluster kind, the watcher of their health, and what seals and opens their credentials. */
  readonly clusters: { readonly runners: ReadonlyMap<string, ClusterRunner>; readonly health: ClusterHealthWatcher; readonly secrets: SecretBox };
  /** Compiles a TypeScript/JavaScript workflow source in a child process with limits (never in this one). */
  readonly compileSource: (source: string, language: 'ts' | 'js') => Promise<unknown>;
  /** Callers by token, for a moment; cleared when a token is revoked. */
  readonly callers: CallerCache;
  /** Writes submissions, several in one transaction when they arrive together. */
  readonly submissions: SubmissionBatcher;
  /** ISO time now; a function so tests could move it. */
  readonly now: () => string;
}

/**
 * @couler/server — the Couler service: an HTTP API (OpenAPI at /openapi.json) over a database
 * (SQLite by default, PostgreSQL for several processes) that queues workflows across clusters
 * by priority and quota, runs them, and retries them from the failure point.
 *
 * `startServer(options)` is what `couler server` runs; `createServer` builds one without
 * listening, for tests and embedding.
 */
export { API_PREFIX, createServer, type CoulerServer } from './create-server';
export { startServer, type StartedServer } from './start-server';
export type { ServerOptions } from './server-options';
export * from './queue/index';
export { closeOnSignal, startBanner } from './run-until-signal';

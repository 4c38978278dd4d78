import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema';

/** What `/metrics` shows, in a registry of this server's own (two servers in one process do not mix). */
export interface ServerMetrics {
  readonly registry: Registry;
  readonly placements: Counter<'cluster'>;
  readonly retries: Counter<'kind'>;
  readonly monitorActions: Counter<'kind' | 'action'>;
  readonly stepDuration: Histogram<'phase'>;
  readonly requests: Counter<'method' | 'route' | 'status'>;
}

export function createServerMetrics(db: Kysely<Database>): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const placements = new Counter({ name: 'couler_placements_total', help: 'Runs placed on a cluster by the queue.', labelNames: ['cluster'], registers: [registry] });
  const retries = new Counter({
    name: 'couler_retries_total',
    help: 'Step retries by the engine (automatic), run retries by the server after a transient failure (transient) and run retries asked for (manual).',
    labelNames: ['kind'],
    registers: [registry],
  });
  const monitorActions = new Counter({ name: 'couler_monitor_actions_total', help: 'Runs the on-time monitor stopped: past their deadline or without progress, and what it did.', labelNames: ['kind', 'action'], registers: [registry] });
  const stepDuration = new Histogram({
    name: 'couler_step_duration_seconds',
    help: 'How long step attempts took, by how they ended.',
    labelNames: ['phase'],
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 1800, 7200],
    registers: [registry],
  });
  const requests = new Counter({ name: 'couler_http_requests_total', help: 'HTTP requests answered.', labelNames: ['method', 'route', 'status'], registers: [registry] });
  // Read from the database at scrape time: several servers share it, so any one can tell.
  new Gauge({
    name: 'couler_runs',
    help: 'Runs by phase, across every server on this database.',
    labelNames: ['phase'],
    registers: [registry],
    async collect() {
      const rows = await db.selectFrom('runs').select(['phase', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('phase').execute();
      this.reset();
      for (const row of rows) this.set({ phase: row.phase }, Number(row.count));
    },
  });
  new Gauge({
    name: 'couler_queue_depth',
    help: 'Runs waiting in the queue.',
    registers: [registry],
    async collect() {
      const row = await db.selectFrom('runs').select((eb) => eb.fn.countAll<number>().as('count')).where('phase', '=', 'Queued').executeTakeFirst();
      this.set(Number(row?.count ?? 0));
    },
  });
  return { registry, placements, retries, monitorActions, stepDuration, requests };
}

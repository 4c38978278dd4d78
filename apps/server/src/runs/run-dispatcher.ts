import { parseWorkflow, type BackendV1RunHandle, type RetryPolicy } from '@couler/ir';
import type { FastifyBaseLogger } from 'fastify';
import { SHUTDOWN, type ClusterRunner, type ClusterRunOutcome } from '../clusters/cluster-runner';
import type { ServerDatabase } from '../db/open-database';
import type { ServerMetrics } from '../metrics/server-metrics';
import { checkOnTime, type OnTimeFinding, type OnTimePolicy } from '../monitor/on-time-policy';
import { settleRun, type Settlement } from '../monitor/settle-run';
import type { RunPart } from '../split/run-part';
import { settleParts } from '../split/settle-parts';
import { choosePlacements } from '../queue/choose-placements';
import type { PlacementWeights } from '../queue/placement-weights';
import { appendEvents, type NewRunEvent } from '../store/event-store';
import type { RunRow } from '../store/run-store';
import { clusterSettings } from '../store/cluster-store';
import type { SecretBox } from '../secrets/secret-box';
import { loadQueue } from './load-queue';
import { RunRecorder } from './run-recorder';

export interface RunDispatcherOptions {
  readonly database: ServerDatabase;
  /** This server process, as written in the leases it holds. */
  readonly owner: string;
  /** Cluster runners by cluster kind. */
  readonly runners: ReadonlyMap<string, ClusterRunner>;
  readonly weights: PlacementWeights;
  /** How long a lease lasts without renewal; a dead server's runs are taken over after it. */
  readonly leaseMs: number;
  /** How often the queue is looked at when nothing wakes it. */
  readonly pollMs: number;
  readonly metrics: ServerMetrics;
  readonly log: FastifyBaseLogger;
  /** Tells SSE streams that a run has new events. */
  readonly notify: (runId: string) => void;
  /** Automatic retry of transient failures; `false`: none. */
  readonly autoRetry: RetryPolicy | false;
  readonly onTime: OnTimePolicy;
  /** Opens the clusters' credentials. */
  readonly secrets: SecretBox;
}

interface ActiveRun {
  readonly controller: AbortController;
  done: Promise<void>;
  readonly row: RunRow;
  readonly startedAt: number;
  lastProgressAt: number;
  /** Set when the on-time monitor stopped the run. */
  finding?: OnTimeFinding;
}

const MIN_ROUND_MS = 50;

const fmt = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The queue's worker in one server process: places queued runs on clusters (a round of the
 * pure `choosePlacements` over rows it has locked), runs what it placed, renews its leases,
 * takes over runs whose lease expired (their server died) and stops runs asked to cancel.
 */
export class RunDispatcher {
  private readonly active = new Map<string, ActiveRun>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private monitor: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastRound = 0;

  constructor(private readonly options: RunDispatcherOptions) {}

  start(): void {
    this.stopped = false;
    this.heartbeat = setInterval(() => void this.renewLeases().catch((error) => this.options.log.error({ err: error }, 'lease renewal failed')), Math.max(50, this.options.leaseMs / 3));
    this.heartbeat.unref();
    this.monitor = setInterval(() => void this.watchOnTime().catch((error) => this.options.log.error({ err: error }, 'on-time check failed')), this.options.onTime.checkEveryMs);
    this.monitor.unref();
    this.wake();
  }

  /** Looks at the queue soon (a run was submitted, one finished). */
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    // At most one round per MIN_ROUND_MS: a burst of submissions is placed together, not one round each.
    this.timer = setTimeout(() => void this.tick(), Math.max(0, this.lastRound + MIN_ROUND_MS - Date.now()));
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.lastRound = Date.now();
    this.ticking = (async () => {
      try {
        await this.takeOrphans();
        await this.placeRound();
      } catch (error) {
        this.options.log.error({ err: error }, 'queue round failed');
      }
    })();
    await this.ticking;
    this.ticking = undefined;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.wake();
    } else this.timer = setTimeout(() => void this.tick(), this.options.pollMs);
    this.timer?.unref?.();
  }

  private leaseUntil(): string {
    return new Date(Date.now() + this.options.leaseMs).toISOString();
  }

  /** One placement round in one transaction; starts what it placed once committed. */
  private async placeRound(): Promise<void> {
    const { database, weights, owner } = this.options;
    const placed = await database.db.transaction().execute(async (trx) => {
      const queue = await loadQueue(trx, database.dialect);
      if (queue.rows.length === 0) return [];
      const nowMs = Date.now();
      const now = new Date(nowMs).toISOString();
      const round = choosePlacements(queue.runs, queue.clusters, queue.users, weights, nowMs);
      const byId = new Map(queue.rows.map((row) => [row.id, row]));
      // The round read only the columns it scores; a run it places starts from its whole row.
      const placedIds = round.placed.map((placement) => placement.runId);
      const placedRows = new Map(placedIds.length === 0 ? [] : (await trx.selectFrom('runs').selectAll().where('id', 'in', placedIds).execute()).map((row) => [row.id, row]));
      const events: NewRunEvent[] = [];
      const started: RunRow[] = [];
      for (const placement of round.placed) {
        const row = placedRows.get(placement.runId)!;
        const { scores } = placement;
        const change = { phase: 'Running', cluster_id: placement.clusterId, lease_owner: owner, lease_expires_at: this.leaseUntil(), wait_reason: null, started_at: row.started_at ?? now, dispatches: row.dispatches + 1, updated_at: now };
        await trx.updateTable('runs').set(change).where('id', '=', row.id).where('phase', '=', 'Queued').execute();
        const message = `Placed on cluster "${placement.clusterName}" with score ${fmt(scores.total)} (priority ${fmt(scores.priority)}, cluster CPU ${fmt(scores.clusterCpu)}, cluster memory ${fmt(scores.clusterMemory)}, user quota ${fmt(scores.userQuota)}, user GPU ${fmt(scores.userGpu)}).`;
        events.push({ runId: row.id, tenantId: row.tenant_id, type: 'placed', data: { cluster: placement.clusterName, server: owner, scores, candidates: placement.candidates, message }, at: now });
        started.push({ ...row, ...change });
        this.options.metrics.placements.inc({ cluster: placement.clusterName });
      }
      // Runs whose reason to wait changed, by reason: one statement per reason, not one per run.
      const byReason = new Map<string, string[]>();
      for (const [runId, reason] of round.waiting) {
        const row = byId.get(runId)!;
        if (row.wait_reason === reason.message) continue;
        byReason.set(reason.message, [...(byReason.get(reason.message) ?? []), runId]);
        events.push({ runId, tenantId: row.tenant_id, type: 'waiting', data: { reason: reason.kind, message: reason.message }, at: now });
      }
      for (const [message, ids] of byReason) await trx.updateTable('runs').set({ wait_reason: message, updated_at: now }).where('id', 'in', ids).execute();
      await appendEvents(trx, events);
      return started;
    });
    for (const row of placed) {
      this.options.notify(row.id);
      this.launch(row);
    }
  }

  /** Takes the runs of servers that died (lease expired while Running): they are resumed, not restarted. */
  private async takeOrphans(): Promise<void> {
    const { database, owner } = this.options;
    const taken = await database.db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      let query = trx.selectFrom('runs').selectAll().where('phase', '=', 'Running').where('lease_expires_at', '<', now).limit(50);
      if (database.dialect === 'postgres') query = query.forUpdate().skipLocked();
      const rows = await query.execute();
      const mine: RunRow[] = [];
      for (const row of rows) {
        if (this.active.has(row.id)) continue;
        const change = { lease_owner: owner, lease_expires_at: this.leaseUntil(), dispatch_action: 'resume' as const, dispatches: row.dispatches + 1, updated_at: now };
        const result = await trx.updateTable('runs').set(change).where('id', '=', row.id).where('lease_expires_at', '=', row.lease_expires_at).executeTakeFirst();
        if (result.numUpdatedRows === 0n) continue;
        mine.push({ ...row, ...change });
      }
      const message = (row: RunRow) => `The server running it (${row.lease_owner ?? 'unknown'}) stopped renewing its lease; this server (${owner}) resumes it, keeping the steps that finished.`;
      await appendEvents(trx, mine.map((row) => ({ runId: row.id, tenantId: row.tenant_id, type: 'reattached', data: { message: message(rows.find((old) => old.id === row.id)!) }, at: now })));
      return mine;
    });
    for (const row of taken) this.launch(row);
  }

  private launch(row: RunRow): void {
    const now = Date.now();
    const active: ActiveRun = { controller: new AbortController(), done: Promise.resolve(), row, startedAt: now, lastProgressAt: now };
    this.active.set(row.id, active);
    active.done = this.execute(active)
      .catch((error) => this.options.log.error({ err: error, runId: row.id }, 'run failed to finish'))
      .finally(() => {
        this.active.delete(row.id);
        this.wake();
      });
  }

  /**
   * The on-time monitor: a run of this process past its deadline, or silent for too long, is
   * stopped with an event saying why; `execute` then fails or retries it, as configured.
   */
  private async watchOnTime(): Promise<void> {
    const now = Date.now();
    for (const active of this.active.values()) {
      if (active.finding || active.controller.signal.aborted) continue;
      const finding = checkOnTime({ startedAt: active.startedAt, lastProgressAt: active.lastProgressAt, deadlineSeconds: active.row.deadline_seconds }, now, this.options.onTime);
      if (!finding) continue;
      active.finding = finding;
      this.options.metrics.monitorActions.inc({ kind: finding.kind, action: finding.action });
      const { row } = active;
      await appendEvents(this.options.database.db, [{ runId: row.id, tenantId: row.tenant_id, type: finding.kind === 'deadline' ? 'overdue' : 'stalled', data: { message: finding.message, action: finding.action }, at: new Date(now).toISOString() }]);
      this.options.notify(row.id);
      active.controller.abort();
    }
  }

  private async execute(active: ActiveRun): Promise<void> {
    const { database, runners, metrics, notify, owner } = this.options;
    const { row } = active;
    const signal = active.controller.signal;
    const db = database.db;
    const cluster = await db.selectFrom('clusters').selectAll().where('id', '=', row.cluster_id!).executeTakeFirstOrThrow();
    const workflowRow = await db.selectFrom('workflows').select('ir').where('id', '=', row.workflow_id).executeTakeFirstOrThrow();
    const recorder = new RunRecorder(db, { id: row.id, tenantId: row.tenant_id }, notify, metrics);
    const runner = runners.get(cluster.kind);
    let outcome: ClusterRunOutcome;
    if (!runner) outcome = { phase: 'Error', message: `This server cannot run on clusters of kind "${cluster.kind}".`, steps: [] };
    else {
      outcome = await runner.run(
        {
          id: row.id,
          // A part of a split run runs its own workflow, not the whole.
          workflow: parseWorkflow(row.part === null ? JSON.parse(workflowRow.ir) : (JSON.parse(row.part) as RunPart).ir),
          parameters: JSON.parse(row.parameters) as Record<string, string>,
          action: row.dispatch_action,
          dispatch: row.dispatches,
          retryFrom: row.retry_from,
          externalRun: row.external_run === null ? null : (JSON.parse(row.external_run) as BackendV1RunHandle),
          cluster: { name: cluster.name, settings: clusterSettings(this.options.secrets, cluster) },
        },
        {
          signal,
          onEvent: (event) => {
            active.lastProgressAt = Date.now();
            recorder.onEvent(event);
          },
          onSubmitted: async (handle) => {
            await db.updateTable('runs').set({ external_run: JSON.stringify(handle) }).where('id', '=', row.id).where('lease_owner', '=', owner).execute();
          },
        },
      );
    }
    await recorder.finish(outcome);
    const settlement = settleRun({
      outcome,
      ...(active.finding && { finding: active.finding }),
      shuttingDown: signal.aborted && this.stopped,
      autoRetries: row.auto_retries,
      policy: this.options.autoRetry,
    });
    await this.apply(row, settlement, outcome);
    notify(row.id);
  }

  /** Writes a settlement: the run back in the queue (a shutdown, a retry after its backoff) or finished. */
  private async apply(row: RunRow, settlement: Settlement, outcome: ClusterRunOutcome): Promise<void> {
    const { database, owner, metrics } = this.options;
    const db = database.db;
    const now = new Date().toISOString();
    if (settlement.kind === 'requeue') {
      // Stopped by this server's shutdown, not by a user: back in the queue, to be resumed.
      await db.updateTable('runs').set({ phase: 'Queued', dispatch_action: 'resume', lease_owner: null, lease_expires_at: null, updated_at: now }).where('id', '=', row.id).where('lease_owner', '=', owner).execute();
      return;
    }
    if (settlement.kind === 'retry') {
      const notBefore = new Date(Date.now() + settlement.delayMs).toISOString();
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('runs')
          .set({ phase: 'Queued', dispatch_action: 'retry', retry_from: null, cancel_requested: 0, not_before: notBefore, auto_retries: row.auto_retries + 1, lease_owner: null, lease_expires_at: null, wait_reason: `Waiting for its automatic retry at ${notBefore}.`, queued_at: now, updated_at: now })
          .where('id', '=', row.id)
          .where('lease_owner', '=', owner)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return;
        await appendEvents(trx, [{ runId: row.id, tenantId: row.tenant_id, type: 'auto-retry', data: { message: settlement.message, delayMs: settlement.delayMs, attempt: row.auto_retries + 1 }, at: now }]);
      });
      metrics.retries.inc({ kind: 'transient' });
      setTimeout(() => this.wake(), settlement.delayMs + 5).unref();
      return;
    }
    const changed = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('runs')
        .set({ phase: settlement.phase, message: settlement.message ?? null, outputs: outcome.outputs ? JSON.stringify(outcome.outputs) : null, finished_at: now, lease_owner: null, lease_expires_at: null, cancel_requested: 0, wait_reason: null, updated_at: now })
        .where('id', '=', row.id)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      if (settlement.note !== undefined) await appendEvents(trx, [{ runId: row.id, tenantId: row.tenant_id, type: 'not-retried', data: { message: settlement.note }, at: now }]);
      return row.parent_run_id !== null && result.numUpdatedRows > 0n ? settleParts(trx, row, settlement.phase, outcome.steps, now) : [];
    });
    for (const id of changed) this.options.notify(id);
  }

  /** Renews this server's leases and stops the runs someone asked to cancel. */
  private async renewLeases(): Promise<void> {
    if (this.active.size === 0) return;
    const { db } = this.options.database;
    const ids = [...this.active.keys()];
    await db.updateTable('runs').set({ lease_expires_at: this.leaseUntil() }).where('lease_owner', '=', this.options.owner).where('id', 'in', ids).execute();
    const cancelled = await db.selectFrom('runs').select('id').where('id', 'in', ids).where('cancel_requested', '=', 1).execute();
    for (const { id } of cancelled) this.active.get(id)?.controller.abort();
  }

  /** Stops a run this process runs at once (others learn of it at their next lease renewal). */
  cancelHere(runId: string): void {
    this.active.get(runId)?.controller.abort();
  }

  /**
   * Graceful stop: takes no more work, stops the runs it runs (their finished steps are kept)
   * and puts them back in the queue with their leases released, for another server or the next
   * start to resume.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.monitor) clearInterval(this.monitor);
    await this.ticking;
    // The reason tells remote clusters to leave their workflows running, for the next server to follow.
    for (const run of this.active.values()) run.controller.abort(SHUTDOWN);
    await Promise.all([...this.active.values()].map((run) => run.done));
  }

  get activeCount(): number {
    return this.active.size;
  }
}

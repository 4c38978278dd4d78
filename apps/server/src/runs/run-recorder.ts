import type { EngineEvent } from '@couler/backend-local';
import type { Kysely } from 'kysely';
import type { ClusterRunOutcome } from '../clusters/cluster-runner';
import type { Database } from '../db/database-schema';
import type { ServerMetrics } from '../metrics/server-metrics';
import { appendEvents, type NewRunEvent } from '../store/event-store';

const FLUSH_MS = 100;

/**
 * Writes what the engine reports about one run into the database, in batches: every event (logs
 * too, so any server process can stream them), and each step's phase as it changes. Events
 * are stored before anyone is told, so a client that resumes from an event id misses nothing.
 */
export class RunRecorder {
  private events: NewRunEvent[] = [];
  private steps = new Map<string, Database['run_steps']>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly run: { readonly id: string; readonly tenantId: string },
    private readonly notify: (runId: string) => void,
    private readonly metrics: ServerMetrics,
  ) {}

  onEvent = (event: EngineEvent): void => {
    const at = 'at' in event ? event.at : new Date().toISOString();
    const stepId = 'stepId' in event ? event.stepId : undefined;
    const { runId: _runId, ...data } = event;
    this.events.push({ runId: this.run.id, tenantId: this.run.tenantId, type: event.type, ...(stepId !== undefined && { stepId }), data, at });
    if (event.type === 'step-started') {
      this.steps.set(event.stepId, { run_id: this.run.id, step_id: event.stepId, step_name: event.stepName, phase: 'Running', attempts: event.attempt, message: null, exit_code: null, started_at: event.at, finished_at: null });
    } else if (event.type === 'step-finished') {
      const started = this.steps.get(event.stepId);
      this.steps.set(event.stepId, {
        run_id: this.run.id,
        step_id: event.stepId,
        step_name: event.stepName,
        phase: event.phase,
        attempts: started?.attempts ?? 1,
        message: event.message ?? null,
        exit_code: event.exitCode ?? null,
        started_at: started?.started_at ?? new Date(Date.parse(event.at) - event.durationMs).toISOString(),
        finished_at: event.at,
      });
      if (event.durationMs > 0) this.metrics.stepDuration.observe({ phase: event.phase }, event.durationMs / 1000);
    } else if (event.type === 'step-retrying') this.metrics.retries.inc({ kind: 'automatic' });
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  };

  /** Writes what is buffered; resolves when it is in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.events;
    const steps = [...this.steps.values()];
    this.events = [];
    this.steps = new Map();
    this.writing = this.writing.then(async () => {
      if (events.length === 0 && steps.length === 0) return;
      await this.db.transaction().execute(async (trx) => {
        await appendEvents(trx, events);
        for (const step of steps) {
          const { run_id: _run, step_id: _step, ...change } = step;
          await trx.insertInto('run_steps').values(step).onConflict((conflict) => conflict.columns(['run_id', 'step_id']).doUpdateSet(change)).execute();
        }
      });
      this.notify(this.run.id);
    });
    return this.writing;
  }

  /** Replaces the run's steps with the cluster's final record of them (a retry drops some). */
  async finish(outcome: ClusterRunOutcome): Promise<void> {
    await this.flush();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('run_steps').where('run_id', '=', this.run.id).execute();
      for (const step of outcome.steps) {
        await trx
          .insertInto('run_steps')
          .values({
            run_id: this.run.id,
            step_id: step.id,
            step_name: step.stepName,
            phase: step.phase,
            attempts: step.attempts,
            message: step.message ?? null,
            exit_code: step.exitCode ?? null,
            started_at: step.startedAt ?? null,
            finished_at: step.finishedAt ?? null,
          })
          .execute();
      }
    });
  }
}

import type { Metric, Workflow } from '@couler/ir';
import type { RunPhase, StepPhase } from '../engine/step-phase';
import type { StepRecord } from './state-records';

/**
 * The Prometheus metrics of a run, as the local engine records them: one sample per metric of
 * each step instance that ended Succeeded, Failed or Error (those Argo emits a template's
 * metrics for), and one per metric of the workflow once the run ends. A `when` keeps the metric
 * to that status; a `'duration'` value is the seconds the step (or the run) took. Nothing is
 * scraped here: the samples are kept with the run (SQLite) and shown by `couler status --json`.
 * A realtime gauge is recorded once, at the end, like the others.
 */
export interface MetricSample {
  /** The step instance (`train`, `train[2]`), or `''` for a metric of the workflow. */
  readonly stepId: string;
  readonly name: string;
  readonly kind: 'gauge' | 'counter' | 'histogram';
  readonly help: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** Histogram buckets, as the metric declares them. */
  readonly buckets?: ReadonlyArray<number>;
}

const ENDED: ReadonlySet<StepPhase | RunPhase> = new Set(['Succeeded', 'Failed', 'Error']);

function seconds(startedAt: string | undefined, finishedAt: string | undefined): number | undefined {
  if (startedAt === undefined || finishedAt === undefined) return undefined;
  return Math.max(0, (Date.parse(finishedAt) - Date.parse(startedAt)) / 1000);
}

function sample(metric: Metric, stepId: string, phase: StepPhase | RunPhase, duration: number | undefined): MetricSample | undefined {
  if (!ENDED.has(phase)) return undefined;
  if (metric.when !== undefined && metric.when !== phase) return undefined;
  const measured = metric.gauge ?? metric.counter ?? metric.histogram;
  if (!measured) return undefined;
  const value = measured.value === 'duration' ? duration : measured.value;
  if (value === undefined) return undefined;
  return {
    stepId,
    name: metric.name,
    kind: metric.gauge ? 'gauge' : metric.counter ? 'counter' : 'histogram',
    help: metric.help,
    labels: { ...metric.labels },
    value,
    ...(metric.histogram && { buckets: [...metric.histogram.buckets] }),
  };
}

/** The samples of a run that ended: its steps' (as `steps` recorded them) and the workflow's. */
export function runMetricSamples(workflow: Workflow, steps: ReadonlyArray<StepRecord>, run: { phase: RunPhase; startedAt?: string; finishedAt: string }): MetricSample[] {
  const byName = new Map([...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => [step.name, step]));
  const out: MetricSample[] = [];
  for (const record of steps) {
    for (const metric of byName.get(record.stepName)?.metrics ?? []) {
      const one = sample(metric, record.id, record.phase, seconds(record.startedAt, record.finishedAt));
      if (one) out.push(one);
    }
  }
  for (const metric of workflow.spec.metrics ?? []) {
    const one = sample(metric, '', run.phase, seconds(run.startedAt, run.finishedAt));
    if (one) out.push(one);
  }
  return out;
}

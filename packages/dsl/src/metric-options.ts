import type { Metric } from '@couler/ir';
import { dslError } from './handles';
import { checkOptions } from './internal/check-options';
import { describe } from './values';

/**
 * A Prometheus metric of a step or of the workflow, emitted when it ends: exactly one of
 * `gauge`, `counter`, `histogram`, each measuring a number or `'duration'` (the seconds it took).
 * Names and label names follow Prometheus' grammar; label values and help are literal text.
 */
export type MetricInput = Metric;

const METRIC_KEYS = { name: true, help: true, labels: true, when: true, gauge: true, counter: true, histogram: true } as const satisfies Record<keyof Metric, true>;
const GAUGE_KEYS = { value: true, realtime: true, operation: true } as const satisfies Record<keyof NonNullable<Metric['gauge']>, true>;
const COUNTER_KEYS = { value: true } as const satisfies Record<keyof NonNullable<Metric['counter']>, true>;
const HISTOGRAM_KEYS = { value: true, buckets: true } as const satisfies Record<keyof NonNullable<Metric['histogram']>, true>;

/** Metrics as IR values (copied; the IR schema checks names, labels and values with their path). */
export function toMetrics(input: MetricInput[], api: string): Metric[] {
  if (!Array.isArray(input)) throw dslError('INVALID_DSL_USAGE', `${api}({ metrics }) takes a list of metrics; got ${describe(input)}.`);
  return input.map((metric, index) => {
    const where = `${api}({ metrics[${index}] })`;
    if (typeof metric !== 'object' || metric === null) throw dslError('INVALID_DSL_USAGE', `${where} takes a metric object; got ${describe(metric)}.`);
    checkOptions(where, metric, METRIC_KEYS);
    checkOptions(`${where}.gauge`, metric.gauge, GAUGE_KEYS);
    checkOptions(`${where}.counter`, metric.counter, COUNTER_KEYS);
    checkOptions(`${where}.histogram`, metric.histogram, HISTOGRAM_KEYS);
    return structuredClone(metric);
  });
}

import * as z from 'zod';

/**
 * Prometheus metrics a run emits when a step or the workflow ends (Argo's `metrics.prometheus`;
 * the local engine records them with the run). Typed, not free text: a value is a number or the
 * duration of what it measures, a condition is the status it ended with, so every engine reads
 * the same thing and no engine template text reaches an emitted file.
 */

/** Prometheus' metric name grammar (`[a-zA-Z_:][a-zA-Z0-9_:]*`). */
export const METRIC_NAME_PATTERN = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Prometheus' label name grammar; names starting with `__` are reserved for Prometheus itself. */
export const METRIC_LABEL_PATTERN = /^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$/;

/** What a metric measures: a fixed number, or the seconds the step (or the workflow) took. */
export const MetricValueSchema = z
  .union([z.number().finite(), z.literal('duration')])
  .meta({ id: 'MetricValue', description: 'A number, or "duration": the seconds the step (or the workflow) took.' });
export type MetricValue = z.infer<typeof MetricValueSchema>;

export const METRIC_STATUSES = ['Succeeded', 'Failed', 'Error'] as const;

export const MetricSchema = z
  .strictObject({
    name: z.string().regex(METRIC_NAME_PATTERN, 'a Prometheus metric name: letters, digits, "_" and ":", not starting with a digit'),
    help: z.string().min(1).refine((text) => !/[\n\r]/.test(text), 'one line (Prometheus help text has no line breaks)'),
    labels: z
      .record(z.string().regex(METRIC_LABEL_PATTERN, 'a Prometheus label name: letters, digits and "_", not starting with a digit or "__"'), z.string())
      .optional()
      .meta({ description: 'Label name → literal value.' }),
    when: z.enum(METRIC_STATUSES).optional().meta({ description: 'Emit only when the step (or workflow) ends with this status; otherwise always.' }),
    gauge: z
      .strictObject({
        value: MetricValueSchema,
        realtime: z.boolean().optional().meta({ description: 'Update while running (only with value "duration").' }),
        operation: z.enum(['Set', 'Add', 'Sub']).optional(),
      })
      .optional(),
    counter: z.strictObject({ value: MetricValueSchema }).optional(),
    histogram: z.strictObject({ value: MetricValueSchema, buckets: z.array(z.number().finite()).min(1) }).optional(),
  })
  .refine((metric) => [metric.gauge, metric.counter, metric.histogram].filter((kind) => kind !== undefined).length === 1, 'exactly one of gauge, counter, histogram')
  .refine((metric) => !metric.gauge?.realtime || metric.gauge.value === 'duration', { message: 'a realtime gauge measures "duration" (the only value that changes while running)', path: ['gauge', 'realtime'] })
  .meta({ id: 'Metric', description: 'Exactly one of gauge, counter, histogram.' });
export type Metric = z.infer<typeof MetricSchema>;

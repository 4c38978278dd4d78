import type { Metric, MetricValue } from '@couler/ir';
import type { ArgoMetrics } from './argo-types';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/**
 * IR metrics → Argo's `metrics.prometheus`. A template's metrics read the node's `{{duration}}`
 * and `{{status}}`, the workflow's `{{workflow.duration}}` and `{{workflow.status}}`.
 *
 * Argo substitutes tags in a metric's help and labels when it emits the metric, from a scope of
 * its own (not the template's, where `escapeTemplateText` works): text holding `{{` is refused.
 */
export function mapMetrics(metrics: ReadonlyArray<Metric> | undefined, scope: 'template' | 'workflow', path: Path, stepName?: string): ArgoMetrics | undefined {
  if (!metrics?.length) return undefined;
  const prefix = scope === 'workflow' ? 'workflow.' : '';
  const value = (input: MetricValue) => (input === 'duration' ? `{{${prefix}duration}}` : String(input));
  const literal = (text: string, at: Path) => {
    if (!text.includes('{{')) return text;
    throw unsupported('metrics', `metric text holding "{{", which Argo reads as a template tag when it emits the metric: ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)}`, {
      path: at,
      ...(stepName !== undefined && { stepName }),
      hint: 'Remove "{{" from the metric\'s help and label values; Argo has no escape for it there.',
    });
  };
  return {
    prometheus: metrics.map((metric, index) => {
      const at = [...path, 'metrics', index];
      const labels = Object.entries(metric.labels ?? {}).map(([key, text]) => ({ key, value: literal(text, [...at, 'labels', key]) }));
      return {
        name: metric.name,
        help: literal(metric.help, [...at, 'help']),
        ...(labels.length > 0 && { labels }),
        ...(metric.when !== undefined && { when: `{{${prefix}status}} == ${metric.when}` }),
        ...(metric.gauge && {
          gauge: { value: value(metric.gauge.value), realtime: metric.gauge.realtime === true, ...(metric.gauge.operation !== undefined && { operation: metric.gauge.operation }) },
        }),
        ...(metric.counter && { counter: { value: value(metric.counter.value) } }),
        ...(metric.histogram && { histogram: { value: value(metric.histogram.value), buckets: [...metric.histogram.buckets] } }),
      };
    }),
  };
}

import { CoulerError, type Workflow } from '@couler/ir';
import type { ArgoWorkflowSpec } from './argo-types';
import { exprString } from './expr-literal';
import { mapMetrics } from './map-metrics';
import { executorPlugins } from './plugin-template';
import { exprMember } from './render-condition';
import { argoSynchronization } from './synchronization';
import { unsupported } from './unsupported';

type RunMetadata = NonNullable<Workflow['spec']['runMetadata']>;
type LabelSource = NonNullable<RunMetadata['labelsFrom']>[string];

/** A label's value as an Argo expression: parameters and text, joined with `+`. */
function labelExpression(label: string, source: LabelSource, parameters: ReadonlySet<string>): string {
  const parts = 'concat' in source ? source.concat : [source];
  const path = ['runMetadata', 'labelsFrom', label];
  return parts
    .map((part) => {
      if (typeof part === 'string') return exprString(part);
      if (part.ref !== 'parameter') {
        throw unsupported('workflow.run-metadata', `a run label read from ${part.ref === 'step' ? `step "${part.step}"` : `a ${part.ref}`} (label "${label}"): Argo sets labelsFrom when the run is created, before any step`, {
          path,
          hint: 'Label a run with workflow parameters and text only.',
        });
      }
      if (!parameters.has(part.name)) throw new CoulerError('INVALID_REFERENCE', `Run label "${label}" reads parameter "${part.name}", which the workflow does not declare.`, { path });
      return exprMember('workflow.parameters', part.name);
    })
    .join(' + ');
}

/** The run-wide cluster settings: volumeClaimGC, workflowMetadata, podDisruptionBudget, hostNetwork, synchronization, artifact GC, log archiving and repository. */
export function runSettings(workflow: Workflow): Partial<ArgoWorkflowSpec> {
  const spec = workflow.spec;
  const out: Partial<ArgoWorkflowSpec> = {};
  if (spec.volumeClaimGC) out.volumeClaimGC = { strategy: spec.volumeClaimGC.strategy };
  if (spec.runMetadata) {
    const { labels, annotations, labelsFrom } = spec.runMetadata;
    const parameters = new Set((spec.parameters ?? []).map((parameter) => parameter.name));
    const from = Object.entries(labelsFrom ?? {}).map(([label, source]) => [label, { expression: labelExpression(label, source, parameters) }] as const);
    out.workflowMetadata = {
      ...(labels && { labels: { ...labels } }),
      ...(annotations && { annotations: { ...annotations } }),
      ...(from.length > 0 && { labelsFrom: Object.fromEntries(from) }),
    };
  }
  const budget = spec.podDisruptionBudget;
  if (budget) {
    out.podDisruptionBudget = {
      ...(budget.minAvailable !== undefined && { minAvailable: String(budget.minAvailable) }),
      ...(budget.maxUnavailable !== undefined && { maxUnavailable: String(budget.maxUnavailable) }),
    };
  }
  if (spec.hostNetwork) out.hostNetwork = true;
  if (spec.suspend) out.suspend = true;
  const metrics = mapMetrics(spec.metrics, 'workflow', []);
  if (metrics) out.metrics = metrics;
  if (spec.synchronization) out.synchronization = argoSynchronization(spec.synchronization);
  if (spec.artifactGC) out.artifactGC = { strategy: spec.artifactGC };
  if (spec.archiveLogs !== undefined) out.archiveLogs = spec.archiveLogs;
  if (spec.artifactRepositoryRef) out.artifactRepositoryRef = { ...spec.artifactRepositoryRef };
  Object.assign(out, executorPlugins(workflow));
  return out;
}

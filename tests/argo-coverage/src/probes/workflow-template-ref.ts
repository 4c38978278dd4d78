import type { ArgoFieldProbe } from '../probe';

/** A Workflow that runs a WorkflowTemplate already in the cluster, as `couler compile --from-template` writes it. */
export const probes: ArgoFieldProbe[] = [
  { field: 'WorkflowSpec.workflowTemplateRef', command: ['--from-template', 'nightly-train', '--param', 'epochs=3'], path: 'spec.workflowTemplateRef.name' },
];

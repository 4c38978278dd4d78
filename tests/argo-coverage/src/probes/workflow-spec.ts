import type { ArgoFieldProbe } from '../probe';
import { ONE_STEP, probeWorkflow } from '../probe-workflow';

const step = `runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hello'] });`;
const configured = (config: string): string => probeWorkflow(step, config);

/** Workflow-wide fields: `configWorkflow`/`workflow(name, build, config)` and the workflow calls. */
export const probes: ArgoFieldProbe[] = [
  { field: 'WorkflowSpec.activeDeadlineSeconds', workflow: configured(`{ timeout: '2h' }`), path: 'spec.activeDeadlineSeconds' },
  {
    field: 'WorkflowSpec.arguments',
    workflow: probeWorkflow(`const rate = parameter('rate', { default: 0.1 });\nrunContainer({ image: 'alpine:3.20', command: ['echo'], args: [rate] });`),
    path: 'spec.arguments.parameters',
  },
  { field: 'WorkflowSpec.entrypoint', workflow: ONE_STEP, path: 'spec.entrypoint' },
  { field: 'WorkflowSpec.imagePullSecrets', workflow: configured(`{ imagePullSecrets: ['registry-credentials'] }`), path: 'spec.imagePullSecrets' },
  { field: 'WorkflowSpec.nodeSelector', workflow: configured(`{ nodeSelector: { pool: 'cpu' } }`), path: 'spec.nodeSelector' },
  {
    field: 'WorkflowSpec.onExit',
    workflow: probeWorkflow(`${step}\nsetExitHandler('Failed', () => runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['failed'], stepName: 'alert' }));`),
    path: 'spec.onExit',
  },
  // Workflow-wide step defaults (stepDefaults, retry) are written on each step's template instead:
  // Argo applies these two to every template, the generated DAG templates too.
  {
    field: 'WorkflowSpec.retryStrategy',
    outOfScope: "retries every template without its own, the workflow's DAG templates too (a failed DAG would re-run whole); `configWorkflow({ retry })` or `stepDefaults.retry` goes on each step's template",
  },
  {
    field: 'WorkflowSpec.templateDefaults',
    outOfScope: "merged into every template, the workflow's DAG templates too (a retry or timeout there would bind the whole DAG); `configWorkflow({ stepDefaults })` goes on each step's template",
  },
  { field: 'WorkflowSpec.parallelism', workflow: configured(`{ parallelism: 4 }`), path: 'spec.parallelism' },
  { field: 'WorkflowSpec.podGC', workflow: configured(`{ podGC: 'OnPodSuccess' }`), path: 'spec.podGC' },
  { field: 'WorkflowSpec.priority', workflow: configured(`{ priority: 10 }`), path: 'spec.priority' },
  { field: 'WorkflowSpec.serviceAccountName', workflow: configured(`{ serviceAccount: 'workflow-runner' }`), path: 'spec.serviceAccountName' },
  { field: 'WorkflowSpec.templates', workflow: ONE_STEP, path: 'spec.templates' },
  { field: 'WorkflowSpec.tolerations', workflow: configured(`{ tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }] }`), path: 'spec.tolerations' },
  { field: 'WorkflowSpec.ttlStrategy', workflow: configured(`{ ttl: { afterSuccess: '1h', afterFailure: '1d' } }`), path: 'spec.ttlStrategy' },
  {
    field: 'WorkflowSpec.volumeClaimTemplates',
    workflow: probeWorkflow(
      `createWorkflowVolume({ name: 'work', accessModes: ['ReadWriteOnce'], storage: '1Gi' });\nrunContainer({ image: 'alpine:3.20', command: ['ls'], volumeMounts: [{ name: 'work', mountPath: '/work' }] });`,
    ),
    path: 'spec.volumeClaimTemplates',
  },
  {
    field: 'WorkflowSpec.volumes',
    workflow: probeWorkflow(
      `addVolume({ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } });\nrunContainer({ image: 'alpine:3.20', command: ['ls'], volumeMounts: [{ name: 'data', mountPath: '/data' }] });`,
    ),
    path: 'spec.volumes',
  },
  {
    field: 'WorkflowSpec.volumeClaimGC',
    workflow: probeWorkflow(
      `configWorkflow({ volumeClaimGC: 'OnWorkflowCompletion' });\ncreateWorkflowVolume({ name: 'work', accessModes: ['ReadWriteOnce'], storage: '1Gi' });\nrunContainer({ image: 'alpine:3.20', command: ['ls'], volumeMounts: [{ name: 'work', mountPath: '/work' }] });`,
    ),
    path: 'spec.volumeClaimGC',
  },
  {
    field: 'WorkflowSpec.workflowMetadata',
    workflow: probeWorkflow(`const team = parameter('team', { default: 'ml' });\nconfigWorkflow({ runMetadata: { labels: { app: 'training' }, labelsFrom: { team, owner: concat('team-', team) } } });\n${step}`),
    path: 'spec.workflowMetadata.labelsFrom',
  },
  { field: 'WorkflowSpec.podDisruptionBudget', workflow: configured(`{ podDisruptionBudget: { maxUnavailable: 1 } }`), path: 'spec.podDisruptionBudget' },
  {
    field: 'WorkflowSpec.executorPlugins',
    workflow: configured(`{ executorPlugins: [{ sidecar: { name: 'slack', image: 'ghcr.io/acme/slack-plugin:1', ports: [{ containerPort: 4355 }] } }] }`),
    path: 'spec.executorPlugins',
  },
  { field: 'WorkflowSpec.hostNetwork', workflow: configured(`{ hostNetwork: true }`), path: 'spec.hostNetwork' },
  { field: 'WorkflowSpec.suspend', workflow: configured(`{ startSuspended: true }`), path: 'spec.suspend' },
  {
    field: 'WorkflowSpec.metrics',
    workflow: configured(`{ metrics: [{ name: 'workflow_failures_total', help: 'Failed runs', when: 'Failed', counter: { value: 1 } }] }`),
    path: 'spec.metrics',
  },
  { field: 'WorkflowSpec.podResources', workflow: configured(`{ podResources: { limits: { cpu: '2', memory: '4Gi' } } }`), path: 'spec.podResources' },
  { field: 'WorkflowSpec.resourceClaims', workflow: configured(`{ resourceClaims: [{ name: 'gpu', resourceClaimName: 'shared-gpu' }] }`), path: 'spec.resourceClaims' },
  { field: 'WorkflowSpec.executor', outOfScope: 'deprecated and ignored by Argo (the only executor since v3.4 is emissary)' },
  { field: 'WorkflowSpec.shutdown', outOfScope: 'a request to stop a running workflow (`argo stop`/`argo terminate`, `couler cancel`), not something a workflow is written with' },
];

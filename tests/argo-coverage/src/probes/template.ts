import type { ArgoFieldProbe } from '../probe';
import { ONE_STEP, PRODUCER_CONSUMER, probeWorkflow } from '../probe-workflow';

/** A container step with the per-step options every step kind shares. */
const STEP_OPTIONS = probeWorkflow(`
runContainer({
  image: 'alpine:3.20',
  command: ['echo'],
  args: ['hello'],
  timeout: '10m',
  retry: { limit: 3, on: 'failure', backoff: { duration: '10s', factor: 2 } },
  cache: { ttl: '1d' },
  nodeSelector: { pool: 'cpu' },
  tolerations: [{ key: 'spot', operator: 'Exists' }],
  serviceAccount: 'trainer',
  labels: { team: 'ml' },
  annotations: { owner: 'ml-platform' },
});
`);

/** Template fields: what one step (or a group of steps) becomes. */
export const probes: ArgoFieldProbe[] = [
...['activeDeadlineSeconds', 'retryStrategy', 'memoize', 'nodeSelector', 'tolerations', 'serviceAccountName', 'metadata'].map((field) => ({ field: `Template.${field}`, workflow: STEP_OPTIONS, path: `spec.templates[].${field}` })),
  { field: 'Template.name', workflow: ONE_STEP, path: 'spec.templates[].name' },
  { field: 'Template.container', workflow: ONE_STEP, path: 'spec.templates[].container' },
  { field: 'Template.dag', workflow: ONE_STEP, path: 'spec.templates[].dag' },
  { field: 'Template.steps', workflow: ONE_STEP, cliOptions: ['--style', 'steps'], path: 'spec.templates[].steps' },
  { field: 'Template.inputs', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].inputs' },
  { field: 'Template.outputs', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].outputs' },
  {
    field: 'Template.script',
    workflow: probeWorkflow(`runScript({ image: 'python:3.12-alpine', source: 'print(42)' });`),
    path: 'spec.templates[].script',
  },
  {
    field: 'Template.daemon',
    workflow: probeWorkflow(
      `const server = runContainer({ image: 'redis:7', daemon: true, stepName: 'server' });\nsetDependencies(() => runContainer({ image: 'redis:7', command: ['redis-cli', 'ping'] }), [server]);`,
    ),
    path: 'spec.templates[].daemon',
  },
  {
    field: 'Template.resource',
    workflow: probeWorkflow(
      `runJob({ manifest: { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl:5', command: ['perl', '-e', 'print 1'] }], restartPolicy: 'Never' } } } }, successCondition: 'status.succeeded > 0' });`,
    ),
    path: 'spec.templates[].resource',
  },
  { field: 'Template.suspend', workflow: probeWorkflow(`suspend({ duration: '1h' });`), path: 'spec.templates[].suspend' },
  {
    field: 'Template.http',
    workflow: probeWorkflow(`runHttp({ url: 'https://example.com/health', method: 'GET', successCondition: 'response.statusCode == 200' });`),
    path: 'spec.templates[].http',
  },
  {
    field: 'Template.plugin',
    workflow: probeWorkflow(`runPlugin({ plugin: 'slack', config: { channel: '#ml', text: 'trained' } });`),
    path: 'spec.templates[].plugin',
  },
  {
    field: 'Template.data',
    workflow: probeWorkflow(`
const files = listArtifactFiles(createS3Artifact('/data', { bucket: 'ml', key: 'raw/images', endpoint: 's3.amazonaws.com' }), { stepName: 'files', transformation: ['filter(data, {# endsWith ".png"})'] });
map((file) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [file], stepName: 'each' }), files);
`),
    path: 'spec.templates[].data',
  },
  {
    field: 'Template.containerSet',
    workflow: probeWorkflow(
      `runContainerSet({ containers: [{ name: 'fetch', image: 'alpine:3.20', command: ['echo', 'a'] }, { name: 'train', image: 'alpine:3.20', command: ['echo', 'b'], dependencies: ['fetch'] }] });`,
    ),
    path: 'spec.templates[].containerSet',
  },
  {
    field: 'Template.parallelism',
    workflow: probeWorkflow(`map((shard) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [shard] }), ['a', 'b', 'c'], { parallelism: 2 });`),
    path: 'spec.templates[].parallelism',
  },
  { field: 'Template.timeout', workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], totalTimeout: '30m' });`), path: 'spec.templates[].timeout' },
  { field: 'Template.pendingTimeout', workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], pendingTimeout: '5m' });`), path: 'spec.templates[].pendingTimeout' },
  { field: 'Template.annotations', workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], displayName: 'Say hello' });`), path: 'spec.templates[].annotations' },
  {
    field: 'Template.metrics',
    workflow: probeWorkflow(
      `runContainer({ image: 'alpine:3.20', command: ['echo'], metrics: [{ name: 'step_seconds', help: 'How long the step took', labels: { team: 'ml' }, gauge: { value: 'duration', realtime: true } }] });`,
    ),
    path: 'spec.templates[].metrics',
  },
  {
    field: 'Template.podResources',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], podResources: { requests: { cpu: '1', memory: '1Gi' } } });`),
    path: 'spec.templates[].podResources',
  },
  {
    field: 'Template.resourceClaims',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['nvidia-smi'], resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'single-gpu' }] });`),
    path: 'spec.templates[].resourceClaims',
  },
  { field: 'Template.executor', outOfScope: 'deprecated and ignored by Argo (the only executor since v3.4 is emissary)' },
];

import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

/** A container step with every container option the DSL has. */
const CONTAINER_OPTIONS = probeWorkflow(`
addVolume({ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } });
runContainer({
  image: 'python:3.12-slim',
  command: ['python', '-m', 'train'],
  args: ['--epochs', 3],
  env: { MODE: 'fast' },
  envFrom: [{ configMapRef: { name: 'train-settings' } }],
  workingDir: '/app',
  imagePullPolicy: 'IfNotPresent',
  resources: { cpu: 2, memory: '4Gi' },
  volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }],
});
`);

const containerProbe = (field: string): ArgoFieldProbe => ({ field: `Container.${field}`, workflow: CONTAINER_OPTIONS, path: `spec.templates[].container.${field}` });

/** Container fields (Kubernetes' own), as a container step's template has them. */
export const probes: ArgoFieldProbe[] = [
  ...['image', 'command', 'args', 'env', 'envFrom', 'workingDir', 'imagePullPolicy', 'resources', 'volumeMounts'].map(containerProbe),
  {
    field: 'Container.name',
    workflow: probeWorkflow(`runContainerSet({ containers: [{ name: 'fetch', image: 'alpine:3.20', command: ['echo', 'a'] }, { name: 'main', image: 'alpine:3.20', command: ['echo', 'b'], dependencies: ['fetch'] }] });`),
    path: 'spec.templates[].containerSet.containers[].name',
  },
  {
    field: 'Container.terminationMessagePolicy',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['false'], retry: { limit: 2, on: 'transient', transientPatterns: ['connection reset'] } });`),
    path: 'spec.templates[].container.terminationMessagePolicy',
  },
  { field: 'Container.stdin', outOfScope: 'keeps stdin open for `kubectl attach`; no one attaches to a workflow step' },
  { field: 'Container.stdinOnce', outOfScope: 'only with stdin (`kubectl attach`); no one attaches to a workflow step' },
  { field: 'Container.tty', outOfScope: 'a terminal for `kubectl attach -t`; no one attaches to a workflow step' },
];

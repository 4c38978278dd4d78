/**
 * Argo coverage probes for the step's container runtime settings (issue 25, item 1): probes,
 * ports, lifecycle hooks, termination message path, resize policy, block devices, and the native
 * sidecar restart policy of an init container.
 */

import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

const SERVER = probeWorkflow(`
runContainer({
  image: 'nginx:1.27',
  command: ['nginx', '-g', 'daemon off;'],
  livenessProbe: { httpGet: { port: 'http', path: '/healthz' }, periodSeconds: 10 },
  readinessProbe: { tcpSocket: { port: 8080 } },
  startupProbe: { exec: { command: ['cat', '/tmp/started'] }, failureThreshold: 30 },
  ports: [{ containerPort: 8080, name: 'http' }],
  lifecycle: { preStop: { sleep: { seconds: 5 } } },
  terminationMessagePath: '/tmp/termination-log',
  resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }],
  volumeDevices: [{ name: 'raw', devicePath: '/dev/xvda' }],
  volumes: [{ name: 'raw', persistentVolumeClaim: { claimName: 'raw-block' } }],
  initContainers: [{ name: 'mesh', image: 'envoyproxy/envoy:v1.30', restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] }],
});
`);

const onContainer = (field: string): ArgoFieldProbe => ({ field: `Container.${field}`, workflow: SERVER, path: `spec.templates[].container.${field}` });

export const probes: ArgoFieldProbe[] = [
  ...['livenessProbe', 'readinessProbe', 'startupProbe', 'ports', 'lifecycle', 'terminationMessagePath', 'resizePolicy', 'volumeDevices'].map(onContainer),
  // Argo's Container definition serves init containers too: restart policy and rules are theirs.
  { field: 'Container.restartPolicy', workflow: SERVER, path: 'spec.templates[].initContainers[].restartPolicy' },
  { field: 'Container.restartPolicyRules', workflow: SERVER, path: 'spec.templates[].initContainers[].restartPolicyRules' },
];

/**
 * Argo coverage probes for the pod-spec controls (issue 25, item 1): where each is set in the
 * DSL and where it comes out in the compiled Workflow.
 */

import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow as podWorkflow } from '../probe-workflow';


const RESTRICTED = `securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } }`;
const AFFINITY = `affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } }`;
const HOSTS = `hostAliases: [{ ip: '10.0.0.7', hostnames: ['registry.internal'] }]`;
const DNS = `dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.10'] }`;

/** Every control on the workflow: WorkflowSpec fields. */
const WORKFLOW_WIDE = podWorkflow(`
configWorkflow({
  ${RESTRICTED},
  ${AFFINITY},
  podSpecPatch: '{"terminationGracePeriodSeconds": 5}',
  priorityClassName: 'batch',
  schedulerName: 'volcano',
  ${HOSTS},
  ${DNS},
  automountServiceAccountToken: true,
  podMetadata: { labels: { team: 'ml' }, annotations: { owner: 'ml-platform' } },
});
runContainer({ image: 'alpine:3.20', command: ['echo', 'hello'] });
`);

/** Every control on one step: Template fields (and its container's security context). */
const PER_STEP = podWorkflow(`
runContainer({
  image: 'alpine:3.20',
  command: ['echo', 'hello'],
  labels: { team: 'ml' },
  ${RESTRICTED},
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  ${AFFINITY},
  initContainers: [{ name: 'prepare', image: 'alpine:3.20', command: ['echo', 'prepared'] }],
  sidecars: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.30', ports: [{ containerPort: 9901 }] }],
  podSpecPatch: '{"terminationGracePeriodSeconds": 5}',
  priorityClassName: 'high-priority',
  schedulerName: 'volcano',
  ${HOSTS},
  automountServiceAccountToken: true,
  volumes: [{ name: 'data', hostPath: { path: '/var/data' } }],
  volumeMounts: [{ name: 'data', mountPath: '/data' }],
});
`);

const workflowSpec = (field: string, path = field): ArgoFieldProbe => ({ field: `WorkflowSpec.${field}`, workflow: WORKFLOW_WIDE, path: `spec.${path}` });
const template = (field: string, path = field): ArgoFieldProbe => ({ field: `Template.${field}`, workflow: PER_STEP, path: `spec.templates[].${path}` });

export const probes: ArgoFieldProbe[] = [
  ...['securityContext', 'affinity', 'podSpecPatch', 'podPriorityClassName', 'schedulerName', 'hostAliases', 'dnsPolicy', 'dnsConfig', 'automountServiceAccountToken', 'podMetadata'].map((field) => workflowSpec(field)),
  ...['metadata', 'securityContext', 'affinity', 'initContainers', 'sidecars', 'podSpecPatch', 'priorityClassName', 'schedulerName', 'hostAliases', 'automountServiceAccountToken', 'volumes'].map((field) => template(field)),
  { field: 'Container.securityContext', workflow: PER_STEP, path: 'spec.templates[].container.securityContext' },
];

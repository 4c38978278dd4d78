import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

/** Mutexes and semaphores: `configWorkflow({ synchronization })` for the run, the step option for its template. */
export const probes: ArgoFieldProbe[] = [
  {
    field: 'WorkflowSpec.synchronization',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hello'] });`, `{ synchronization: { mutexes: [{ name: 'nightly' }], semaphores: [{ name: 'gpus', limit: 2 }] } }`),
    path: 'spec.synchronization',
  },
  {
    field: 'Template.synchronization',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hello'], synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } });`),
    path: 'spec.templates[].synchronization',
  },
];

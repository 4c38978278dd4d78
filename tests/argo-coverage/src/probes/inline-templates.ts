import type { ArgoFieldProbe } from '../probe';
import { PRODUCER_CONSUMER } from '../probe-workflow';

/** Single-use templates written into their task or step, with the compile setting that asks for it. */
export const probes: ArgoFieldProbe[] = [
  { field: 'DAGTask.inline', workflow: PRODUCER_CONSUMER, cliOptions: ['--setting', 'inlineTemplates=true'], path: 'spec.templates[].dag.tasks[].inline.container.image' },
  {
    field: 'WorkflowStep.inline',
    workflow: PRODUCER_CONSUMER,
    cliOptions: ['--style', 'steps', '--setting', 'inlineTemplates=true'],
    path: 'spec.templates[].steps[].inline.container.image',
  },
];

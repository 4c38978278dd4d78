import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

const STEP_HOOKS = probeWorkflow(`
const train = runContainer({ image: 'alpine:3.20', command: ['echo', 'train'], stepName: 'train' });
setStepExitHandler(train, () => runContainer({ image: 'alpine:3.20', command: ['echo', 'done'], stepName: 'notify' }));
addHook(train, { status: 'Running' }, () => runContainer({ image: 'alpine:3.20', command: ['echo', 'started'], stepName: 'page' }));
`);

/** Lifecycle hooks (`addHook`, `setStepExitHandler`) and `configWorkflow({ failFast })`. */
export const probes: ArgoFieldProbe[] = [
  { field: 'DAGTask.onExit', workflow: STEP_HOOKS, path: 'spec.templates[].dag.tasks[].onExit' },
  { field: 'DAGTask.hooks', workflow: STEP_HOOKS, path: 'spec.templates[].dag.tasks[].hooks' },
  { field: 'WorkflowStep.onExit', workflow: STEP_HOOKS, path: 'spec.templates[].steps[].onExit', cliOptions: ['--style', 'steps'] },
  { field: 'WorkflowStep.hooks', workflow: STEP_HOOKS, path: 'spec.templates[].steps[].hooks', cliOptions: ['--style', 'steps'] },
  {
    field: 'WorkflowSpec.hooks',
    workflow: probeWorkflow(`
runContainer({ image: 'alpine:3.20', command: ['echo', 'work'] });
addHook('workflow', { status: ['Failed', 'Error'] }, () => runContainer({ image: 'alpine:3.20', command: ['echo', 'alert'], stepName: 'alert' }));
`),
    path: 'spec.hooks',
  },
  {
    field: 'Template.failFast',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo', 'a'] });`, '{ failFast: true }'),
    path: 'spec.templates[].failFast',
    cliOptions: ['--style', 'steps'],
  },
];

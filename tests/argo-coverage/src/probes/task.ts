import type { ArgoFieldProbe } from '../probe';
import { PRODUCER_CONSUMER, probeWorkflow } from '../probe-workflow';

const CONDITIONAL = probeWorkflow(`
const flip = runScript({ image: 'python:3.12-alpine', source: 'import random; print(random.choice(["heads", "tails"]))', stepName: 'flip' });
when(equal(flip, 'heads'), () => runContainer({ image: 'alpine:3.20', command: ['echo', 'heads'], stepName: 'heads', continueOn: { failed: true } }));
`);
const OVER_LIST = probeWorkflow(`map((shard) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [shard] }), ['a', 'b', 'c']);`);
const OVER_OUTPUT = probeWorkflow(`
const list = runScript({ image: 'python:3.12-alpine', source: 'import json; print(json.dumps([1, 2, 3]))', stepName: 'list' });
map((item) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [item] }), list);
`);
const OVER_NUMBERS = probeWorkflow(`
const count = runScript({ image: 'python:3.12-alpine', source: 'print(3)', stepName: 'count' });
map((shard) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [shard] }), sequence({ count, format: 'shard-%02d' }));
`);
const TEMPLATE_REF = probeWorkflow(`runTemplateRef({ workflowTemplate: 'shared-steps', template: 'train', parameters: { epochs: 3 } });`);

/** The fields DAG tasks and steps share, for the `dag` style (default) and `--style steps`. */
function callProbes(definition: 'DAGTask' | 'WorkflowStep'): ArgoFieldProbe[] {
  const [path, cliOptions] = definition === 'DAGTask' ? ['spec.templates[].dag.tasks[]', undefined] : ['spec.templates[].steps[]', ['--style', 'steps']];
  const probe = (field: string, workflow: string): ArgoFieldProbe => ({ field: `${definition}.${field}`, workflow, path: `${path}.${field}`, ...(cliOptions && { cliOptions }) });
  return [
    probe('name', PRODUCER_CONSUMER),
    probe('template', PRODUCER_CONSUMER),
    probe('arguments', PRODUCER_CONSUMER),
    probe('when', CONDITIONAL),
    probe('continueOn', CONDITIONAL),
    probe('withItems', OVER_LIST),
    probe('withParam', OVER_OUTPUT),
    probe('withSequence', OVER_NUMBERS),
    probe('templateRef', TEMPLATE_REF),
  ];
}

/** DAGTask and WorkflowStep fields: how a step is called from its DAG or steps template. */
export const probes: ArgoFieldProbe[] = [
  ...callProbes('DAGTask'),
  ...callProbes('WorkflowStep'),
  { field: 'DAGTask.depends', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].dag.tasks[].depends' },
  // A step that may fail without stopping its dependants makes Argo's `dependencies` list (with `continueOn`) necessary.
  {
    field: 'DAGTask.dependencies',
    workflow: probeWorkflow(`
const lint = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'exit 1'], stepName: 'lint', continueOn: { failed: true } });
setDependencies(() => runContainer({ image: 'alpine:3.20', command: ['echo', 'build'], stepName: 'build' }), [lint]);
`),
    path: 'spec.templates[].dag.tasks[].dependencies',
  },
];

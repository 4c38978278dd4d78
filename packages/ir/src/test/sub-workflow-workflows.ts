import type { StepOutputRef } from '../schema/value';
import { IR_API_VERSION, WorkflowSchema, type Workflow } from '../schema/workflow';

type Fields = Record<string, unknown>;

const output = (step: string, name = 'result'): StepOutputRef => ({ ref: 'step', step, output: name });
const input = (name: string) => ({ ref: 'parameter' as const, name });
const echo = (name: string, args: unknown[], fields: Fields = {}): Fields => ({
  name,
  kind: 'container',
  container: { image: 'alpine:3.20', command: ['echo'], args },
  ...fields,
});

/** A step calling definition `name`, passing `args` (name → value), declaring `outputs` by name. */
export function subWorkflowCall(step: string, name: string, args: Record<string, unknown> = {}, outputNames: string[] = [], fields: Fields = {}): Fields {
  return {
    name: step,
    kind: 'subWorkflow',
    subWorkflow: { name },
    ...(Object.keys(args).length > 0 && { inputs: { parameters: Object.entries(args).map(([arg, value]) => ({ name: arg, value })) } }),
    ...(outputNames.length > 0 && { outputs: { parameters: outputNames.map((name) => ({ name })) } }),
    ...fields,
  };
}

/** Definition `train-evaluate`: train a model, then evaluate it; returns the evaluation's output as `score`. */
export const trainEvaluateDefinition: Fields = {
  name: 'train-evaluate',
  inputs: { parameters: [{ name: 'model' }, { name: 'epochs', default: '3' }] },
  steps: [echo('train', ['trained', input('model'), input('epochs')]), echo('evaluate', [{ concat: ['score-of-', output('train')] }])],
  outputs: { parameters: [{ name: 'score', value: output('evaluate') }] },
};

/**
 * The most common ML fan-out: five models, each through train → evaluate in one mapped call of
 * one definition (two at a time), then one step that reads the list of every score.
 */
export function subWorkflowFanOut(extra: Fields = {}): Workflow {
  return WorkflowSchema.parse({
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'sub-workflow-fan-out' },
    spec: {
      steps: [
        subWorkflowCall('models', 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ['a', 'b', 'c', 'd', 'e'], parallelism: 2 } }),
        echo('keep-best', [output('models', 'score')]),
      ],
      subWorkflows: [trainEvaluateDefinition],
      ...extra,
    },
  });
}

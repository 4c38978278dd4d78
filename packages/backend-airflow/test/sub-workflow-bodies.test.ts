import { describe, expect, it } from 'vitest';
import { CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall } from '@couler/ir/test';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';

const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });
const input = (name: string) => ({ ref: 'parameter', name });

function workflowOf(steps: unknown[], subWorkflows: unknown[], spec: Record<string, unknown> = {}): Workflow {
  return WorkflowSchema.parse({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'bodies' }, spec: { steps, subWorkflows, ...spec } });
}

/** `sweep(model)`: lists the learning rates, trains one model per rate (mapped inside the group), keeps the best of them all. */
const sweep = {
  name: 'sweep',
  inputs: { parameters: [{ name: 'model' }] },
  steps: [
    echo('rates', ['["0.1","0.01"]']),
    echo('train', [input('model'), { ref: 'item' }], { map: { from: output('rates') }, dependencies: ['rates'] }),
    echo('seed', [input('model'), { ref: 'item' }], { map: { items: ['1', '2', '3'] } }),
    echo('best', [output('train'), output('seed')], { dependencies: ['train', 'seed'] }),
  ],
  outputs: { parameters: [{ name: 'scores', value: output('train') }, { name: 'best', value: output('best') }] },
};

describe('sub-workflow bodies on Airflow', () => {
  it('dev2', () => {
    const body = {
      name: 'kinds',
      inputs: { parameters: [{ name: 'model' }] },
      steps: [
        { name: 'prepare', kind: 'script', script: { image: 'python:3.12', command: ['python3'], source: 'print("hi")\n', args: [input('model')] } },
        { name: 'pause', kind: 'suspend', suspend: { durationSeconds: 5 }, dependencies: ['prepare'] },
        { name: 'apply', kind: 'resource', resource: { action: 'create', manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: x-\n' }, dependencies: ['pause'] },
        echo('left', ['l', input('model')], { dependencies: ['apply'] }),
        echo('right', ['r']),
        echo('right-2', ['r2']),
        subWorkflowCall('each', 'leaf', { value: { ref: 'item' }, model: input('model') }, ['out'], { map: { sequence: { start: 1, end: 3, format: 'm%02d' } } }),
        echo('after', [output('each', 'out')], { dependencies: ['each', 'left', 'right-2'] }),
      ],
      groups: [{ kind: 'concurrent', name: 'sides', branches: [['left'], ['right', 'right-2']] }],
    };
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'value' }, { name: 'model' }] }, steps: [echo('show', [input('value'), input('model')])], outputs: { parameters: [{ name: 'out', value: output('show') }] } };
    const workflow = workflowOf([subWorkflowCall('run', 'kinds', { model: 'm' }), subWorkflowCall('seq', 'leaf', { value: { ref: 'item' }, model: 'x' }, [], { map: { sequence: { count: 3 } } })], [body, leaf]);
    const dag = compileChecked(workflow, { scriptMode: 'task', airflowVersion: 2 });
    console.log(dag.source);
  });
  it('dev', () => {
    const workflow = workflowOf([subWorkflowCall('tune', 'sweep', { model: 'm' }, ['scores', 'best']), echo('report', [output('tune', 'scores'), output('tune', 'best')], { dependencies: ['tune'] })], [sweep]);
    const dag = compileChecked(workflow);
    console.log(dag.source);
  });
});

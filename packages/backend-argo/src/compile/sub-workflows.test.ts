import { IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall as call, subWorkflowFanOut } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { simulateArgo, type LeafRun } from '../../test/support/simulate-argo';
import { compileToArgo } from './compile-to-argo';

const input = (name: string) => ({ ref: 'parameter', name });
const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });
const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
const workflowOf = (name: string, steps: unknown[], subWorkflows: unknown[]): Workflow =>
  WorkflowSchema.parse({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { steps, subWorkflows } });
/** Each leaf echoes its arguments: the simulated result is what it was given. */
const echoRunner = (run: LeafRun) => ({ result: (run.argv ?? []).slice(1).join(' ') });

describe('sub-workflows on Argo', () => {
  it('writes one DAG template per definition, with inputs and outputs, called by a withItems task, and the fan-in reads every iteration', () => {
    const { document, template } = compileChecked(subWorkflowFanOut());
    const definition = template('train-evaluate');
    expect(definition.inputs).toEqual({ parameters: [{ name: 'model' }, { name: 'epochs', default: '3' }] });
    expect(definition.outputs).toEqual({ parameters: [{ name: 'score', valueFrom: { expression: "tasks['evaluate'].outputs.result" } }] });
    expect(definition.dag!.tasks.map((task) => task.name)).toEqual(['train', 'evaluate']);
    const caller = template('models-map');
    expect(caller.parallelism).toBe(2);
    expect(caller.dag!.tasks[0]).toMatchObject({ name: 'models', template: 'train-evaluate', withItems: ['a', 'b', 'c', 'd', 'e'], arguments: { parameters: [{ name: 'model', value: '{{item}}' }] } });
    const { phase, trace } = simulateArgo(document as never, echoRunner);
    expect(phase).toBe('Succeeded');
    const keepBest = trace.find((entry) => entry.run.template === 'keep-best')!;
    expect(keepBest.run.argv).toEqual(['echo', JSON.stringify(['a', 'b', 'c', 'd', 'e'].map((model) => `score-of-trained ${model} 3`))]);
  });

  it('fans out over a list another step prints (withParam), each iteration one call of the DAG template', () => {
    const body = { name: 'greet', inputs: { parameters: [{ name: 'who' }] }, steps: [echo('say', ['hello', input('who')])], outputs: { parameters: [{ name: 'said', value: output('say') }] } };
    const { document, template } = compileChecked(
      workflowOf('from-list', [echo('list', ['["ann","bob"]']), call('each', 'greet', { who: { ref: 'item' } }, ['said'], { map: { from: output('list') } }), echo('all', [output('each', 'said')])], [body]),
    );
    expect(template('from-list').dag!.tasks[1]).toMatchObject({ name: 'each', template: 'greet', withParam: '{{tasks.list.outputs.result}}' });
    const { trace } = simulateArgo(document as never, echoRunner);
    expect(trace.map((entry) => entry.run.argv)).toEqual([['echo', '["ann","bob"]'], ['echo', 'hello', 'ann'], ['echo', 'hello', 'bob'], ['echo', '["hello ann","hello bob"]']]);
  });

  it('a sub-workflow called twice with different inputs is one template and two calls', () => {
    const body = { name: 'greet', inputs: { parameters: [{ name: 'who' }] }, steps: [echo('say', ['hello', input('who')])], outputs: { parameters: [{ name: 'said', value: output('say') }] } };
    const { document } = compileChecked(workflowOf('twice', [call('first', 'greet', { who: 'ann' }, ['said']), call('second', 'greet', { who: output('first', 'said') }, ['said'])], [body]));
    const templates = (document.spec as { templates: Array<{ name: string; dag?: { tasks: Array<{ name: string; template?: string }> } }> }).templates;
    expect(templates.filter((candidate) => candidate.name === 'greet')).toHaveLength(1);
    expect(templates[0]!.dag!.tasks.map((task) => [task.name, task.template])).toEqual([['first', 'greet'], ['second', 'greet']]);
    const { trace } = simulateArgo(document as never, echoRunner);
    expect(trace.map((entry) => entry.run.argv)).toEqual([['echo', 'hello', 'ann'], ['echo', 'hello', 'hello ann']]);
  });

  it('nests three deep: each definition once, each level passing its input down and its output up', () => {
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'x' }] }, steps: [echo('say', ['said', input('x')])], outputs: { parameters: [{ name: 'said', value: output('say') }] } };
    const middle = { name: 'middle', inputs: { parameters: [{ name: 'x' }] }, steps: [call('in-leaf', 'leaf', { x: { concat: ['<', input('x'), '>'] } }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-leaf', 'said') }] } };
    const top = { name: 'top', inputs: { parameters: [{ name: 'x', default: 'deep' }] }, steps: [call('in-middle', 'middle', { x: input('x') }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-middle', 'said') }] } };
    const { document } = compileChecked(workflowOf('nested', [call('run', 'top', {}, ['said']), echo('print', [output('run', 'said')])], [leaf, middle, top]));
    const names = (document.spec as { templates: Array<{ name: string }> }).templates.map((template) => template.name);
    // Callees first: each template is written before the templates that call it.
    expect(names.filter((name) => ['top', 'middle', 'leaf'].includes(name))).toEqual(['leaf', 'middle', 'top']);
    const { trace } = simulateArgo(document as never, echoRunner);
    expect(trace.map((entry) => entry.run.argv)).toEqual([['echo', 'said', '<deep>'], ['echo', 'said <deep>']]);
  });

  it("a when inside a mapped sub-workflow compares the item with another step's output", () => {
    const body = { name: 'keep-if-best', inputs: { parameters: [{ name: 'model' }, { name: 'best' }] }, steps: [echo('keep', ['kept', input('model')], { when: { op: 'equal', left: input('model'), right: input('best') } })] };
    const { document } = compileChecked(workflowOf('pick', [echo('best', ['b']), call('pick', 'keep-if-best', { model: { ref: 'item' }, best: output('best') }, [], { map: { items: ['a', 'b', 'c'] } })], [body]));
    const { phase, trace } = simulateArgo(document as never, echoRunner);
    expect(phase).toBe('Succeeded');
    expect(trace.map((entry) => entry.run.argv)).toEqual([['echo', 'b'], ['echo', 'kept', 'b']]);
  });

  it('passes hostile strings through as literal text (shell, quotes, newlines, unicode, Jinja), and refuses a template tag with Argo\'s reason', () => {
    const hostile = '$(rm -rf /) `id` "q\' \n ünï {% raw %} } {';
    const body = { name: 'say', inputs: { parameters: [{ name: 'text' }] }, steps: [echo('echo-it', [input('text')])] };
    const { document } = compileChecked(workflowOf('hostile', [call('run', 'say', { text: hostile })], [body]));
    const { trace } = simulateArgo(document as never, echoRunner);
    expect(trace.map((entry) => entry.run.argv)).toEqual([['echo', hostile]]);
    const tagged = thrown(() => compileToArgo(workflowOf('tagged', [call('run', 'say', { text: '{{workflow.name}}' })], [body])));
    expect([tagged.code, tagged.message]).toEqual(['UNSUPPORTED_BY_BACKEND', expect.stringContaining('an input value holding "{{", which Argo would read as a template tag')]);
    const withDefault = { ...body, inputs: { parameters: [{ name: 'text', default: '{{workflow.uid}}' }] } };
    expect(thrown(() => compileToArgo(workflowOf('hostile-default', [call('run', 'say')], [withDefault]))).message).toContain('an input default holding "{{"');
  });

  it('refuses what it does not write inside a sub-workflow yet, naming it', () => {
    const body = { name: 'fan', steps: [echo('each', [{ ref: 'item' }], { map: { items: [1, 2], parallelism: 1 } })] };
    const error = thrown(() => compileToArgo(workflowOf('capped', [call('run', 'fan')], [body])));
    expect([error.code, error.message]).toEqual(['UNSUPPORTED_BY_BACKEND', expect.stringContaining('a fan-out with parallelism inside sub-workflow "fan"')]);
  });
});

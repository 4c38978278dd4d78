import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { simulateArgo } from '../../test/support/simulate-argo';
import { container, irWorkflow } from '../../test/support/ir';
import { compileToArgo } from './compile-to-argo';

type Json = Record<string, unknown>;
const result = (step: string) => ({ ref: 'step', step, output: 'result' }) as const;
const script = (name: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'script' as const, script: { image: 'python:3.12', command: ['python'], source: `print("${name}")\n` }, ...extra });
const branch = (name: string) => script(name, { when: { op: 'equal', left: result('flip'), right: name } });
const printMessage = { name: 'workflow-template-print-message', template: 'print-message' };

describe('images chosen when the step runs', () => {
  it('passes the reference to the template as an input, so each map item runs its own image', () => {
    const per = container('per', { map: { items: [{ os: 'debian', tag: '9.1' }, { os: 'alpine', tag: '{{3.6}}' }] } });
    const value = irWorkflow('images', [{ ...per, container: { image: { concat: [{ ref: 'item', key: 'os' }, ':', { ref: 'item', key: 'tag' }] }, command: ['true'] } } as never]);
    expect(() => compileChecked(value)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_BY_BACKEND' }));
    const safe = irWorkflow('images', [{ ...per, map: { items: [{ os: 'debian', tag: '9.1' }, { os: 'alpine', tag: '3.6' }] }, container: { image: { concat: [{ ref: 'item', key: 'os' }, ':', { ref: 'item', key: 'tag' }] }, command: ['true'] } } as never]);
    const { template } = compileChecked(safe);
    expect(template('per').container!.image).toBe('{{inputs.parameters.item-os}}:{{inputs.parameters.item-tag}}');
    const ran = simulateArgo(compileToArgo(safe).document as unknown as Json, () => ({}));
    expect(ran.trace.map((entry) => entry.run.image)).toEqual(['debian:9.1', 'alpine:3.6']);
  });

  it('escapes a literal image as before', () => {
    const { template } = compileChecked(irWorkflow('literal', [{ ...container('a'), container: { image: 'repo/{{x}}:1', command: ['true'] } } as never]));
    expect(template('a').container!.image).not.toBe('repo/{{x}}:1');
  });
});

describe('retry backoff cap', () => {
  it('becomes backoff.cap, a duration', () => {
    const { template } = compileChecked(irWorkflow('retry', [container('flaky', { retry: { limit: 10, on: 'failure', backoff: { durationSeconds: 1, factor: 2, maxDurationSeconds: 60, capSeconds: 300 } } })]));
    expect(template('flaky').retryStrategy).toEqual({ limit: '10', retryPolicy: 'OnFailure', backoff: { duration: '1s', factor: '2', maxDuration: '1m', cap: '5m' } });
  });
});

describe('workflow outputs', () => {
  const flipWorkflow = (outputs: unknown[], style: 'dag' | 'steps' = 'dag') =>
    compileChecked(irWorkflow('flip', [script('flip'), branch('heads'), branch('tails')] as never, { parameters: [{ name: 'seed', default: '1' }], outputs: { parameters: outputs } } as never), { templateStyle: style });

  it('are outputs of the entry template with globalNames: firstOf tests which branch succeeded', () => {
    const { template } = flipWorkflow([
      { name: 'stepresult', firstOf: [result('heads'), result('tails')] },
      { name: 'summary', value: { concat: ["flip='", result('flip'), "' seed=", { ref: 'parameter', name: 'seed' }] }, description: 'for people' },
    ]);
    expect(template('flip').outputs).toEqual({
      parameters: [
        { name: 'stepresult', valueFrom: { expression: "tasks['heads'].status == 'Succeeded' ? tasks['heads'].outputs.result : tasks['tails'].outputs.result" }, globalName: 'stepresult' },
        { name: 'summary', valueFrom: { expression: "'flip=\\u0027' + tasks['flip'].outputs.result + '\\u0027 seed=' + workflow.parameters['seed']" }, globalName: 'summary', description: 'for people' },
      ],
    });
  });

  it('evaluate to the result of whichever branch ran, in dag and steps style', () => {
    for (const style of ['dag', 'steps'] as const) {
      const { document } = flipWorkflow([{ name: 'stepresult', firstOf: [result('heads'), result('tails')] }], style);
      for (const side of ['heads', 'tails']) {
        const ran = simulateArgo(document as unknown as Json, (run) => ({ result: run.source?.includes('flip') ? side : `${run.source?.slice(7, -3)}!` }));
        expect(ran.outputs).toEqual({ stepresult: `${side}!` });
      }
    }
  });

  it('keep their names as globalNames; a global step output of another name gives way', () => {
    const value = irWorkflow('globals', [container('train', { outputs: { parameters: [{ name: 'acc', path: '/acc', global: true }] } }), container('other', { outputs: { parameters: [{ name: 'acc', path: '/acc', global: true }] } })], {
      outputs: { parameters: [{ name: 'train-acc', value: { ref: 'step', step: 'train', output: 'acc' } }] },
    });
    const { template } = compileChecked(value);
    expect(template('globals').outputs!.parameters![0]!.globalName).toBe('train-acc');
    expect(template('other').outputs!.parameters![0]!.globalName).toBe('acc');
    expect(template('train').outputs!.parameters![0]!.globalName).toBe('train-acc-2');
  });
});

describe('templateRef steps', () => {
  it('become tasks calling the other WorkflowTemplate, with arguments, and no template here', () => {
    const value = irWorkflow('lib', [
      script('make', { outputs: { artifacts: [{ name: 'file', path: '/f' }] } }),
      { name: 'hello', kind: 'templateRef', templateRef: { ...printMessage, clusterScope: true }, inputs: { parameters: [{ name: 'message', value: result('make') }, { name: 'unset' }], artifacts: [{ name: 'in', path: '/in', from: { ref: 'step', step: 'make', output: 'file' } }] }, outputs: { parameters: [{ name: 'said' }] } },
      container('echo', { container: { image: 'alpine', args: [{ ref: 'step', step: 'hello', output: 'said' }] } }),
    ] as never);
    const { document } = compileChecked(value);
    const spec = document.spec as { templates: Array<{ name: string; dag?: { tasks: unknown[] } }> };
    expect(spec.templates.map((template) => template.name)).toEqual(['lib', 'make', 'echo']);
    expect(spec.templates[0]!.dag!.tasks[1]).toEqual({
      name: 'hello',
      templateRef: { ...printMessage, clusterScope: true },
      depends: 'make',
      arguments: { parameters: [{ name: 'message', value: '{{tasks.make.outputs.result}}' }], artifacts: [{ name: 'in', from: '{{tasks.make.outputs.artifacts.file}}' }] },
    });
    expect(JSON.stringify(spec.templates[0]!.dag!.tasks[2])).toContain('{{tasks.hello.outputs.parameters.said}}');
  });

  it('refuses settings that belong to the referenced template, each by name', () => {
    const error = thrown(() => compileToArgo(irWorkflow('lib', [{ name: 'hello', kind: 'templateRef', templateRef: printMessage, retry: { limit: 2 } }] as never)));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'hello', 'retry'], stepIds: ['hello'] });
    expect(error.message).toContain('retry on a step that runs template "print-message" of WorkflowTemplate "workflow-template-print-message"');
    const located = thrown(() => compileToArgo(irWorkflow('lib', [{ name: 'hello', kind: 'templateRef', templateRef: printMessage, inputs: { artifacts: [{ name: 'in', path: '/in', raw: 'x' }] } }] as never)));
    expect(located).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'hello', 'inputs', 'artifacts', 'in'] });
  });
});

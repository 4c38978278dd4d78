import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { concat, createLocalArtifact, createParameterArtifact, equal, firstOf, map, parameter, runContainer, runScript, runTemplateRef, when, workflow, workflowOutput } from './index';

const producer = () =>
  runContainer({ stepName: 'generate', image: 'busybox', command: ['sh', '-c'], args: ['echo hi > /tmp/hello.txt'], output: createLocalArtifact('/tmp/hello.txt', { name: 'hello-art' }) });

describe('an artifact read at a path of the consumer\'s choosing: output.at(path)', () => {
  it('mounts the producer\'s artifact at the new path, under the name given or the output\'s own', () => {
    const built = workflow('pass', () => {
      const generate = producer();
      runContainer({ stepName: 'renamed', image: 'busybox', input: generate.output('hello-art').at('/tmp/message', { name: 'message' }) });
      runContainer({ stepName: 'moved', image: 'busybox', input: generate.output('hello-art').at('/data/in.txt') });
      runContainer({ stepName: 'as-written', image: 'busybox', input: generate.output('hello-art') });
    });
    const from = { ref: 'step', step: 'generate', output: 'hello-art' };
    expect(stepOf(built, 'renamed').inputs).toEqual({ artifacts: [{ name: 'message', path: '/tmp/message', from }] });
    expect(stepOf(built, 'moved').inputs).toEqual({ artifacts: [{ name: 'hello-art', path: '/data/in.txt', from }] });
    expect(stepOf(built, 'as-written').inputs).toEqual({ artifacts: [{ name: 'hello-art', path: '/tmp/hello.txt', from }] });
  });

  it('refuses a parameter or an empty path, at the call', () => {
    const error = catchCouler(() =>
      workflow('bad', () => {
        const step = runContainer({ stepName: 'p', image: 'busybox', output: createParameterArtifact('/tmp/p.txt') });
        step.output('p').at('/tmp/x');
      }),
    );
    expect(error.code).toBe('TYPE_MISMATCH');
    expect(error.message).toBe('Output "p" of step "p" is a parameter, not an artifact, so it cannot be mounted at a path.');
    expect(catchCouler(() => workflow('bad', () => void producer().output('hello-art').at(' '))).code).toBe('INVALID_DSL_USAGE');
  });
});

describe('createParameterArtifact(path, { default })', () => {
  it('gives the output parameter a default, as text', () => {
    const built = workflow('defaults', () => {
      runContainer({ stepName: 'a', image: 'busybox', output: [createParameterArtifact('/tmp/a.txt', { default: 'Foobar' }), createParameterArtifact('/tmp/n.txt', { default: 0 })] });
    });
    expect(stepOf(built, 'a').outputs?.parameters).toEqual([
      { name: 'a', path: '/tmp/a.txt', default: 'Foobar' },
      { name: 'n', path: '/tmp/n.txt', default: '0' },
    ]);
  });

  it('refuses a default that is not a scalar', () => {
    expect(catchCouler(() => createParameterArtifact('/tmp/a.txt', { default: {} as unknown as string })).code).toBe('INVALID_DSL_USAGE');
  });
});

describe('an image chosen when the step runs', () => {
  it('is a concat of map item fields', () => {
    const built = workflow('per-item', () => {
      map((item) => runContainer({ stepName: 'test-linux', image: concat(item.field('image'), ':', item.field('tag')), command: ['cat', '/etc/os-release'] }), [{ image: 'debian', tag: '9.1' }]);
    });
    const step = stepOf(built, 'test-linux');
    expect(step.kind === 'container' && step.container.image).toEqual({ concat: [{ ref: 'item', key: 'image' }, ':', { ref: 'item', key: 'tag' }] });
  });

  it('may be a workflow parameter or another step\'s output, which then runs first', () => {
    const built = workflow('chosen', () => {
      const pick = runScript({ stepName: 'pick', image: 'python:3.12', source: 'print("alpine:3.20")' });
      runContainer({ stepName: 'use', image: pick.result, command: ['true'] });
      runScript({ stepName: 'param', image: parameter('image', { default: 'python:3.12' }), source: 'print(1)' });
    });
    const use = stepOf(built, 'use');
    expect(use.kind === 'container' && use.container.image).toEqual({ ref: 'step', step: 'pick', output: 'result' });
    expect(built.spec.steps.map((step) => step.name)).toEqual(['pick', 'use', 'param']);
  });

  test.prop([fc.oneof(fc.constant(''), fc.constant('   '), fc.integer(), fc.constant(null))], { numRuns: 20 })('an empty or non-text literal image is refused', (image) => {
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: image as unknown as string }))).code).toBe('INVALID_DSL_USAGE');
  });
});

describe('retry backoff cap', () => {
  it('is the longest single wait, in seconds', () => {
    const built = workflow('retry', () => {
      runContainer({ stepName: 'flaky', image: 'python:3.12', retry: { limit: 10, backoff: { duration: '1s', factor: 2, maxDuration: '1m', cap: '5s' } } });
    });
    expect(stepOf(built, 'flaky').retry).toEqual({ limit: 10, backoff: { durationSeconds: 1, factor: 2, maxDurationSeconds: 60, capSeconds: 5 } });
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: 'a', retry: { limit: 1, backoff: { duration: 1, cap: 'soon' } } }))).message).toContain('retry.backoff.cap');
  });
});

describe('workflowOutput and firstOf', () => {
  it('declares the workflow\'s outputs: the result of whichever branch ran, a concat, a step output', () => {
    const built = workflow('flip', () => {
      const flip = runScript({ stepName: 'flip', image: 'python:3.12', source: 'print("heads")' });
      const heads = when(equal(flip, 'heads'), () => runScript({ stepName: 'heads', image: 'python:3.12', source: 'print(1)' }));
      const tails = when(equal(flip, 'tails'), () => runScript({ stepName: 'tails', image: 'python:3.12', source: 'print(2)' }));
      workflowOutput('stepresult', firstOf(heads, tails), { description: 'what the branch printed' });
      workflowOutput('summary', concat`flip=${flip}`);
    });
    expect(built.spec.outputs).toEqual({
      parameters: [
        { name: 'stepresult', firstOf: [{ ref: 'step', step: 'heads', output: 'result' }, { ref: 'step', step: 'tails', output: 'result' }], description: 'what the branch printed' },
        { name: 'summary', value: { concat: ['flip=', { ref: 'step', step: 'flip', output: 'result' }] } },
      ],
    });
  });

  it('refuses a bad name, a name twice, an artifact mixed with a value, an empty firstOf', () => {
    expect(catchCouler(() => workflow('w', () => workflowOutput('2nd', 'x'))).code).toBe('INVALID_NAME');
    const twice = () => {
      workflowOutput('a', 'x');
      workflowOutput('a', 'y');
    };
    expect(catchCouler(() => workflow('w', twice)).code).toBe('DUPLICATE_NAME');
    const mixed = () => {
      const generate = producer();
      const flip = runScript({ stepName: 'flip', image: 'python:3.12-alpine', source: 'print(1)' });
      workflowOutput('a', firstOf(generate.output('hello-art'), flip));
    };
    expect(catchCouler(() => workflow('w', mixed)).code).toBe('TYPE_MISMATCH');
    // Artifacts alone are a file the workflow returns.
    expect(workflow('w', () => workflowOutput('a', firstOf(producer()))).spec.outputs?.artifacts).toEqual([{ name: 'a', firstOf: [{ ref: 'step', step: 'generate', output: 'hello-art' }] }]);
    expect(catchCouler(() => workflow('w', () => void firstOf())).code).toBe('INVALID_DSL_USAGE');
  });
});

describe('runTemplateRef', () => {
  it('runs a template of another WorkflowTemplate with parameters, artifacts and declared outputs', () => {
    const built = workflow('lib', () => {
      const generate = producer();
      const hello = runTemplateRef({
        stepName: 'hello',
        workflowTemplate: 'workflow-template-print-message',
        template: 'print-message',
        parameters: { message: 'hi', seed: parameter('seed', { default: 7 }) },
        input: generate.output('hello-art').at('/tmp/in', { name: 'file' }),
        outputs: ['said'],
      });
      runContainer({ stepName: 'echo', image: 'busybox', args: [hello.output('said')] });
    });
    expect(stepOf(built, 'hello')).toMatchObject({
      kind: 'templateRef',
      templateRef: { name: 'workflow-template-print-message', template: 'print-message' },
      inputs: { parameters: [{ name: 'message', value: 'hi' }, { name: 'seed', value: { ref: 'parameter', name: 'seed' } }], artifacts: [{ name: 'file', path: '/tmp/in' }] },
      outputs: { parameters: [{ name: 'said' }] },
    });
    expect(stepOf(built, 'echo').dependencies).toEqual(['hello']);
  });

  it('has no standard output, and needs the template\'s names', () => {
    const error = catchCouler(() => workflow('lib', () => void runTemplateRef({ workflowTemplate: 'lib', template: 'hello' }).result));
    expect(error.code).toBe('UNKNOWN_OUTPUT');
    expect(catchCouler(() => workflow('lib', () => void runTemplateRef({ workflowTemplate: '', template: 'hello' }))).message).toContain('"workflowTemplate"');
  });
});

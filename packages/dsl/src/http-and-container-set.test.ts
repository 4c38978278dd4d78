import { fc, test } from '@fast-check/vitest';
import { parseWorkflow, serializeWorkflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { concat, createParameterArtifact, parameter, runContainer, runContainerSet, runHttp, runScript, workflow } from './index';

describe('runHttp', () => {
  it('builds an http step whose URL, headers and body may read earlier steps, and whose result is the body', () => {
    const built = workflow('notify', () => {
      const token = runScript({ stepName: 'token', image: 'python:3.12', command: 'python', source: 'print("t")' });
      const hook = runHttp({
        stepName: 'hook',
        method: 'POST',
        url: concat('https://hooks.example.com/', parameter('channel', { default: 'ml' })),
        headers: { Authorization: concat('Bearer ', token.result), 'Content-Type': 'application/json' },
        body: '{"text":"done"}',
        successCondition: 'response.statusCode == 201',
        requestTimeout: '2m',
      });
      runContainer({ stepName: 'show', image: 'busybox', command: 'echo', args: [hook.result] });
    });
    expect(stepOf(built, 'hook')).toEqual({
      name: 'hook',
      dependencies: ['token'],
      kind: 'http',
      http: {
        method: 'POST',
        url: { concat: ['https://hooks.example.com/', { ref: 'parameter', name: 'channel' }] },
        headers: [
          { name: 'Authorization', value: { concat: ['Bearer ', { ref: 'step', step: 'token', output: 'result' }] } },
          { name: 'Content-Type', value: 'application/json' },
        ],
        body: '{"text":"done"}',
        successCondition: 'response.statusCode == 201',
        timeoutSeconds: 120,
      },
    });
    expect(stepOf(built, 'show')).toMatchObject({ container: { args: [{ ref: 'step', step: 'hook', output: 'result' }] } });
  });

  it('defaults to GET and refuses a missing url, an unknown method and container options', () => {
    const built = workflow('ping', () => void runHttp({ url: 'https://example.com' }));
    expect(built.spec.steps[0]).toMatchObject({ name: 'http', http: { method: 'GET', url: 'https://example.com' } });
    expect(catchCouler(() => workflow('w', () => void runHttp({ url: '' }))).message).toContain('needs a url');
    expect(catchCouler(() => workflow('w', () => void runHttp({ url: 'https://x.io', method: 'FETCH' as 'GET' }))).message).toContain('must be one of GET');
    const env = catchCouler(() => workflow('w', () => void runHttp({ url: 'https://x.io', ...({ env: { A: '1' } } as object) })));
    expect(env.message).toContain('cannot have env');
  });

  test.prop([fc.string(), fc.string()], { numRuns: 100 })('keeps any header value and body text exactly, through canonical YAML', (value, body) => {
    const built = workflow('echo-back', () => void runHttp({ stepName: 'send', url: 'https://example.com/a', method: 'PUT', headers: { 'X-Any': value }, body }));
    const back = parseWorkflow(serializeWorkflow(built, { format: 'yaml' }));
    expect(back.spec.steps[0]).toMatchObject({ http: { headers: [{ name: 'X-Any', value }], body } });
  });
});

describe('runContainerSet', () => {
  it('puts the containers in one step, in the order given, with shared volume mounts and outputs of main', () => {
    const built = workflow('set', () => {
      const set = runContainerSet({
        stepName: 'build',
        volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
        containers: [
          { name: 'a', image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo a >> /workspace/message'] },
          { name: 'main', image: 'alpine:3.20', command: ['sh', '-c'], args: ['cat /workspace/message'], dependencies: ['a'], resources: { cpu: 1 } },
        ],
        output: createParameterArtifact('/workspace/message', { name: 'message' }),
      });
      runContainer({ stepName: 'show', image: 'busybox', args: [set.output('message'), set.result] });
    });
    expect(stepOf(built, 'build')).toMatchObject({
      kind: 'containerSet',
      volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
      containerSet: {
        containers: [
          { name: 'a', image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo a >> /workspace/message'] },
          { name: 'main', dependencies: ['a'], resources: { requests: { cpu: '1' }, limits: { cpu: '1' } } },
        ],
      },
      outputs: { parameters: [{ name: 'message', path: '/workspace/message' }] },
    });
  });

  it('has a result only with a main container, and refuses empty sets and unknown dependencies', () => {
    const noMain = catchCouler(() => workflow('w', () => void runContainerSet({ containers: [{ name: 'a', image: 'alpine' }] }).result));
    expect(noMain.code).toBe('UNKNOWN_OUTPUT');
    expect(catchCouler(() => workflow('w', () => void runContainerSet({ containers: [] }))).message).toContain('needs a list of containers');
    const unknown = catchCouler(() => workflow('w', () => void runContainerSet({ containers: [{ name: 'main', image: 'alpine', dependencies: ['nope'] }] })));
    expect(unknown.message).toContain('depends on "nope"');
  });
});

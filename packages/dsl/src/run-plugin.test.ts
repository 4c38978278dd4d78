import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { concat, parameter, runContainer, runPlugin, workflow } from './index';

describe('runPlugin', () => {
  it('builds a plugin step whose configuration may read earlier steps and parameters, and whose result later steps read', () => {
    const built = workflow(
      'notify',
      () => {
        const team = parameter('team', { default: 'vision' });
        const train = runContainer({ image: 'alpine:3.20', stepName: 'train' });
        const posted = runPlugin({ stepName: 'post', plugin: 'slack', config: { channel: concat`#${team}`, text: train.result, attempts: 3, thread: { reply: true, tags: ['ml', train.result] } } });
        runContainer({ image: 'alpine:3.20', stepName: 'after', args: [posted.result] });
      },
      { executorPlugins: [{ sidecar: { name: 'slack', image: 'ghcr.io/acme/slack-plugin:1', ports: [{ containerPort: 4355 }] } }] },
    );
    const step = stepOf(built, 'post');
    expect(step).toMatchObject({
      kind: 'plugin',
      plugin: {
        name: 'slack',
        config: {
          channel: { concat: ['#', { ref: 'parameter', name: 'team' }] },
          text: { ref: 'step', step: 'train', output: 'result' },
          attempts: 3,
          thread: { reply: true, tags: ['ml', { ref: 'step', step: 'train', output: 'result' }] },
        },
      },
    });
    expect(stepOf(built, 'after')).toMatchObject({ container: { args: [{ ref: 'step', step: 'post', output: 'result' }] } });
    expect(built.spec.executorPlugins?.map((plugin) => plugin.sidecar.name)).toEqual(['slack']);
  });

  it('says what to fix: a name that is not a plugin name, null, a class instance, and pod options', () => {
    expect(catchCouler(() => workflow('w', () => void runPlugin({ plugin: 'Slack Bot' }))).message).toContain('DNS-1123');
    expect(catchCouler(() => workflow('w', () => void runPlugin({ plugin: 'slack', config: { thread: null as never } }))).message).toContain('runPlugin({ config }).thread is null');
    expect(catchCouler(() => workflow('w', () => void runPlugin({ plugin: 'slack', config: { when: new Date(0) as never } }))).message).toContain('must be JSON');
    const pod = catchCouler(() => workflow('w', () => void runPlugin({ plugin: 'slack', ...({ env: { A: '1' } } as object) })));
    expect(pod.message).toContain("runs in Argo's agent pod");
  });
});

import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { simulateArgo } from '../../test/support/simulate-argo';
import { container, irWorkflow } from '../../test/support/ir';
import { compileToArgo } from './compile-to-argo';

type Json = Record<string, unknown>;
const HOSTILE = `it's "done" {{workflow.name}} $(x) \\ \n ✓`;
const notify = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name: 'notify', kind: 'plugin', plugin: { name: 'slack', config }, dependencies: ['train'], ...extra });

describe('plugin steps', () => {
  it('become a plugin template with the configuration under the plugin name; references reach it as inputs and literal text stays literal', () => {
    const workflow = irWorkflow('plugins', [
      container('train'),
      notify({ channel: '#ml', text: { concat: ['accuracy ', { ref: 'step', step: 'train', output: 'result' }] }, raw: HOSTILE, retries: 3, loud: false, tags: ['a', { ref: 'parameter', name: 'team' }] }),
      container('after', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'notify', output: 'result' }] } }),
    ] as never, { parameters: [{ name: 'team', default: 'vision' }] });
    const { template, document } = compileChecked(workflow);
    const plugin = template('notify').plugin as { slack: Json };
    expect(Object.keys(template('notify').plugin!)).toEqual(['slack']);
    expect(plugin.slack.retries).toBe(3);
    expect(plugin.slack.loud).toBe(false);
    expect(template('notify').inputs?.parameters?.length).toBe(1);
    expect(template('notify').container).toBeUndefined();

    // As the controller would hand it to the agent: every reference resolved, hostile text unchanged.
    const ran = simulateArgo(document as unknown as Json, (run) => (run.kind === 'plugin' ? { result: 'posted' } : { result: '0.93' }));
    const call = ran.trace.find((entry) => entry.run.kind === 'plugin')!.run.plugin as { slack: Json };
    expect(call.slack).toEqual({ channel: '#ml', text: 'accuracy 0.93', raw: HOSTILE, retries: 3, loud: false, tags: ['a', 'vision'] });
    // The plugin's answer is the step's result, as Argo's agent reports it.
    expect(ran.trace.find((entry) => entry.run.template === 'after')!.run.argv).toEqual(['echo', 'posted']);
  });

  it('refuses a configuration key holding "{{", which Argo would read as a tag and cannot be escaped in a key', () => {
    const error = thrown(() => compileToArgo(irWorkflow('plugins', [container('train'), notify({ 'a{{b}}': 1 })] as never)));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'notify', 'plugin', 'config', 'a{{b}}'] });
  });

  it('refuses pod settings and time limits, which a call in the shared agent pod cannot honour, naming the field', () => {
    for (const [field, value] of [['env', [{ name: 'A', value: '1' }]], ['nodeSelector', { disk: 'ssd' }], ['timeoutSeconds', 30], ['totalTimeoutSeconds', 30]] as const) {
      const error = thrown(() => compileToArgo(irWorkflow('plugins', [container('train'), notify({}, { [field]: value })] as never)));
      expect(error, field).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'notify', field] });
    }
  });

  it('writes the plugins a workflow declares as executorPlugins, each named after its container', () => {
    const workflow = irWorkflow('plugins', [container('train'), notify({ text: 'hi' })] as never, {
      executorPlugins: [{ sidecar: { name: 'slack', image: 'ghcr.io/acme/slack-plugin:1.2', ports: [{ containerPort: 4355 }], resources: { requests: { cpu: '100m', memory: '64Mi' } } }, automountServiceAccountToken: true }],
    } as never);
    const { document } = compileChecked(workflow);
    expect((document.spec as unknown as Json).executorPlugins).toEqual([
      { metadata: { name: 'slack' }, spec: { sidecar: { container: { name: 'slack', image: 'ghcr.io/acme/slack-plugin:1.2', ports: [{ containerPort: 4355 }], resources: { requests: { cpu: '100m', memory: '64Mi' } } }, automountServiceAccountToken: true } } },
    ]);
  });
});

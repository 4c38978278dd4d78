import { describe, expect, test } from 'vitest';
import { ALL_CONSTRUCTS, detectConstructs, OPT_IN_CONSTRUCTS } from '../../backend/v1/constructs';
import { buildWorkflowGraph, topologicalOrder } from '../../graph/workflow-graph';
import { parseWorkflow } from '../../serialization/parse-workflow';
import { serializeWorkflow } from '../../serialization/serialize-workflow';
import { echo, output, outputs, script, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';

const plugin = (name: string, config: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) => ({ name, kind: 'plugin', plugin: { name: 'slack', config }, ...fields });
const sidecar = (name: string) => ({ sidecar: { name, image: `ghcr.io/acme/${name}:1`, ports: [{ containerPort: 4355 }] } });

describe('plugin steps', () => {
  test('references anywhere in the configuration are data dependencies, and the plugin result can be read', () => {
    const step = plugin('notify', { text: { concat: ['accuracy ', output('train')] }, to: [{ channel: output('pick') }], count: 2, urgent: true });
    const wf = workflow([step, script('train'), script('pick'), echo('after', [output('notify')])]);
    expect(validate(wf)).toEqual([]);
    const order = topologicalOrder(buildWorkflowGraph(wf)).order;
    expect(order.indexOf('notify')).toBeGreaterThan(Math.max(order.indexOf('train'), order.indexOf('pick')));
  });

  test('a reference to a step that does not exist is named at its place in the configuration', () => {
    const errors = validate(workflow([plugin('notify', { nested: { list: ['x', output('ghost')] } })]));
    expect(errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_STEP', path: ['steps', 'notify', 'plugin', 'config', 'nested', 'list', 1] })]);
  });

  test('an object with a "ref" key that is not a reference, null, and a name no plugin has fail the schema', () => {
    expect(() => workflow([plugin('notify', { target: { ref: 'channel', id: 7 } })])).toThrow(/reference or a concat/);
    expect(() => workflow([plugin('notify', { nothing: null })])).toThrow();
    expect(() => workflow([{ name: 'notify', kind: 'plugin', plugin: { name: 'Slack Bot', config: {} } }])).toThrow(/DNS-1123/);
  });

  test('declared output parameters are refused: Argo reads none of a plugin template', () => {
    expect(validate(workflow([plugin('notify', {}, outputs('status'))]))).toEqual([expect.objectContaining({ code: 'INVALID_FIELD', path: ['steps', 'notify', 'outputs', 'parameters', 'status'] })]);
  });

  test('two executor plugins with one container name are refused', () => {
    const errors = validate(workflow([plugin('notify')], { executorPlugins: [sidecar('slack'), sidecar('slack')] }));
    expect(errors).toEqual([expect.objectContaining({ code: 'DUPLICATE_NAME', path: ['executorPlugins', 1, 'sidecar', 'name'] })]);
  });

  test('plugin steps and executor plugins are opt-in constructs, detected where they are used', () => {
    expect(OPT_IN_CONSTRUCTS).toEqual(expect.arrayContaining(['step.plugin', 'workflow.executor-plugins']));
    expect(ALL_CONSTRUCTS).not.toContain('step.plugin');
    const uses = detectConstructs(workflow([plugin('notify')], { executorPlugins: [sidecar('slack')] })).map((use) => use.construct);
    expect(uses).toEqual(expect.arrayContaining(['step.plugin', 'workflow.executor-plugins']));
  });

  test('round-trip through canonical YAML keeps the configuration, numbers and booleans as they were', () => {
    const wf = workflow([plugin('notify', { b: [1, 'two', false], a: { concat: ['x', output('train')] } }), script('train')], { executorPlugins: [sidecar('slack')] });
    const back = parseWorkflow(serializeWorkflow(wf, { format: 'yaml' }));
    expect(back).toEqual(parseWorkflow(serializeWorkflow(back, { format: 'yaml' })));
    const step = back.spec.steps.find((candidate) => candidate.name === 'notify');
    expect(step?.kind === 'plugin' && step.plugin.config).toEqual({ a: { concat: ['x', output('train')] }, b: [1, 'two', false] });
  });
});

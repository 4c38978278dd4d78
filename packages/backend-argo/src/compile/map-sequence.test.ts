import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const echoItem = (name: string, sequence: Record<string, unknown>) => container(name, { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }] }, map: { sequence } });
const result = (step: string) => ({ ref: 'step', step, output: 'result' });

describe('map over a sequence → withSequence', () => {
  it('writes literal bounds as IntOrString text and the format, on DAG tasks and steps', () => {
    const workflow = irWorkflow('seq', [echoItem('shards', { start: 1, end: 3, format: 'shard-%02d' })]);
    for (const templateStyle of ['dag', 'steps'] as const) {
      const { document, yaml } = compileChecked(workflow, { templateStyle });
      const entry = (document.spec as { templates: Array<{ dag?: { tasks: unknown[] }; steps?: unknown[][] }> }).templates[0]!;
      const call = templateStyle === 'dag' ? entry.dag!.tasks[0] : entry.steps![0]![0];
      expect(call).toMatchObject({ name: 'shards', withSequence: { start: '1', end: '3', format: 'shard-%02d' } });
      expect(yaml).toContain('value: "{{item}}"');
    }
  });

  it("reads a count from a step's output or a parameter when the workflow runs", () => {
    const workflow = irWorkflow('seq', [container('count'), echoItem('each', { count: result('count'), start: { ref: 'parameter', name: 'first' } })], {
      parameters: [{ name: 'first', default: '1' }],
    });
    const { document } = compileChecked(workflow);
    const tasks = (document.spec as { templates: Array<{ dag?: { tasks: Array<Record<string, unknown>> } }> }).templates[0]!.dag!.tasks;
    expect(tasks[1]).toMatchObject({ name: 'each', depends: 'count', withSequence: { count: '{{tasks.count.outputs.result}}', start: '{{workflow.parameters.first}}' } });
  });

  it('refuses a format that Argo would substitute into', () => {
    const error = thrown(() => compileChecked(irWorkflow('seq', [echoItem('each', { count: 2, format: '{{workflow.name}}-%d' })])));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.path).toEqual(['steps', 'each', 'map', 'sequence', 'format']);
  });
});

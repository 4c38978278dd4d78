import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import type { ArgoTask } from './argo-types';

const read = (step: string) => ({ ref: 'step', step, output: 'n' }) as const;
// A hostile argument reaches the inline template escaped, as in a named one.
const HOSTILE = "it's {{workflow.name}} $(id) ${HOME} \\ {% x %}\nnext";

describe('inlineTemplates', () => {
  const value = irWorkflow('pipe', [
    container('produce', { container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo 3 > /tmp/n'], args: [HOSTILE] }, outputs: { parameters: [{ name: 'n', path: '/tmp/n' }] } }),
    container('consume', { container: { image: 'alpine:3.20', command: ['echo'], args: [read('produce')] } }),
  ] as never);

  it('writes single-use leaf templates into their tasks and steps, and the document validates', () => {
    for (const style of ['dag', 'steps'] as const) {
      const named = compileChecked(value, { templateStyle: style }).document;
      const { document } = compileChecked(value, { templateStyle: style, inlineTemplates: true });
      const templates = (document.spec as { templates: Array<{ name: string; dag?: { tasks: ArgoTask[] }; steps?: ArgoTask[][] }> }).templates;
      expect(templates.map((template) => template.name)).toEqual(['pipe']);
      const tasks = style === 'dag' ? templates[0]!.dag!.tasks : templates[0]!.steps!.flat();
      const namedTemplates = (named.spec as { templates: Array<{ name: string }> }).templates;
      for (const task of tasks) {
        expect(task.template).toBeUndefined();
        const { name: _name, ...body } = namedTemplates.find((template) => template.name === task.name)!;
        expect(task.inline).toEqual(body);
      }
      expect(JSON.stringify(tasks[0]!.inline)).not.toContain('{{workflow.name}}');
    }
  });

  it('inlines a mapped step\'s template too: one task runs it for every item', () => {
    const mapped = irWorkflow('many', [container('each', { map: { items: ['a', 'b'] } }), container('other')] as never);
    const { document } = compileChecked(mapped, { inlineTemplates: true });
    const entry = (document.spec as { templates: Array<{ name: string; dag?: { tasks: ArgoTask[] } }> }).templates[0]!;
    expect(entry.dag!.tasks.every((task) => task.inline !== undefined)).toBe(true);
  });
});

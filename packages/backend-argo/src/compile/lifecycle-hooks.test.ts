import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const hostile = `it's "{{workflow.name}}" $(rm -rf) \n''' ü`;

describe('lifecycle hooks and failFast', () => {
  const workflow = irWorkflow(
    'hooked',
    [
      container('train'),
      container('notify', { hook: { of: 'train', on: 'exit' }, container: { image: 'alpine:3.20', command: ['echo', hostile] } }),
      container('page', { hook: { of: 'train', on: { status: ['Running'] } } }),
      container('also-at-end', { hook: { of: 'train', on: 'exit' } }),
      container('alert', { hook: { on: { status: ['Failed', 'Error'] } } }),
      container('report', { dependencies: ['train'] }),
    ],
    { failFast: false },
  );

  it('writes onExit and hooks on the watched task, the workflow hooks, and dag.failFast, valid for Argo', () => {
    const checked = compileChecked(workflow);
    const entry = checked.template('hooked');
    expect(entry.dag!.failFast).toBe(false);
    // Hooks are templates, never tasks of the DAG.
    expect(entry.dag!.tasks.map((task) => task.name)).toEqual(['train', 'report']);
    const train = entry.dag!.tasks[0]!;
    // Several exit hooks (in plan order): the first is onExit, the others hooks on every finished status.
    expect(train.onExit).toBe('also-at-end');
    expect(train.hooks).toEqual({
      page: { template: 'page', expression: 'tasks["train"].status == "Running"' },
      notify: { template: 'notify', expression: 'tasks["train"].status == "Succeeded" || tasks["train"].status == "Failed" || tasks["train"].status == "Error"' },
    });
    expect((checked.document.spec as { hooks?: unknown }).hooks).toEqual({
      alert: { template: 'alert', expression: 'workflow.status == "Failed" || workflow.status == "Error"' },
    });
    // The hostile text stays literal in the hook's container.
    expect(checked.template('notify').container!.command).toEqual(['echo', expect.stringContaining("it's")]);
  });

  it('uses steps["x"] in the steps style, and Template.failFast there', () => {
    const checked = compileChecked({ ...workflow, spec: { ...workflow.spec, failFast: true } }, { templateStyle: 'steps' });
    const entry = checked.template('hooked');
    expect(entry.failFast).toBe(true);
    const train = entry.steps!.flat().find((step) => step.name === 'train')!;
    expect(train.onExit).toBe('also-at-end');
    expect(train.hooks!.page).toEqual({ template: 'page', expression: 'steps["train"].status == "Running"' });
  });

  it("refuses failFast: false in the steps style, with Argo's reason", () => {
    const error = thrown(() => compileChecked(workflow, { templateStyle: 'steps' }));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('never starts the next group of steps after one failed');
    expect(error.path).toEqual(['failFast']);
  });
});

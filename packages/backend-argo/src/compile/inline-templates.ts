import type { ArgoTask, ArgoTemplate } from './argo-types';

/** The tasks of a DAG template and the steps of a steps template. */
function tasksOf(template: ArgoTemplate): ArgoTask[] {
  return [...(template.dag?.tasks ?? []), ...(template.steps ?? []).flat()];
}

/** Every template name a value mentions under a `template` key (tasks, steps, hooks), counted. */
function countTemplateUses(value: unknown, counts: Map<string, number>): void {
  if (Array.isArray(value)) for (const item of value) countTemplateUses(item, counts);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'template' || key === 'onExit') && typeof child === 'string') counts.set(child, (counts.get(child) ?? 0) + 1);
      else countTemplateUses(child, counts);
    }
  }
}

/**
 * Writes each leaf template (container, script, resource …) that exactly one task or step runs
 * into that task or step (`inline`, Argo ≥ 3.2), and drops it from the list. DAG and steps
 * templates stay named (Argo does not nest inline templates), and so do templates that hooks,
 * exit handlers or several tasks run, and the entry and exit templates (`named`).
 */
export function inlineSingleUseTemplates(templates: ArgoTemplate[], named: ReadonlyArray<string>): ArgoTemplate[] {
  const counts = new Map<string, number>();
  for (const name of named) counts.set(name, 2);
  for (const template of templates) countTemplateUses(tasksOf(template), counts);
  const byName = new Map(templates.map((template) => [template.name, template]));
  const inlined = new Set<string>();
  const withInline = (task: ArgoTask): ArgoTask => {
    const target = byName.get(task.template);
    if (!target || counts.get(task.template) !== 1 || target.dag || target.steps) return task;
    inlined.add(task.template);
    const { name: _name, ...body } = target;
    const { template: _template, ...rest } = task;
    return { ...rest, inline: body } as ArgoTask;
  };
  const rewritten = templates.map((template) => {
    if (template.dag) return { ...template, dag: { ...template.dag, tasks: template.dag.tasks.map(withInline) } };
    if (template.steps) return { ...template, steps: template.steps.map((group) => group.map(withInline)) };
    return template;
  });
  return rewritten.filter((template) => !inlined.has(template.name));
}

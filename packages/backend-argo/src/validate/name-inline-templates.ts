import type { ArgoTask, ArgoTemplate } from '../compile/argo-types';

/**
 * The templates with every inline template (`inline:` of a task or step) added under a name no
 * real template can have (`<template>/<task>`), and its task pointing at it by that name, so the
 * lint checks an inline template and the variables its task reads like any other.
 */
export function nameInlineTemplates(templates: ReadonlyArray<ArgoTemplate>): ArgoTemplate[] {
  const added: ArgoTemplate[] = [];
  const named = (owner: string) => (task: ArgoTask): ArgoTask => {
    if (task.inline === undefined) return task;
    const name = `${owner}/${task.name}`;
    added.push({ ...task.inline, name } as ArgoTemplate);
    const { inline: _inline, ...rest } = task;
    return { ...rest, template: name };
  };
  const rewritten = templates.map((template) => {
    if (template.dag) return { ...template, dag: { ...template.dag, tasks: template.dag.tasks.map(named(template.name)) } };
    if (template.steps) return { ...template, steps: template.steps.map((group) => group.map(named(template.name))) };
    return template;
  });
  return [...rewritten, ...added];
}

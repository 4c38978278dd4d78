import type { ArgoTask, ArgoTemplate } from './argo-types';
import { orderTemplate } from './leaf-template';
import type { ScopeTask } from './task-scope';

/** A DAG (or steps) template running `tasks`. */
export function scopeTemplate(name: string, tasks: ReadonlyArray<ScopeTask>, style: 'dag' | 'steps', extra: Partial<ArgoTemplate> = {}): ArgoTemplate {
  const template: ArgoTemplate = { name, ...extra };
  if (style === 'dag') template.dag = { tasks: tasks.map((task) => task.task) };
  else template.steps = layers(tasks);
  return orderTemplate(template);
}

/** `steps` templates run groups one after the other: each task goes in the first group after all it waits for. */
function layers(tasks: ReadonlyArray<ScopeTask>): ArgoTask[][] {
  const layerOf = new Map<string, number>();
  const groups: ArgoTask[][] = [];
  for (const { task, waitsFor } of tasks) {
    const layer = Math.max(-1, ...waitsFor.map((name) => layerOf.get(name) ?? -1)) + 1;
    layerOf.set(task.name, layer);
    groups[layer] ??= [];
    groups[layer].push(task);
  }
  return groups.filter((group) => group !== undefined);
}


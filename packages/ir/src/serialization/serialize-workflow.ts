import { stringify } from 'yaml';
import { buildWorkflowGraph, topologicalOrder } from '../graph/workflow-graph';
import type { Step } from '../schema/step';
import { WorkflowSchema, type Workflow } from '../schema/workflow';

export interface SerializeOptions {
  format?: 'json' | 'yaml';
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The canonical form of a workflow: keys in schema order, string maps sorted, steps in
 * topological order with ties broken by name (steps on a cycle last, by name), groups by name.
 * Two workflows that mean the same DAG have the same canonical form, whatever order their
 * steps were written in. Order that carries meaning (arguments, env, items, branches) is kept.
 */
export function canonicalizeWorkflow(workflow: Workflow): Workflow {
  const parsed = WorkflowSchema.parse(workflow);
  const graph = buildWorkflowGraph(parsed);
  const { order, rest } = topologicalOrder(graph);
  const rank = new Map<string, number>();
  [...order, ...rest.sort()].forEach((name, index) => {
    if (!rank.has(name)) rank.set(name, index);
  });
  const sortSteps = (steps: Step[]) =>
    [...steps].sort((a, b) => rank.get(a.name)! - rank.get(b.name)! || byName(a, b));
  const spec = { ...parsed.spec, steps: sortSteps(parsed.spec.steps) };
  if (spec.onExit) spec.onExit = sortSteps(spec.onExit);
  if (spec.groups) spec.groups = [...spec.groups].sort(byName);
  return { ...parsed, spec };
}

/**
 * Deterministic text of a workflow: the same workflow gives byte-identical output, and
 * `parseWorkflow(serializeWorkflow(w))` equals `canonicalizeWorkflow(w)`.
 */
export function serializeWorkflow(workflow: Workflow, options: SerializeOptions = {}): string {
  const canonical = canonicalizeWorkflow(workflow);
  if (options.format === 'yaml') {
    return stringify(canonical, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
  }
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

import { stringify } from 'yaml';
import { definitionAsWorkflow } from '../graph/sub-workflow-calls';
import { buildWorkflowGraph, topologicalOrder } from '../graph/workflow-graph';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { prototypeKeyErrors } from '../validation/prototype-keys';
import { checkWorkflowShape } from '../validation/structural-errors';
import { throwIfErrors } from '../validation/validate';

export interface SerializeOptions {
  format?: 'json' | 'yaml';
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Replaces `-0` by `0` in place. JSON has no negative zero, so without this a workflow would
 * not survive a JSON round trip unchanged. Only called on the fresh tree `parse` returns.
 */
function dropNegativeZeros(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === 0) record[key] = 0;
    else dropNegativeZeros(value);
  }
}

/** Sorts steps of `workflow` in dependency order, ties by name. */
function stepSorter(workflow: Workflow): (steps: Step[]) => Step[] {
  const { order, rest } = topologicalOrder(buildWorkflowGraph(workflow));
  const rank = new Map<string, number>();
  [...order, ...rest.sort()].forEach((name, index) => {
    if (!rank.has(name)) rank.set(name, index);
  });
  return (steps) => [...steps].sort((a, b) => rank.get(a.name)! - rank.get(b.name)! || byName(a, b));
}


/**
 * The canonical form of a workflow: keys in schema order, maps sorted by key, `-0` as `0`, steps in
 * topological order with ties broken by name (steps on a cycle last, by name), groups by name; sub-workflow definitions by name, each body sorted the same way.
 * Two workflows that mean the same DAG have the same canonical form, whatever order their
 * steps were written in. Order that carries meaning (arguments, env, items, branches) is kept.
 *
 * @throws CoulerError when the value is not shaped like a workflow (semantic problems are not
 * checked: an invalid workflow still has a canonical form).
 */
export function canonicalizeWorkflow(workflow: Workflow): Workflow {
  throwIfErrors(prototypeKeyErrors(workflow), (workflow as Partial<Workflow> | null)?.metadata?.name);
  // A value typed Workflow can still be malformed at run time: say where, as parsing would.
  const shape = checkWorkflowShape(workflow);
  throwIfErrors(shape.errors, (workflow as Partial<Workflow> | null)?.metadata?.name);
  const parsed = shape.workflow!;
  dropNegativeZeros(parsed);
  const sortSteps = stepSorter(parsed);
  const spec = { ...parsed.spec, steps: sortSteps(parsed.spec.steps) };
  if (spec.onExit) spec.onExit = sortSteps(spec.onExit);
  if (spec.groups) spec.groups = [...spec.groups].sort(byName);
  if (spec.subWorkflows) {
    // Each body in its own dependency order, definitions by name.
    spec.subWorkflows = [...spec.subWorkflows].sort(byName).map((definition) => {
      const sortBody = stepSorter(definitionAsWorkflow(definition));
      return { ...definition, steps: sortBody(definition.steps), ...(definition.groups && { groups: [...definition.groups].sort(byName) }) };
    });
  }
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

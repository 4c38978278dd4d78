import { yamlLibrary } from './yaml-library';
import { buildStepGraph, reorderStepGraph, type StepGraph } from '../graph/step-graph';
import { topologicalNodes } from '../graph/step-graph-order';
import { definitionAsWorkflow } from '../graph/sub-workflow-calls';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { checkLevelOf, recordChecked, stepGraphOf } from '../validation/checked-workflows';
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
 * The canonical form of a workflow: keys in schema order, maps sorted by key, `-0` as `0`, steps in
 * topological order with ties broken by name (steps on a cycle last, by name), groups by name; sub-workflow definitions by name, each body sorted the same way.
 * Two workflows that mean the same DAG have the same canonical form, whatever order their
 * steps were written in. Order that carries meaning (arguments, env, items, branches) is kept.
 * A workflow parsing returned (or the DSL built) is reordered without being checked or copied
 * again: the result shares its steps.
 *
 * @throws CoulerError when the value is not shaped like a workflow (semantic problems are not
 * checked: an invalid workflow still has a canonical form).
 */
export function canonicalizeWorkflow(workflow: Workflow): Workflow {
  const level = checkLevelOf(workflow);
  let parsed = workflow;
  if (level === undefined) {
    throwIfErrors(prototypeKeyErrors(workflow), (workflow as Partial<Workflow> | null)?.metadata?.name);
    // A value typed Workflow can still be malformed at run time: say where, as parsing would.
    const shape = checkWorkflowShape(workflow);
    throwIfErrors(shape.errors, (workflow as Partial<Workflow> | null)?.metadata?.name);
    parsed = shape.workflow!;
  }
  const graph = stepGraphOf(parsed);
  const rank = canonicalRanks(graph);
  const spec = { ...parsed.spec, steps: sortByRank(parsed.spec.steps, rank) };
  if (spec.onExit) spec.onExit = sortByRank(spec.onExit, rank);
  if (spec.groups) spec.groups = [...spec.groups].sort(byName);
  if (spec.subWorkflows) {
    // Each body in its own dependency order, definitions by name.
    spec.subWorkflows = [...spec.subWorkflows].sort(byName).map((definition) => {
      const bodyRank = canonicalRanks(buildStepGraph(definitionAsWorkflow(definition)));
      return { ...definition, steps: sortByRank(definition.steps, bodyRank), ...(definition.groups && { groups: [...definition.groups].sort(byName) }) };
    });
  }
  const canonical = { ...parsed, spec };
  // The same steps in another order: their graph renumbered, not built again (the split and the
  // engines' compilers ask for it next).
  recordChecked(canonical, level ?? 'shape', reorderStepGraph(graph, canonical));
  return canonical;
}

/** Each step's place: the topological order (ties by name), then steps on a cycle by name. */
function canonicalRanks(graph: StepGraph): (step: Step) => number {
  const { order, rest } = topologicalNodes(graph);
  const rank = new Int32Array(graph.names.length);
  order.forEach((node, index) => {
    rank[node] = index;
  });
  rest.sort((a, b) => byName(graph.steps[a]!, graph.steps[b]!)).forEach((node, index) => {
    rank[node] = order.length + index;
  });
  return (step) => rank[graph.nodeOf.get(step.name)!]!;
}

/** `steps` ordered by rank, a repeated name beside its first step: a stable counting sort, O(n). */
function sortByRank(steps: ReadonlyArray<Step>, rankOf: (step: Step) => number): Step[] {
  const ranks = Int32Array.from(steps, rankOf);
  let top = 0;
  for (const rank of ranks) top = Math.max(top, rank);
  const bucketStart = new Int32Array(top + 2);
  for (const rank of ranks) bucketStart[rank + 1]!++;
  for (let rank = 0; rank <= top; rank++) bucketStart[rank + 1]! += bucketStart[rank]!;
  const sorted = new Array<Step>(steps.length);
  steps.forEach((step, index) => {
    sorted[bucketStart[ranks[index]!]!++] = step;
  });
  return sorted;
}

/**
 * Deterministic text of a workflow: the same workflow gives byte-identical output, and
 * `parseWorkflow(serializeWorkflow(w))` equals `canonicalizeWorkflow(w)`.
 */
export function serializeWorkflow(workflow: Workflow, options: SerializeOptions = {}): string {
  const canonical = canonicalizeWorkflow(workflow);
  if (options.format === 'yaml') {
    return yamlLibrary().stringify(canonical, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
  }
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

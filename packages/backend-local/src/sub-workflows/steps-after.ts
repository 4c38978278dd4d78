import { buildWorkflowGraph, stepNodeKey, type SubWorkflow, type Workflow } from '@couler/ir';
import type { DeferredCall } from './expand-sub-workflows';

/** `starts` and every step after them in `workflow`; a loop body runs as a whole, so one of its steps brings the whole loop. */
export function stepsAfter(workflow: Workflow, starts: ReadonlyArray<string>): Set<string> {
  const graph = buildWorkflowGraph(workflow);
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name) || !graph.hasNode(stepNodeKey(name))) continue;
    seen.add(name);
    graph.forEachOutNeighbor(stepNodeKey(name), (_next, attributes) => queue.push(attributes.step.name));
  }
  // A loop body runs as a whole: re-running one step of it re-runs the loop.
  for (const group of workflow.spec.groups ?? []) {
    if (group.kind === 'while' && group.steps.some((name) => seen.has(name))) {
      for (const name of group.steps) if (!seen.has(name)) return stepsAfter(workflow, [...seen, ...group.steps]);
    }
  }
  return seen;
}

/**
 * `retry --from models[1].train`: a step of one iteration of a call the run expanded over a step's
 * output, named as `couler status` shows it. The recorded workflow has no such step, so what runs
 * again is read off the call's definition: that step and the steps after it in the same iteration,
 * then the call, which gathers its iterations again, and what follows it. A step inside a nested
 * call (`models[1].prep.clean`) runs again from there in that call, then the nested call's own
 * step and what follows it in the iteration. `keepsOthers` is false when the call's producer runs
 * again too (the call is in an execWhile body, which re-runs as a whole): its items may change,
 * so no iteration is kept. Undefined when `from` is no recorded step of such an iteration.
 */
export function iterationStepAfter(
  recorded: Workflow,
  expanded: Workflow,
  deferred: ReadonlyMap<string, DeferredCall>,
  recordedSteps: ReadonlyArray<string>,
  from: string,
): { call: string; reset: Set<string>; keepsOthers: boolean } | undefined {
  if (!recordedSteps.includes(from)) return undefined;
  for (const [call, { call: step, producer }] of deferred) {
    const iteration = /^\[(\d+)\]\./.exec(from.slice(call.length));
    if (!from.startsWith(call) || iteration === null) continue;
    const definition = definitionOf(recorded, step.subWorkflow.name);
    if (definition === undefined) return undefined;
    const reset = stepsAfter(expanded, [call]);
    const prefix = `${call}${iteration[0]}`;
    resetInBody({ recorded, recordedSteps, reset }, definition, prefix, from.slice(prefix.length));
    return { call, reset, keepsOthers: !reset.has(producer.step) };
  }
  return undefined;
}

interface ResetContext {
  readonly recorded: Workflow;
  readonly recordedSteps: ReadonlyArray<string>;
  readonly reset: Set<string>;
}

/**
 * Adds to `reset` the recorded steps of one run of `definition` (its steps named `prefix` +
 * step) from `relative` on. A step in a nested call, outside a loop of this body, is followed into
 * that call; anything else re-runs with what follows it, a nested call among them as a whole.
 */
function resetInBody(context: ResetContext, definition: SubWorkflow, prefix: string, relative: string): void {
  const { recorded, recordedSteps, reset } = context;
  const topOf = (name: string) => name.slice(prefix.length).split(/[.[]/)[0]!;
  const top = topOf(prefix + relative);
  const body = { ...recorded, spec: { steps: definition.steps, ...(definition.groups && { groups: definition.groups }) } } as Workflow;
  const after = stepsAfter(body, [top]);
  const nested = definition.steps.find((step) => step.name === top);
  const inner = nested?.kind === 'subWorkflow' ? definitionOf(recorded, nested.subWorkflow.name) : undefined;
  const into = /^(\[\d+\])?\./.exec(relative.slice(top.length));
  const inLoop = definition.groups?.some((group) => group.kind === 'while' && group.steps.includes(top)) === true;
  if (inner !== undefined && into !== null && !inLoop) {
    // The nested call's own step gathers its steps again; its other steps keep their records.
    after.delete(top);
    reset.add(prefix + top);
    resetInBody(context, inner, `${prefix}${top}${into[0]}`, relative.slice(top.length + into[0].length));
  }
  for (const name of recordedSteps) if (name.startsWith(prefix) && after.has(topOf(name))) reset.add(name);
}

function definitionOf(workflow: Workflow, name: string): SubWorkflow | undefined {
  return workflow.spec.subWorkflows?.find((candidate) => candidate.name === name);
}

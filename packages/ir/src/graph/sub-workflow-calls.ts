import type { Step } from '../schema/step';
import type { SubWorkflow } from '../schema/sub-workflow';
import { isDns1123Label } from '../schema/names';
import { IR_API_VERSION, IR_KIND, type Workflow } from '../schema/workflow';
import { buildWorkflowGraph, type WorkflowGraph } from './workflow-graph';

/** Names of the definitions `steps` call, in first-call order, without repeats. */
export function calledDefinitions(steps: ReadonlyArray<Step>): string[] {
  const seen = new Set<string>();
  for (const step of steps) if (step.kind === 'subWorkflow') seen.add(step.subWorkflow.name);
  return [...seen];
}

/** The definition of that name, or undefined. */
export function findSubWorkflow(workflow: Workflow, name: string): SubWorkflow | undefined {
  return workflow.spec.subWorkflows?.find((definition) => definition.name === name);
}

/**
 * A cycle in the call graph of the definitions (`a → b → a`), or undefined when there is none.
 * Calls of definitions that do not exist are ignored (reported elsewhere).
 */
export function subWorkflowCallCycle(workflow: Workflow): string[] | undefined {
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (name: string): string[] | undefined => {
    const seen = state.get(name);
    if (seen === 'done') return undefined;
    if (seen === 'open') return [...trail.slice(trail.indexOf(name)), name];
    state.set(name, 'open');
    trail.push(name);
    for (const callee of calledDefinitions(definitions.get(name)!.steps)) {
      if (!definitions.has(callee)) continue;
      const cycle = visit(callee);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of definitions.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The definitions a workflow uses, callees before callers (each once), so that an emitter can
 * write them in an order where every template exists before it is called. Assumes no cycle.
 */
export function definitionsInCallOrder(workflow: Workflow): SubWorkflow[] {
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  const ordered: SubWorkflow[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    const definition = definitions.get(name);
    if (definition === undefined || placed.has(name)) return;
    placed.add(name);
    for (const callee of calledDefinitions(definition.steps)) place(callee);
    ordered.push(definition);
  };
  for (const name of calledDefinitions([...workflow.spec.steps, ...(workflow.spec.onExit ?? [])])) place(name);
  return ordered;
}

/**
 * A definition's body as a workflow of its own: its inputs are the parameters its steps read,
 * its outputs the workflow's outputs. Every rule that checks a workflow then checks the body,
 * with references scoped to it: a body cannot reach the caller's steps or parameters.
 */
export function definitionAsWorkflow(definition: SubWorkflow): Workflow {
  return {
    apiVersion: IR_API_VERSION,
    kind: IR_KIND,
    metadata: { name: isDns1123Label(definition.name) ? definition.name : 'sub-workflow' },
    spec: {
      ...(definition.inputs?.parameters && { parameters: definition.inputs.parameters }),
      steps: definition.steps,
      ...(definition.groups && { groups: definition.groups }),
      ...(definition.outputs?.parameters && { outputs: { parameters: definition.outputs.parameters } }),
    },
  };
}

/**
 * The DAG inside a definition (its steps and their dependencies), for views that open a call
 * node into its steps: the GUI's DAG view, `couler status --json`. Undefined for an unknown name.
 */
export function buildSubWorkflowGraph(workflow: Workflow, name: string): WorkflowGraph | undefined {
  const definition = findSubWorkflow(workflow, name);
  return definition && buildWorkflowGraph(definitionAsWorkflow(definition));
}

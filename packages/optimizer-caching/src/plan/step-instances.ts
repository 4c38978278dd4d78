import { buildStepGraph, definitionAsWorkflow, topologicalOrder, type Step, type SubWorkflow, type Workflow } from '@couler/ir';

/**
 * One run of a step in a workflow run: a main step, or a step of a sub-workflow in one call and
 * one iteration (`models[2].train`, as the local engine names it). Each has its own cache entry,
 * keyed by its own inputs.
 */
export interface StepInstance {
  /** `models[2].train`; a main step's own name. */
  readonly name: string;
  /** Instances it waits for or reads from, all listed before it. */
  readonly inputs: ReadonlyArray<string>;
  /** The step whose cache hint decides for this instance (see `decisionUnitName`). */
  readonly unit: string;
  readonly step: Step;
}

/**
 * The name a caching decision goes by: a main step's name, or `<definition>/<step>` for a step of
 * a sub-workflow. A hint on a definition's step is shared by every call of it, so the decision is
 * taken once for all its instances. (A step name is a DNS-1123 label, so `/` cannot clash.)
 */
export function decisionUnitName(definition: string | undefined, step: string): string {
  return definition === undefined ? step : `${definition}/${step}`;
}

/**
 * Every instance of every step in one run, in an order where inputs come first: each call
 * expanded into its definition's steps once per item (literal `map.items`; a list known only at
 * run time counts as one iteration, the IR holding no length), nested calls too. A step of a
 * body waits for what its call waits for; a step after a call waits for every instance in it.
 * Calls themselves run nothing and have no instance.
 */
export function stepInstances(workflow: Workflow): StepInstance[] {
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  const instances: StepInstance[] = [];
  const expand = (scope: Workflow, definition: string | undefined, prefix: string, entry: ReadonlyArray<string>, seen: ReadonlySet<string>): string[] => {
    const graph = buildStepGraph(scope);
    const { order } = topologicalOrder(graph);
    const own = new Set(scope.spec.steps.map((step) => step.name));
    const exits = new Map<string, string[]>();
    const all: string[] = [];
    for (const name of order) {
      if (!own.has(name)) continue; // exit-handler steps run after the run, with nothing to reuse
      const node = graph.nodeOf.get(name)!;
      const step = graph.steps[node]!;
      const before = Array.from(graph.predecessors.subarray(graph.predecessorStart[node], graph.predecessorStart[node + 1]), (other) => graph.names[other]!);
      const inputs = [...new Set([...entry, ...before.flatMap((other) => exits.get(other) ?? [])])];
      let made: string[];
      if (step.kind === 'subWorkflow') {
        const callee = definitions.get(step.subWorkflow.name);
        made = [];
        if (callee !== undefined && !seen.has(callee.name)) {
          const times = step.map === undefined ? [undefined] : Array.from({ length: step.map.items?.length ?? 1 }, (_, index) => index);
          for (const index of times) {
            made.push(...expand(bodyOf(callee), callee.name, `${prefix}${step.name}${index === undefined ? '' : `[${index}]`}.`, inputs, new Set([...seen, callee.name])));
          }
        }
      } else {
        const instance = { name: prefix + name, inputs, unit: decisionUnitName(definition, name), step };
        instances.push(instance);
        made = [instance.name];
      }
      exits.set(name, made);
      all.push(...made);
    }
    return all;
  };
  expand(workflow, undefined, '', [], new Set());
  return instances;
}

const bodies = new WeakMap<SubWorkflow, Workflow>();
function bodyOf(definition: SubWorkflow): Workflow {
  let body = bodies.get(definition);
  if (body === undefined) {
    body = definitionAsWorkflow(definition);
    bodies.set(definition, body);
  }
  return body;
}

import { buildWorkflowGraph, type Workflow } from '@couler/ir';
import type { WorkloadStep } from '@couler/optimizer-caching';

/**
 * Steps for @couler/optimizer-caching, inputs first: Kahn's algorithm over `inputsOf`, ties by
 * name. Inputs that are not among `names` are dropped; a step caught in a cycle (two versions of
 * a workflow that disagree on an edge) comes after the rest, keeping only inputs listed before it.
 */
export function orderWorkloadSteps(names: Iterable<string>, inputsOf: (name: string) => Iterable<string>): WorkloadStep[] {
  const all = [...new Set(names)].sort();
  const known = new Set(all);
  const inputs = new Map(all.map((name) => [name, [...new Set(inputsOf(name))].filter((input) => known.has(input) && input !== name).sort()]));
  const waiting = new Map(all.map((name) => [name, inputs.get(name)!.length]));
  const consumers = new Map<string, string[]>(all.map((name) => [name, []]));
  for (const [name, sources] of inputs) for (const source of sources) consumers.get(source)!.push(name);
  const order: string[] = [];
  const ready = all.filter((name) => waiting.get(name) === 0);
  while (ready.length > 0) {
    const name = ready.shift()!;
    order.push(name);
    for (const consumer of consumers.get(name)!) {
      waiting.set(consumer, waiting.get(consumer)! - 1);
      if (waiting.get(consumer) === 0) ready.splice(sortedIndex(ready, consumer), 0, consumer);
    }
  }
  const placed = new Set(order);
  order.push(...all.filter((name) => !placed.has(name)));
  const position = new Map(order.map((name, index) => [name, index]));
  return order.map((name) => ({ name, inputs: inputs.get(name)!.filter((input) => position.get(input)! < position.get(name)!) }));
}

function sortedIndex(sorted: ReadonlyArray<string>, value: string): number {
  let index = 0;
  while (index < sorted.length && sorted[index]! < value) index++;
  return index;
}

/** Each step of a workflow (exit handler included) with the steps it waits for. */
export function workflowDependencies(workflow: Workflow): Map<string, string[]> {
  const graph = buildWorkflowGraph(workflow);
  const dependencies = new Map<string, string[]>();
  graph.forEachNode((node, attributes) => {
    dependencies.set(attributes.step.name, graph.inNeighbors(node).map((source) => graph.getNodeAttribute(source, 'step').name));
  });
  return dependencies;
}

import type { SplitGraph } from '../graph/split-graph';
import type { Partitioner } from './partitioner';
import { PartMeter } from './part-meter';

/**
 * The default partitioner: packs units greedily, like Algorithm 3, but along a level order
 * instead of a depth-first one — every unit after all units of the level before it, and within a
 * level the ones with the longest path still ahead of them first. Parts then hold whole levels
 * (or slices of one), so independent branches land side by side in parts that run in parallel
 * instead of one after the other, and the critical path crosses as few parts as the budget
 * allows. Greedy packing along any topological order fills every part but the last, which keeps
 * the number of parts near the lower bound ⌈total / budget⌉. O((|V| + |E|) + |V| log |V|).
 */
export const partitionCriticalPath: Partitioner = (graph, budget) => {
  const order = levelOrder(graph);
  const meter = new PartMeter(graph, budget);
  for (const unit of order) meter.place(unit);
  return { partOf: meter.partOf, partCount: meter.partCount };
};

/** Units by level (longest path from a source, in steps), then by longest path to a sink. */
export function levelOrder(graph: SplitGraph): number[] {
  const unitCount = graph.members.length;
  const topological = topologicalUnits(graph);
  const level = new Float64Array(unitCount);
  for (const unit of topological) {
    let start = 0;
    for (const before of graph.unitPredecessors[unit]!) start = Math.max(start, level[before]! + graph.unitSteps[before]!);
    level[unit] = start;
  }
  const height = new Float64Array(unitCount);
  for (let index = topological.length - 1; index >= 0; index--) {
    const unit = topological[index]!;
    let rest = 0;
    for (const after of graph.unitSuccessors[unit]!) rest = Math.max(rest, height[after]!);
    height[unit] = rest + graph.unitSteps[unit]!;
  }
  return topological.sort((a, b) => level[a]! - level[b]! || height[b]! - height[a]! || a - b);
}

/** Kahn's algorithm over the units (which form a DAG: `buildSplitGraph` merges cycles). */
export function topologicalUnits(graph: SplitGraph): number[] {
  const unitCount = graph.members.length;
  const waitingFor = new Int32Array(unitCount);
  const order: number[] = [];
  for (let unit = 0; unit < unitCount; unit++) {
    waitingFor[unit] = graph.unitPredecessors[unit]!.length;
    if (waitingFor[unit] === 0) order.push(unit);
  }
  for (let index = 0; index < order.length; index++) {
    for (const next of graph.unitSuccessors[order[index]!]!) if (--waitingFor[next]! === 0) order.push(next);
  }
  return order;
}

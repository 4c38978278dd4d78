import { MinHeap } from './min-heap';
import type { StepGraph } from './step-graph';

export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Kahn's algorithm with a deterministic tie-break (by `compare` on step names), O((V + E) log V).
 * `order` holds the nodes not on or behind a cycle, in order; `rest` the others, in node order.
 */
export function topologicalNodes(graph: StepGraph, compare: (a: string, b: string) => number = compareNames): { order: Int32Array; rest: number[] } {
  const { names, predecessorStart, successorStart, successors } = graph;
  const count = names.length;
  const inDegree = new Int32Array(count);
  for (let node = 0; node < count; node++) inDegree[node] = predecessorStart[node + 1]! - predecessorStart[node]!;
  const ready = new MinHeap<number>((a, b) => compare(names[a]!, names[b]!));
  for (let node = 0; node < count; node++) if (inDegree[node] === 0) ready.push(node);
  const order = new Int32Array(count);
  let placed = 0;
  while (ready.size > 0) {
    const node = ready.pop()!;
    order[placed++] = node;
    for (let at = successorStart[node]!; at < successorStart[node + 1]!; at++) {
      const next = successors[at]!;
      if (--inDegree[next]! === 0) ready.push(next);
    }
  }
  const rest: number[] = [];
  if (placed < count) for (let node = 0; node < count; node++) if (inDegree[node]! > 0) rest.push(node);
  return { order: order.subarray(0, placed), rest };
}

/** Whether the graph has a cycle: O(V + E), no ordering. */
export function hasStepCycle(graph: StepGraph): boolean {
  const { predecessorStart, successorStart, successors } = graph;
  const count = graph.names.length;
  const inDegree = new Int32Array(count);
  const ready = new Int32Array(count);
  let pushed = 0;
  for (let node = 0; node < count; node++) {
    inDegree[node] = predecessorStart[node + 1]! - predecessorStart[node]!;
    if (inDegree[node] === 0) ready[pushed++] = node;
  }
  for (let taken = 0; taken < pushed; taken++) {
    const node = ready[taken]!;
    for (let at = successorStart[node]!; at < successorStart[node + 1]!; at++) {
      const next = successors[at]!;
      if (--inDegree[next]! === 0) ready[pushed++] = next;
    }
  }
  return pushed < count;
}

/**
 * Concrete cycles, each as the nodes on it in dependency order (`a → b → c → a` gives
 * `[a, b, c]`). Every cycle the graph has is broken by removing the ones reported.
 */
export function cycleNodes(graph: StepGraph): number[][] {
  const { names, predecessorStart, predecessors, successorStart, successors } = graph;
  const cycles: number[][] = [];
  // Nodes on or behind a cycle. Each keeps its count of predecessors still in the set, so that
  // dropping a cycle releases what sat behind it without another pass over the graph: O(V + E)
  // for the bookkeeping however many cycles there are.
  const { rest } = topologicalNodes(graph);
  const remaining = new Uint8Array(names.length);
  for (const node of rest) remaining[node] = 1;
  let remainingCount = rest.length;
  const inDegree = new Int32Array(names.length);
  for (const node of rest) {
    for (let at = predecessorStart[node]!; at < predecessorStart[node + 1]!; at++) if (remaining[predecessors[at]!]) inDegree[node]!++;
  }
  const drop = (node: number, released: number[]) => {
    if (!remaining[node]) return;
    remaining[node] = 0;
    remainingCount--;
    for (let at = successorStart[node]!; at < successorStart[node + 1]!; at++) {
      const next = successors[at]!;
      if (remaining[next] && --inDegree[next]! === 0) released.push(next);
    }
  };
  const byName = (a: number, b: number) => compareNames(names[a]!, names[b]!);
  const starts = [...rest].sort(byName);
  let nextStart = 0;
  const seenAt = new Map<number, number>();
  while (remainingCount > 0) {
    while (!remaining[starts[nextStart]!]) nextStart++;
    // Every remaining node has a remaining predecessor, so walking backwards must repeat.
    seenAt.clear();
    const walk: number[] = [];
    let node = starts[nextStart]!;
    while (!seenAt.has(node)) {
      seenAt.set(node, walk.length);
      walk.push(node);
      // A self-loop first, else the remaining predecessor with the smallest name.
      let previous = -1;
      for (let at = predecessorStart[node]!; at < predecessorStart[node + 1]!; at++) {
        const candidate = predecessors[at]!;
        if (!remaining[candidate]) continue;
        if (candidate === node) {
          previous = node;
          break;
        }
        if (previous === -1 || byName(candidate, previous) < 0) previous = candidate;
      }
      node = previous;
    }
    const cycle = walk.slice(seenAt.get(node)).reverse();
    cycles.push(rotateToSmallest(cycle, byName));
    // Drop the cycle, then whatever no longer sits on or behind one.
    const released: number[] = [];
    for (const member of cycle) drop(member, released);
    while (released.length > 0) drop(released.pop()!, released);
  }
  return cycles;
}

function rotateToSmallest(cycle: number[], compare: (a: number, b: number) => number): number[] {
  let smallest = 0;
  for (let index = 1; index < cycle.length; index++) if (compare(cycle[index]!, cycle[smallest]!) < 0) smallest = index;
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

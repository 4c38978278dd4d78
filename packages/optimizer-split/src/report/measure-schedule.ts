import type { SplitGraph } from '../graph/split-graph';

/** Steps in a topological order (Kahn, ties by workflow order). */
export function topologicalSteps(graph: SplitGraph): { order: Int32Array } {
  const count = graph.steps.length;
  // Successors in compressed form (a counting sort of the edges): no list per step.
  const start = new Int32Array(count + 1);
  const waitingFor = new Int32Array(count);
  graph.stepPredecessors.forEach((predecessors, step) => {
    waitingFor[step] = predecessors.length;
    for (const before of predecessors) start[before + 1]!++;
  });
  for (let step = 0; step < count; step++) start[step + 1]! += start[step]!;
  const successors = new Int32Array(start[count]!);
  const fill = start.slice(0, count);
  graph.stepPredecessors.forEach((predecessors, step) => {
    for (const before of predecessors) successors[fill[before]!++] = step;
  });
  const order = new Int32Array(count);
  let filled = 0;
  for (let step = 0; step < count; step++) if (waitingFor[step] === 0) order[filled++] = step;
  for (let index = 0; index < filled; index++) {
    const step = order[index]!;
    for (let at = start[step]!; at < start[step + 1]!; at++) if (--waitingFor[successors[at]!]! === 0) order[filled++] = successors[at]!;
  }
  return { order: order.subarray(0, filled) };
}

/** The longest chain of steps, each counted as one unit of time. */
export function criticalPathLength(graph: SplitGraph, order: Int32Array): number {
  const finish = new Float64Array(graph.steps.length);
  let longest = 0;
  for (const step of order) {
    let start = 0;
    for (const before of graph.stepPredecessors[step]!) start = Math.max(start, finish[before]!);
    finish[step] = start + 1;
    longest = Math.max(longest, finish[step]!);
  }
  return longest;
}

/** How the parts run when each step takes one unit of time and a part starts once the parts it needs are done. */
export interface PartSchedule {
  /** The critical path of the split workflow: when the last part finishes. */
  readonly criticalPath: number;
  readonly partStart: Float64Array;
  readonly partFinish: Float64Array;
  /** The most steps of a part that can run at once (the widest level inside it). */
  readonly partParallelism: Int32Array;
  /** The longest chain of steps inside each part. */
  readonly partDepth: Float64Array;
  /** For each part, the parts it waits for, ascending. */
  readonly partDependencies: ReadonlyArray<ReadonlyArray<number>>;
}

/**
 * Simulates the split workflow in O(V + E): parts in number order (a part depends only on
 * smaller ones), steps of a part in topological order.
 */
export function scheduleParts(graph: SplitGraph, partOfUnit: Int32Array, partCount: number, order: Int32Array): PartSchedule {
  const partOfStep = (step: number) => partOfUnit[graph.unitOfStep[step]!]!;
  const dependencies: number[][] = Array.from({ length: partCount }, () => []);
  const seen = new Int32Array(partCount).fill(-1);
  const byPart: number[][] = Array.from({ length: partCount }, () => []);
  for (const step of order) byPart[partOfStep(step)]!.push(step);
  for (let part = 0; part < partCount; part++) {
    for (const step of byPart[part]!) {
      for (const before of graph.stepPredecessors[step]!) {
        const other = partOfStep(before);
        if (other !== part && seen[other] !== part) {
          seen[other] = part;
          dependencies[part]!.push(other);
        }
      }
    }
    dependencies[part]!.sort((a, b) => a - b);
  }

  const finish = new Float64Array(graph.steps.length);
  const partStart = new Float64Array(partCount);
  const partFinish = new Float64Array(partCount);
  const partParallelism = new Int32Array(partCount);
  const partDepth = new Float64Array(partCount);
  let criticalPath = 0;
  const width = new Map<number, number>();
  for (let part = 0; part < partCount; part++) {
    let start = 0;
    for (const other of dependencies[part]!) start = Math.max(start, partFinish[other]!);
    partStart[part] = start;
    let end = start;
    width.clear();
    for (const step of byPart[part]!) {
      let begin = start;
      for (const before of graph.stepPredecessors[step]!) if (partOfStep(before) === part) begin = Math.max(begin, finish[before]!);
      finish[step] = begin + 1;
      end = Math.max(end, begin + 1);
      const level = begin - start;
      const count = (width.get(level) ?? 0) + 1;
      width.set(level, count);
      if (count > partParallelism[part]!) partParallelism[part] = count;
    }
    partFinish[part] = end;
    partDepth[part] = end - start;
    criticalPath = Math.max(criticalPath, end);
  }
  return { criticalPath, partStart, partFinish, partParallelism, partDepth, partDependencies: dependencies };
}

import type { WorkloadGraph } from '../model/workload-graph';

/**
 * For each step, how much shorter a run's critical path gets when the step is a cache hit
 * instead of running: M(d_i = duration_i) − M(d_i = 0), with every other step at its expected
 * duration. A step off the critical path gains nothing; one on it gains up to its duration, less
 * when another path is nearly as long. Linear in the graph per step: O(V · (V + E)).
 */
export function criticalPathGains(graph: WorkloadGraph, duration: ReadonlyArray<number>, expected: ReadonlyArray<number>): number[] {
  const count = graph.names.length;
  const head = new Float64Array(count);
  const tail = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    let start = 0;
    for (const input of graph.inputs[index]!) start = Math.max(start, head[input]! + expected[input]!);
    head[index] = start;
  }
  for (let index = count - 1; index >= 0; index--) {
    let after = 0;
    for (const consumer of graph.consumers[index]!) after = Math.max(after, expected[consumer]! + tail[consumer]!);
    tail[index] = after;
  }
  const finish = new Float64Array(count);
  return graph.names.map((_, skipped) => {
    // Longest path that avoids `skipped`. Prefixes of paths through it count too: they are no
    // longer than the path they start, so the maximum below is unchanged by them.
    let avoiding = 0;
    for (let index = 0; index < count; index++) {
      if (index === skipped) {
        finish[index] = Number.NEGATIVE_INFINITY;
        continue;
      }
      const inputs = graph.inputs[index]!;
      let start = inputs.length === 0 ? 0 : Number.NEGATIVE_INFINITY;
      for (const input of inputs) start = Math.max(start, finish[input]!);
      finish[index] = start + expected[index]!;
      if (finish[index]! > avoiding) avoiding = finish[index]!;
    }
    const through = (length: number) => head[skipped]! + length + tail[skipped]!;
    return Math.max(avoiding, through(duration[skipped]!)) - Math.max(avoiding, through(0));
  });
}

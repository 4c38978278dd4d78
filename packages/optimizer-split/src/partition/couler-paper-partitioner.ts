import type { Partitioner } from './partitioner';
import { PartMeter } from './part-meter';

/**
 * Algorithm 3 of the Couler paper ("Big Workflow Auto Parallelism Mechanisms"), O(|V| + |E|):
 *
 *   for each unvisited vertex: SplitWorkflow(v)
 *   SplitWorkflow(v):
 *     if BudgetOnUnVisitedVertex(G) ≤ C: the unvisited rest is one more workflow; stop
 *     mark v visited; if BudgetOnGraph(Cand + v) > C: emit Cand, Cand ← {v} else Cand ← Cand + v
 *     for each unvisited w in adj(v): SplitWorkflow(w)
 *
 * One change, without which the parts could not run: the DFS enters a vertex only once every
 * vertex it waits for is visited (the paper's DFS would put `b` of `a → b, c → b` in a part that
 * `c`'s later part must precede, while `c` needs `a`'s part first: a cycle of parts). The DFS is
 * iterative (a 100,000-step chain would overflow the call stack), and both budget checks are
 * running totals.
 */
export const partitionCoulerPaper: Partitioner = (graph, budget) => {
  const unitCount = graph.members.length;
  const meter = new PartMeter(graph, budget);
  const waitingFor = new Int32Array(unitCount);
  for (let unit = 0; unit < unitCount; unit++) waitingFor[unit] = graph.unitPredecessors[unit]!.length;

  // BudgetOnUnVisitedVertex as running totals; bytes count every read as a crossing (an upper
  // bound: the rest, placed as one part, only imports what earlier parts produce).
  let restSteps = 0;
  let restPods = 0;
  let restBytes = graph.frameBytes;
  const unitWorstBytes = new Float64Array(unitCount);
  for (let unit = 0; unit < unitCount; unit++) {
    let bytes = graph.unitBytes[unit]!;
    for (const read of graph.reads[unit]!) bytes += graph.keys[read.key]!.importBytes;
    for (const dependency of graph.dependencies[unit]!) bytes += dependency.bytes;
    unitWorstBytes[unit] = bytes;
    restSteps += graph.unitSteps[unit]!;
    restPods += graph.unitPods[unit]!;
    restBytes += bytes;
  }
  const restFits = () => restSteps <= budget.steps && restPods <= budget.pods && restBytes <= budget.bytes;

  const visited = new Uint8Array(unitCount);
  let stopped = false;
  const visit = (unit: number): boolean => {
    if (restFits()) {
      // The rest becomes one sub-workflow, after the candidate (which it may depend on).
      meter.open();
      for (let rest = 0; rest < unitCount; rest++) if (!visited[rest]) meter.add(rest);
      stopped = true;
      return false;
    }
    visited[unit] = 1;
    restSteps -= graph.unitSteps[unit]!;
    restPods -= graph.unitPods[unit]!;
    restBytes -= unitWorstBytes[unit]!;
    meter.place(unit);
    for (const next of graph.unitSuccessors[unit]!) waitingFor[next]!--;
    return true;
  };

  const stack: Array<{ unit: number; next: number }> = [];
  for (let start = 0; start < unitCount && !stopped; start++) {
    if (visited[start] || waitingFor[start]! > 0) continue;
    if (!visit(start)) break;
    stack.push({ unit: start, next: 0 });
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const successors = graph.unitSuccessors[frame.unit]!;
      if (frame.next >= successors.length) {
        stack.pop();
        continue;
      }
      const next = successors[frame.next++]!;
      if (visited[next] || waitingFor[next]! > 0) continue;
      if (!visit(next)) break;
      stack.push({ unit: next, next: 0 });
    }
    if (stopped) break;
  }
  return { partOf: meter.partOf, partCount: meter.partCount };
};

import { DEFAULT_SIMULATION_CONFIG, type SimulationConfig } from '../simulator/simulation-config';
import { orderedExecutions } from './ordered-executions';
import { artifactKey, type Workload } from './workload';
import type { WorkloadGraph } from './workload-graph';

/** One memoization lookup of the workload, in the order the simulator makes them. */
export interface Lookup {
  readonly key: string;
  readonly step: string;
  readonly run: number;
  readonly bytes: number;
  /** What a miss here costs (inputs read from the remote store): what a hit saves. */
  readonly recomputeSeconds: number;
}

/**
 * The workload's lookups: one per step per run, whatever the policy does. This is the request
 * sequence offline policies see in full.
 */
export function lookupSequence(workload: Workload, graph: WorkloadGraph, config: Partial<SimulationConfig> = {}): Lookup[] {
  const { remoteBandwidth } = { ...DEFAULT_SIMULATION_CONFIG, ...config };
  const lookups: Lookup[] = [];
  workload.runs.forEach((run, runIndex) => {
    const bytesInRun = new Map<string, number>();
    for (const execution of orderedExecutions(graph, run.executions, run.id)) {
      const index = graph.indexOf.get(execution.step)!;
      const inputBytes = graph.inputs[index]!.reduce((sum, input) => sum + (bytesInRun.get(graph.names[input]!) ?? 0), 0);
      bytesInRun.set(execution.step, execution.bytes);
      lookups.push({
        key: artifactKey(execution.step, execution.version),
        step: execution.step,
        run: runIndex,
        bytes: execution.bytes,
        recomputeSeconds: execution.computeSeconds + (inputBytes + execution.bytes) / remoteBandwidth,
      });
    }
  });
  return lookups;
}

/** `next[i]`: index of the next lookup of the same key after lookup i, or Infinity. */
export function nextUseIndex(lookups: ReadonlyArray<Lookup>): number[] {
  const next = new Array<number>(lookups.length).fill(Number.POSITIVE_INFINITY);
  const last = new Map<string, number>();
  for (let index = lookups.length - 1; index >= 0; index--) {
    const key = lookups[index]!.key;
    const following = last.get(key);
    if (following !== undefined) next[index] = following;
    last.set(key, index);
  }
  return next;
}

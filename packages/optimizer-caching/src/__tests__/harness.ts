import type { CacheCandidate, CacheEntryView, CachePolicy, CachePolicyFactory, CacheStateView } from '../model/cache-policy';
import { artifactKey, type Workload } from '../model/workload';
import { buildWorkloadGraph, type WorkloadGraph } from '../model/workload-graph';

export const GB = 1e9;

/** A graph from `name: inputs` pairs, in the given (topological) order. */
export function graphOf(steps: Record<string, string[]>): WorkloadGraph {
  return buildWorkloadGraph(Object.entries(steps).map(([name, inputs]) => ({ name, inputs })));
}

export function entry(step: string, bytes: number, fields: Partial<CacheEntryView> = {}): CacheEntryView {
  return { key: artifactKey(step, 'v1'), step, version: 'v1', bytes, recomputeSeconds: 100, insertedAt: 0, lastAccessAt: 0, hits: 0, ...fields };
}

export function candidate(step: string, bytes: number, fields: Partial<CacheCandidate> = {}): CacheCandidate {
  return { key: artifactKey(step, 'v1'), step, version: 'v1', bytes, recomputeSeconds: 100, ...fields };
}

export function stateOf(entries: CacheEntryView[], capacityBytes: number, position: Partial<CacheStateView['position']> = {}): CacheStateView {
  return {
    capacityBytes,
    usedBytes: entries.reduce((sum, item) => sum + item.bytes, 0),
    entries: new Map(entries.map((item) => [item.key, item])),
    position: { run: 0, stepIndex: 0, clock: 0, doneInRun: new Map(), ...position },
  };
}

export function policyOn(factory: CachePolicyFactory, graph: WorkloadGraph, capacityBytes: number): CachePolicy {
  return factory({ graph, capacityBytes, cacheBandwidth: 2e9, remoteBandwidth: 2e8 });
}

/**
 * A workload of independent steps (no reads), one lookup per run: the plain request sequence of
 * classic caching papers. `sequence` items are `step` or `step@version`.
 */
export function requestWorkload(sequence: string[], sizes: Record<string, number> = {}, costs: Record<string, number> = {}): Workload {
  const steps = [...new Set(sequence.map((item) => item.split('@')[0]!))];
  return {
    name: 'requests',
    steps: steps.map((name) => ({ name, inputs: [] })),
    runs: sequence.map((item, index) => {
      const [step, version = 'v1'] = item.split('@') as [string, string?];
      return { id: `r${index}`, executions: [{ step, version, bytes: sizes[step] ?? 1, computeSeconds: costs[step] ?? 10 }] };
    }),
  };
}

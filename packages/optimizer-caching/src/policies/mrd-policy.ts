import type { CacheEntryView, CachePolicyFactory, CacheStateView } from '../model/cache-policy';
import type { WorkloadGraph } from '../model/workload-graph';
import { compareNumbers, evictUntilFits, sortedEntries } from './evict-until-fits';
import { VersionHistory } from './version-history';

/**
 * MRD, most reference distance (Perez et al., ICPP 2018): evict the artifact whose next
 * reference in the DAG is furthest away, in steps of the topological order. The next reference
 * is a consumer still to run in this run, else the step's own lookup (this run if it has not run
 * yet, else the next, as the DAG repeats). Versions no longer asked for are infinitely far.
 * MRD's prefetching is left out: the simulated engine does not prefetch.
 */
export const createMrdPolicy = (): CachePolicyFactory => (context) => {
  const history = new VersionHistory();
  const distance = (entry: CacheEntryView, state: CacheStateView) => referenceDistance(context.graph, history, entry, state);
  return {
    policyId: 'mrd',
    onLookup: (key, step) => history.record(key, step),
    admit: (candidate, state) =>
      evictUntilFits(candidate, state, sortedEntries(state, (a, b) => compareNumbers(distance(b, state), distance(a, state)) || a.lastAccessAt - b.lastAccessAt)),
  };
};

export function referenceDistance(graph: WorkloadGraph, history: VersionHistory, entry: { key: string; step: string }, state: CacheStateView): number {
  if (!history.isLatest(entry.key, entry.step)) return Number.POSITIVE_INFINITY;
  const index = graph.indexOf.get(entry.step)!;
  const now = state.position.stepIndex;
  const done = state.position.doneInRun;
  if (!done.has(entry.step)) return index - now;
  const pending = graph.consumers[index]!.filter((consumer) => !done.has(graph.names[consumer]!));
  if (pending.length > 0) return Math.min(...pending) - now;
  return graph.names.length - now + index;
}

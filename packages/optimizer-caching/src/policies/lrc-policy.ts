import type { CacheEntryView, CachePolicyFactory, CacheStateView } from '../model/cache-policy';
import type { WorkloadGraph } from '../model/workload-graph';
import { evictUntilFits, sortedEntries } from './evict-until-fits';
import { VersionHistory } from './version-history';

/**
 * LRC, least reference count (Yu et al., INFOCOM 2017): evict the artifact with the fewest
 * references still to come in the DAG. References counted here: the step's own lookup in the
 * next run (the DAG repeats; LRC does not know future edits) or in this run if it has not run
 * yet, plus the reads of its consumers still to run in this run. A version its step no longer
 * asks for has no references. Ties go to the least recently used.
 */
export const createLrcPolicy = (): CachePolicyFactory => (context) => {
  const history = new VersionHistory();
  const count = (entry: CacheEntryView, state: CacheStateView) => referenceCount(context.graph, history, entry, state);
  return {
    policyId: 'lrc',
    onLookup: (key, step) => history.record(key, step),
    admit: (candidate, state) =>
      evictUntilFits(candidate, state, sortedEntries(state, (a, b) => count(a, state) - count(b, state) || a.lastAccessAt - b.lastAccessAt)),
  };
};

export function referenceCount(graph: WorkloadGraph, history: VersionHistory, entry: { key: string; step: string }, state: CacheStateView): number {
  if (!history.isLatest(entry.key, entry.step)) return 0;
  const consumers = graph.consumers[graph.indexOf.get(entry.step)!]!;
  const done = state.position.doneInRun;
  if (!done.has(entry.step)) return 1 + consumers.length;
  return 1 + consumers.filter((consumer) => !done.has(graph.names[consumer]!)).length;
}

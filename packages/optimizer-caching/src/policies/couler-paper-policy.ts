import type { CacheCandidate, CacheDecision, CachePolicyFactory, CacheStateView } from '../model/cache-policy';
import type { WorkloadGraph } from '../model/workload-graph';
import {
  cachingCost,
  importanceFactor,
  PAPER_IMPORTANCE_WEIGHTS,
  predecessorSubgraph,
  reconstructionCost,
  reuseValue,
  successorSubgraph,
  type ImportanceWeights,
} from '../importance/importance-factor';
import { REJECT } from './evict-until-fits';
import { VersionHistory } from './version-history';

export interface ImportanceScore {
  readonly key: string;
  /** L(u), equation 3. */
  readonly reconstruction: number;
  /** F(u), equation 4. */
  readonly reuse: number;
  /** V(u): bytes / capacity. */
  readonly cachingCost: number;
  /** I(u), equation 6. */
  readonly importance: number;
}

export interface ScoreInput {
  readonly graph: WorkloadGraph;
  readonly weights: ImportanceWeights;
  readonly capacityBytes: number;
  /** w_i of equation 3: seconds to run job i. */
  readonly weight: (job: number) => number;
  /** Whether job i's current artifact is cached (truncates G_p and G_s). */
  readonly isCached: (job: number) => boolean;
}

/** I(u) with its three terms, for the artifact of `step` (bytes, reuse flag r). */
export function scoreArtifact(input: ScoreInput, artifact: { key: string; step: string; bytes: number; reused: boolean }): ImportanceScore {
  const u = input.graph.indexOf.get(artifact.step)!;
  const reconstruction = reconstructionCost(input.graph, predecessorSubgraph(input.graph, u, input.weights.depth, input.isCached), input.weight);
  const reuse = reuseValue(input.graph, u, successorSubgraph(input.graph, u, input.weights.depth, input.isCached), artifact.reused);
  const cost = cachingCost(artifact.bytes, input.capacityBytes);
  return { key: artifact.key, reconstruction, reuse, cachingCost: cost, importance: importanceFactor({ reconstruction, reuse, cachingCost: cost }, input.weights) };
}

export interface CoulerPaperPolicyOptions {
  readonly weights?: Partial<ImportanceWeights>;
}

/**
 * Algorithm 2 of the paper, as written. A new artifact enters when it fits. Otherwise it joins
 * the cached set tentatively and, while the set is over capacity, the lowest-scored artifact
 * leaves; scores are recomputed after each removal (truncation of G_p and G_s depends on what
 * is cached). When the new artifact itself scores lowest it leaves and the loop ends: the
 * artifacts removed before that stay removed, as in lines 23–31.
 */
export const createCoulerPaperPolicy =
  (options: CoulerPaperPolicyOptions = {}): CachePolicyFactory =>
  (context) => {
    const weights = { ...PAPER_IMPORTANCE_WEIGHTS, ...options.weights };
    const history = new VersionHistory();
    const stepSeconds = new Map<string, number>();
    const graph = context.graph;

    function admit(candidate: CacheCandidate, state: CacheStateView): CacheDecision {
      stepSeconds.set(candidate.step, candidate.recomputeSeconds);
      if (candidate.bytes > state.capacityBytes) return REJECT;
      if (state.usedBytes + candidate.bytes <= state.capacityBytes) return { admit: true, evict: [] };
      const members = new Map<string, { key: string; step: string; bytes: number; reused: boolean }>();
      for (const entry of state.entries.values()) members.set(entry.key, { key: entry.key, step: entry.step, bytes: entry.bytes, reused: entry.hits > 0 || history.lookupsOf(entry.key) > 1 });
      members.set(candidate.key, { key: candidate.key, step: candidate.step, bytes: candidate.bytes, reused: history.lookupsOf(candidate.key) > 1 });
      let used = state.usedBytes + candidate.bytes;
      const evict: string[] = [];
      while (used > state.capacityBytes) {
        const cachedKeys = new Set(members.keys());
        const input: ScoreInput = {
          graph,
          weights,
          capacityBytes: state.capacityBytes,
          weight: (job) => stepSeconds.get(graph.names[job]!) ?? 0,
          isCached: (job) => {
            const latest = history.latest(graph.names[job]!);
            return latest !== undefined && cachedKeys.has(latest);
          },
        };
        let lowest: { key: string; importance: number } | undefined;
        for (const member of members.values()) {
          const { importance } = scoreArtifact(input, member);
          if (!lowest || importance < lowest.importance || (importance === lowest.importance && member.key < lowest.key)) lowest = { key: member.key, importance };
        }
        const victim = members.get(lowest!.key)!;
        members.delete(victim.key);
        used -= victim.bytes;
        if (victim.key === candidate.key) return { admit: false, evict };
        evict.push(victim.key);
      }
      return { admit: true, evict };
    }

    return { policyId: 'couler-paper', onLookup: (key, step) => history.record(key, step), admit };
  };

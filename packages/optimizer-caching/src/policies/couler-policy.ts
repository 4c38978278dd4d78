import type { CacheCandidate, CacheDecision, CachePolicyFactory, CacheStateView } from '../model/cache-policy';
import { SeededRandom } from '../scenarios/seeded-random';
import { criticalPathGains } from './critical-path-gain';
import { compareNumbers, REJECT } from './evict-until-fits';
import { VersionHistory } from './version-history';

/** Sampled runs behind each critical-path estimate. */
const GAIN_SAMPLES = 16;

export interface CoulerPolicyOptions {
  /**
   * Weight of the total recomputation seconds a hit saves, next to the seconds it takes off the
   * run's critical path (weight 1). Default 0.05: the makespan first, the machine's time next.
   */
  readonly computeWeight?: number;
}

/**
 * Couler's default policy: Algorithm 2's rule (a newcomer replaces only lower-scored artifacts)
 * with a score in the units the paper optimizes, expected seconds saved per cached byte:
 *
 *   benefit(u) = P(u is asked for again) · (criticalGain(step) + computeWeight · recomputeSeconds(u))
 *              + pendingReads(u) · bytes(u) · (1/remote − 1/cache bandwidth)
 *
 * - P, from the lookups seen so far: for the version its step asked for last, the step's
 *   stability (how often it repeats its version from one run to the next); for an older version,
 *   the chance the step changes back to an earlier version and picks this one (a developer
 *   going back to an earlier setting; each older version equally likely until the step is seen
 *   going back to one, see `VersionHistory.returnProbability`). The paper's r, made a probability.
 * - criticalGain: how much a hit on the step shortens the run's critical path, averaged over
 *   sampled runs in which each other step changes with its observed probability and is a hit when
 *   unchanged and cached (recomputed at the start of each run). The paper's L(u) looks at the
 *   predecessor subgraph; what a run waits for is its critical path.
 * - pendingReads: consumers of u still to run in this run (the DAG's known future references).
 *
 * Admission is all-or-nothing: the newcomer enters only if lower-density entries free enough
 * room; otherwise nothing is evicted.
 */
export const createCoulerPolicy = (options: CoulerPolicyOptions = {}): CachePolicyFactory => (context) => {
  const computeWeight = options.computeWeight ?? 0.05;
  const history = new VersionHistory();
  const graph = context.graph;
  const readSavingPerByte = Math.max(0, 1 / context.remoteBandwidth - 1 / context.cacheBandwidth);
  const seconds = new Float64Array(graph.names.length);
  let gains: number[] = graph.names.map(() => 0);
  let gainsOfRun = -1;

  function refreshGains(state: CacheStateView): void {
    if (gainsOfRun === state.position.run) return;
    gainsOfRun = state.position.run;
    // The gain of a hit depends on which other steps run: sample runs (each step changes with
    // its observed probability; an unchanged cached step is a hit) and average, since a few
    // parallel steps that each rarely change still put one of them on the critical path.
    const random = new SeededRandom(0x5eed + state.position.run);
    const cached = graph.names.map((step) => {
      const latest = history.latest(step);
      return latest !== undefined && state.entries.has(latest);
    });
    const stability = graph.names.map((step) => history.stability(step));
    const total = graph.names.map(() => 0);
    for (let sample = 0; sample < GAIN_SAMPLES; sample++) {
      const durations = graph.names.map((_, index) => (cached[index] && random.next() < stability[index]! ? 0 : seconds[index]!));
      for (const [index, gain] of criticalPathGains(graph, [...seconds], durations).entries()) total[index] = total[index]! + gain;
    }
    gains = total.map((sum) => sum / GAIN_SAMPLES);
  }

  function benefit(artifact: { key: string; step: string; bytes: number; recomputeSeconds: number }, state: CacheStateView): number {
    const index = graph.indexOf.get(artifact.step)!;
    const stability = history.stability(artifact.step);
    const latest = history.isLatest(artifact.key, artifact.step);
    const reuse = latest ? stability : history.returnProbability(artifact.key, artifact.step);
    let pendingReads = 0;
    const done = state.position.doneInRun;
    if (latest && done.has(artifact.step)) {
      for (const consumer of graph.consumers[index]!) if (!done.has(graph.names[consumer]!)) pendingReads += 1;
    }
    const gain = Math.min(gains[index]!, artifact.recomputeSeconds);
    return reuse * (gain + computeWeight * artifact.recomputeSeconds) + pendingReads * artifact.bytes * readSavingPerByte;
  }

  const density = (artifact: { key: string; step: string; bytes: number; recomputeSeconds: number }, state: CacheStateView) =>
    benefit(artifact, state) / Math.max(artifact.bytes, 1);

  function admit(candidate: CacheCandidate, state: CacheStateView): CacheDecision {
    seconds[graph.indexOf.get(candidate.step)!] = candidate.recomputeSeconds;
    if (candidate.bytes > state.capacityBytes) return REJECT;
    const own = density(candidate, state);
    if (!(own > 0)) return REJECT;
    let free = state.capacityBytes - state.usedBytes;
    if (free >= candidate.bytes) return { admit: true, evict: [] };
    const ranked = [...state.entries.values()]
      .map((entry) => ({ entry, density: density(entry, state) }))
      .sort((a, b) => compareNumbers(a.density, b.density) || a.entry.lastAccessAt - b.entry.lastAccessAt || (a.entry.key < b.entry.key ? -1 : 1));
    const evict: string[] = [];
    for (const { entry, density: value } of ranked) {
      if (free >= candidate.bytes || value >= own) break;
      evict.push(entry.key);
      free += entry.bytes;
    }
    return free >= candidate.bytes ? { admit: true, evict } : REJECT;
  }

  return {
    policyId: 'couler',
    onLookup(key, step, state) {
      history.record(key, step);
      refreshGains(state);
    },
    admit,
  };
};

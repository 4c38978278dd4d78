import { CoulerError } from '@couler/ir';
import type { CachePolicyFactory } from '../model/cache-policy';
import { lookupSequence, nextUseIndex, type Lookup } from '../model/lookup-sequence';
import type { Workload } from '../model/workload';
import { workloadGraphOf } from '../model/workload-graph';
import { compareNumbers, REJECT } from '../policies/evict-until-fits';
import type { SimulationConfig } from '../simulator/simulation-config';
import { solveLinearProgram } from './solve-linear-program';

/** Keeping one key cached from one of its lookups to the next: the unit of an offline plan. */
export interface CacheInterval {
  /** Index of the lookup it starts at and of the next lookup of the same key (the hit). */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly bytes: number;
  /** Seconds the hit at `end` saves. */
  readonly benefit: number;
}

export interface OfflinePlan {
  /** `exact`: a proved integer optimum; `relaxed`: the LP bound, with a feasible rounding. */
  readonly mode: 'exact' | 'relaxed';
  /** Upper bound on the recomputation seconds any policy can save on these lookups. */
  readonly boundSeconds: number;
  /** Seconds the chosen (feasible) intervals save. */
  readonly plannedSeconds: number;
  readonly chosen: ReadonlyArray<CacheInterval>;
  readonly intervals: number;
  readonly solverStatus: string;
}

export interface OfflineRecomputeOptions {
  readonly capacityBytes: number;
  readonly config?: Partial<SimulationConfig>;
  /** `exact` solves the integer program; `relaxed` its LP relaxation. Default: exact. */
  readonly mode?: 'exact' | 'relaxed';
  readonly timeLimitSeconds?: number;
}

/** The intervals between consecutive lookups of a key that fit the cache at all. */
export function cacheIntervals(lookups: ReadonlyArray<Lookup>, capacityBytes: number): CacheInterval[] {
  const next = nextUseIndex(lookups);
  const intervals: CacheInterval[] = [];
  lookups.forEach((lookup, start) => {
    const end = next[start]!;
    if (end === Number.POSITIVE_INFINITY || lookup.bytes > capacityBytes) return;
    intervals.push({ start, end, key: lookup.key, bytes: lookup.bytes, benefit: lookups[end]!.recomputeSeconds });
  });
  return intervals;
}

/**
 * The offline plan that saves the most recomputation seconds on a workload's lookups: the size-
 * and cost-aware optimum of Berger et al. — for that objective only. It knows nothing of the
 * critical path, so it is not a bound on makespan, and an online policy that aims at makespan
 * can beat it there (`couler` does on some traces); hence its name, `offline-recompute`.
 * As in Berger et al.
 * (SIGMETRICS 2018): choose the intervals to keep cached so that, at every lookup, the chosen
 * intervals in progress fit the capacity, maximizing the seconds their hits save. Written with
 * one load variable per lookup, so the model stays linear in the number of lookups:
 *
 *   max Σ benefit_k · x_k   s.t.  y_t = y_(t−1) + Σ_(start_k = t) b_k x_k − Σ_(end_k = t) b_k x_k,
 *                               0 ≤ y_t ≤ 1 (bytes scaled by the capacity),  x_k ∈ {0, 1}
 *
 * `relaxed` drops integrality: its optimum bounds every policy from above (FOO's bound); the
 * plan then keeps the integral intervals and adds fractional ones greedily while they fit.
 * Reads served from the cache are not in the model: the plan optimizes recomputation only.
 */
export async function planOfflineRecompute(workload: Workload, options: OfflineRecomputeOptions): Promise<OfflinePlan> {
  const graph = workloadGraphOf(workload);
  const lookups = lookupSequence(workload, graph, options.config);
  const capacity = options.capacityBytes;
  const intervals = capacity > 0 ? cacheIntervals(lookups, capacity) : [];
  const mode = options.mode ?? 'exact';
  if (intervals.length === 0) return { mode, boundSeconds: 0, plannedSeconds: 0, chosen: [], intervals: 0, solverStatus: 'Empty' };

  const solution = await solveLinearProgram(intervalModel(intervals, lookups.length, capacity, mode === 'exact'), {
    ...(options.timeLimitSeconds !== undefined && { timeLimitSeconds: options.timeLimitSeconds }),
    relativeGap: 1e-6,
  });
  if (!['Optimal', 'Time limit reached'].includes(solution.status) || solution.values.size === 0) {
    throw new CoulerError('INVALID_FIELD', `The offline recomputation plan could not be solved: HiGHS ended with "${solution.status}".`, {
      hint: 'Try mode "relaxed" or a longer timeLimitSeconds.',
    });
  }
  const value = (index: number) => solution.values.get(`x${index}`) ?? 0;
  const chosen = roundPlan(intervals, value, lookups.length, capacity);
  const plannedSeconds = chosen.reduce((sum, interval) => sum + interval.benefit, 0);
  const exact = mode === 'exact' && solution.status === 'Optimal';
  // An integer solve stopped by the time limit proves nothing: bound it with the relaxation.
  const bound = exact
    ? plannedSeconds
    : mode === 'relaxed'
      ? solution.objective
      : (await solveLinearProgram(intervalModel(intervals, lookups.length, capacity, false))).objective;
  return {
    mode: exact ? 'exact' : 'relaxed',
    boundSeconds: Math.max(bound, plannedSeconds),
    plannedSeconds,
    chosen,
    intervals: intervals.length,
    solverStatus: solution.status,
  };
}

function intervalModel(intervals: ReadonlyArray<CacheInterval>, lookups: number, capacity: number, integer: boolean): string {
  const starting = new Map<number, number>();
  const ending = new Map<number, number>();
  intervals.forEach((interval, index) => {
    starting.set(interval.start, index);
    ending.set(interval.end, index);
  });
  const term = (coefficient: number, name: string) => `${coefficient >= 0 ? '+' : '-'} ${Math.abs(coefficient)} ${name}`;
  const lines = ['Maximize', ' saved:'];
  for (const [index, interval] of intervals.entries()) lines.push(`  ${term(interval.benefit, `x${index}`)}`);
  lines.push('Subject To');
  for (let t = 0; t < lookups; t++) {
    const parts = [`y${t}`];
    if (t > 0) parts.push(`- y${t - 1}`);
    const start = starting.get(t);
    const end = ending.get(t);
    if (start !== undefined) parts.push(term(-intervals[start]!.bytes / capacity, `x${start}`));
    if (end !== undefined) parts.push(term(intervals[end]!.bytes / capacity, `x${end}`));
    lines.push(` load${t}: ${parts.join(' ')} = 0`);
  }
  lines.push('Bounds');
  for (let t = 0; t < lookups; t++) lines.push(` 0 <= y${t} <= 1`);
  for (const index of intervals.keys()) lines.push(` 0 <= x${index} <= 1`);
  if (integer) {
    lines.push('Binary');
    for (const index of intervals.keys()) lines.push(` x${index}`);
  }
  lines.push('End');
  return lines.join('\n');
}

/** Integral intervals first, then fractional ones by benefit per byte while they still fit. */
function roundPlan(intervals: ReadonlyArray<CacheInterval>, value: (index: number) => number, lookups: number, capacity: number): CacheInterval[] {
  const load = new Float64Array(lookups);
  const fits = (interval: CacheInterval) => {
    for (let t = interval.start; t < interval.end; t++) if (load[t]! + interval.bytes > capacity * (1 + 1e-9)) return false;
    return true;
  };
  const take = (interval: CacheInterval) => {
    for (let t = interval.start; t < interval.end; t++) load[t] = load[t]! + interval.bytes;
  };
  const order = intervals
    .map((interval, index) => ({ interval, x: value(index) }))
    .sort((a, b) => compareNumbers(b.x > 1 - 1e-6 ? 1 : 0, a.x > 1 - 1e-6 ? 1 : 0) || b.x - a.x || b.interval.benefit / Math.max(b.interval.bytes, 1) - a.interval.benefit / Math.max(a.interval.bytes, 1));
  const chosen: CacheInterval[] = [];
  for (const { interval } of order) {
    if (fits(interval)) {
      take(interval);
      chosen.push(interval);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * A policy that follows an offline plan: it admits a key only for a chosen interval and, when
 * room is needed, evicts the keys whose chosen interval is over. The plan fits the capacity at
 * every lookup, so that is always enough.
 */
export function createPlannedPolicy(plan: OfflinePlan, policyId = 'offline-recompute'): CachePolicyFactory {
  const chosenEnd = new Map(plan.chosen.map((interval) => [interval.start, interval.end]));
  return () => {
    const keptUntil = new Map<string, number>();
    let position = -1;
    return {
      policyId,
      onLookup(key) {
        position += 1;
        keptUntil.set(key, chosenEnd.get(position) ?? -1);
      },
      admit(candidate, state) {
        if (!((keptUntil.get(candidate.key) ?? -1) > position)) return REJECT;
        let free = state.capacityBytes - state.usedBytes;
        const evict: string[] = [];
        const dead = [...state.entries.values()]
          .filter((entry) => !((keptUntil.get(entry.key) ?? -1) > position))
          .sort((a, b) => compareNumbers(b.bytes, a.bytes) || (a.key < b.key ? -1 : 1));
        for (const entry of dead) {
          if (free >= candidate.bytes) break;
          evict.push(entry.key);
          free += entry.bytes;
        }
        return free >= candidate.bytes ? { admit: true, evict } : REJECT;
      },
    };
  };
}

/** Plans the offline recomputation optimum and returns a policy that follows it, with the plan. */
export async function createOfflineRecomputePolicy(workload: Workload, options: OfflineRecomputeOptions): Promise<{ factory: CachePolicyFactory; plan: OfflinePlan }> {
  const plan = await planOfflineRecompute(workload, options);
  return { factory: createPlannedPolicy(plan), plan };
}

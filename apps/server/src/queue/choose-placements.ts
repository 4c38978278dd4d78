import { scorePlacement, type ClusterLoad, type PlacementScores, type QueuedRun, type UserLoad } from './placement-score';
import type { PlacementWeights } from './placement-weights';
import type { ResourceRequest } from './run-request';

/** Why a run stays queued; `message` is what a person reads in the run's events. */
export interface WaitReason {
  readonly kind: 'quota' | 'capacity' | 'priority';
  readonly message: string;
}

export interface Placement {
  readonly runId: string;
  readonly clusterId: string;
  readonly clusterName: string;
  readonly scores: PlacementScores;
  /** Every cluster the run fitted on, with its total score: the decision, checkable. */
  readonly candidates: ReadonlyArray<{ readonly cluster: string; readonly total: number }>;
}

export interface PlacementRound {
  readonly placed: ReadonlyArray<Placement>;
  readonly waiting: ReadonlyMap<string, WaitReason>;
}

const cores = (value: number) => `${Math.round(value * 1000) / 1000}`;
const bytes = (value: number) => (value >= 2 ** 30 ? `${Math.round((value / 2 ** 30) * 100) / 100}Gi` : `${Math.round(value / 2 ** 20)}Mi`);

/** The first quota `run` would go over, as a sentence; undefined when it fits its user's quota. */
function overQuota(run: QueuedRun, user: UserLoad): string | undefined {
  const { quota, used } = user;
  if (quota.runs !== null && used.runs + 1 > quota.runs) return `its user runs ${used.runs} of ${quota.runs} concurrent runs allowed`;
  if (quota.cpu !== null && used.cpu + run.cpu > quota.cpu + 1e-9) return `it needs ${cores(run.cpu)} CPU and its user holds ${cores(used.cpu)} of a ${cores(quota.cpu)} CPU quota`;
  if (quota.memory !== null && used.memory + run.memory > quota.memory) return `it needs ${bytes(run.memory)} memory and its user holds ${bytes(used.memory)} of a ${bytes(quota.memory)} quota`;
  if (quota.gpu !== null && used.gpu + run.gpu > quota.gpu) return `it needs ${run.gpu} GPU and its user holds ${used.gpu} of a ${quota.gpu} GPU quota`;
  return undefined;
}

function fits(run: ResourceRequest, cluster: ClusterLoad): boolean {
  const { capacity, used } = cluster;
  return used.cpu + run.cpu <= capacity.cpu + 1e-9 && used.memory + run.memory <= capacity.memory && used.gpu + run.gpu <= capacity.gpu;
}

function fitsEmpty(run: ResourceRequest, cluster: ClusterLoad): boolean {
  return fits(run, { ...cluster, used: { cpu: 0, memory: 0, gpu: 0 } });
}

const add = <T extends ResourceRequest>(load: T, run: ResourceRequest): T => ({ ...load, cpu: load.cpu + run.cpu, memory: load.memory + run.memory, gpu: load.gpu + run.gpu });

/**
 * One round of the workflow queue: repeatedly takes the (run, cluster) pair with the highest
 * score among runs within their user's quota that fit a healthy cluster, until none is left;
 * every other run gets the reason it waits. Pure: loads in, decisions out.
 *
 * A smaller run may start while a larger one of higher score waits for room (backfill); aging
 * raises the larger one's score until it is first in line whenever room appears.
 */
export function choosePlacements(
  runs: ReadonlyArray<QueuedRun>,
  clusterLoads: ReadonlyArray<ClusterLoad>,
  userLoads: ReadonlyMap<string, UserLoad>,
  weights: PlacementWeights,
  now: number,
): PlacementRound {
  const clusters = new Map(clusterLoads.map((cluster) => [cluster.id, cluster]));
  const users = new Map(userLoads);
  const pending = new Map(runs.map((run) => [run.id, run]));
  const placed: Placement[] = [];
  const waiting = new Map<string, WaitReason>();
  // Runs that fitted somewhere when the round began: if they end without room, others took it.
  const fittedAtStart = new Set<string>();
  let first = true;
  for (;;) {
    let best: { run: QueuedRun; placement: Placement } | undefined;
    for (const run of pending.values()) {
      const user = users.get(run.userId) ?? { userId: run.userId, quota: { cpu: null, memory: null, gpu: null, runs: null }, used: { cpu: 0, memory: 0, gpu: 0, runs: 0 } };
      const quota = overQuota(run, user);
      if (quota !== undefined) {
        waiting.set(run.id, { kind: 'quota', message: `Waiting for quota: ${quota}.` });
        continue;
      }
      const healthy = [...clusters.values()].filter((cluster) => cluster.healthy);
      const options = healthy.filter((cluster) => fits(run, cluster)).map((cluster) => ({ cluster, scores: scorePlacement(run, cluster, user, weights, now) }));
      if (options.length === 0) {
        const ever = healthy.some((cluster) => fitsEmpty(run, cluster));
        const need = `${cores(run.cpu)} CPU, ${bytes(run.memory)} memory${run.gpu > 0 ? `, ${run.gpu} GPU` : ''}`;
        waiting.set(
          run.id,
          fittedAtStart.has(run.id)
            ? { kind: 'priority', message: `Waiting: runs with a higher score took the room it needs (${need}).` }
            : ever
              ? { kind: 'capacity', message: `Waiting for capacity: no cluster has ${need} free now.` }
              : { kind: 'capacity', message: `Waiting for capacity: no healthy cluster is large enough for ${need}.` },
        );
        continue;
      }
      if (first) fittedAtStart.add(run.id);
      options.sort((a, b) => b.scores.total - a.scores.total || a.cluster.name.localeCompare(b.cluster.name));
      const top = options[0]!;
      const placement: Placement = {
        runId: run.id,
        clusterId: top.cluster.id,
        clusterName: top.cluster.name,
        scores: top.scores,
        candidates: options.map((option) => ({ cluster: option.cluster.name, total: option.scores.total })),
      };
      if (!best || placement.scores.total > best.placement.scores.total || (placement.scores.total === best.placement.scores.total && run.queuedAt < best.run.queuedAt)) {
        best = { run, placement };
      }
    }
    first = false;
    if (!best) break;
    placed.push(best.placement);
    pending.delete(best.run.id);
    waiting.delete(best.run.id);
    const cluster = clusters.get(best.placement.clusterId)!;
    clusters.set(cluster.id, { ...cluster, used: add(cluster.used, best.run) });
    const user = users.get(best.run.userId);
    if (user) users.set(user.userId, { ...user, used: { ...add(user.used, best.run), runs: user.used.runs + 1 } });
  }
  for (const id of placed.map((placement) => placement.runId)) waiting.delete(id);
  return { placed, waiting };
}

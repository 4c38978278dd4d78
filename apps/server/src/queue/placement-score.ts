import type { PlacementWeights } from './placement-weights';
import type { ResourceRequest } from './run-request';

/** A run waiting in the queue, as placement sees it. */
export interface QueuedRun extends ResourceRequest {
  readonly id: string;
  readonly userId: string;
  readonly priority: number;
  /** When it entered the queue, in ms since the epoch. */
  readonly queuedAt: number;
}

/** A cluster's size and what its running runs hold now. */
export interface ClusterLoad {
  readonly id: string;
  readonly name: string;
  readonly healthy: boolean;
  readonly capacity: ResourceRequest;
  readonly used: ResourceRequest;
}

/** A user's quota (null: no limit) and what their running runs hold now. */
export interface UserLoad {
  readonly userId: string;
  readonly quota: { readonly cpu: number | null; readonly memory: number | null; readonly gpu: number | null; readonly runs: number | null };
  readonly used: ResourceRequest & { readonly runs: number };
}

/** Each term of a placement's score (already weighted) and their sum. */
export interface PlacementScores {
  readonly priority: number;
  readonly clusterCpu: number;
  readonly clusterMemory: number;
  readonly userQuota: number;
  readonly userGpu: number;
  readonly total: number;
}

/** Priority after aging: `agingPerMinute` points for every minute waited. */
export function effectivePriority(run: QueuedRun, weights: PlacementWeights, now: number): number {
  return run.priority + (weights.agingPerMinute * Math.max(0, now - run.queuedAt)) / 60_000;
}

/** The share of `total` left after `used` and `request`, in [0, 1]; 1 when there is nothing to share. */
function leftAfter(total: number | null, used: number, request: number): number {
  if (total === null || total <= 0) return 1;
  return Math.min(1, Math.max(0, (total - used - request) / total));
}

/**
 * The score of placing `run` on `cluster` (higher is better). Pure: the same loads give the
 * same score, which the run's events record so that a person can check every decision.
 */
export function scorePlacement(run: QueuedRun, cluster: ClusterLoad, user: UserLoad, weights: PlacementWeights, now: number): PlacementScores {
  const quotaCpu = leftAfter(user.quota.cpu, user.used.cpu, run.cpu);
  const quotaMemory = leftAfter(user.quota.memory, user.used.memory, run.memory);
  const terms = {
    priority: weights.priority * effectivePriority(run, weights, now),
    clusterCpu: weights.clusterCpu * leftAfter(cluster.capacity.cpu, cluster.used.cpu, run.cpu),
    clusterMemory: weights.clusterMemory * leftAfter(cluster.capacity.memory, cluster.used.memory, run.memory),
    userQuota: weights.userQuota * ((quotaCpu + quotaMemory) / 2),
    userGpu: weights.userGpu * leftAfter(user.quota.gpu, user.used.gpu, run.gpu),
  };
  const total = terms.priority + terms.clusterCpu + terms.clusterMemory + terms.userQuota + terms.userGpu;
  return { ...terms, total: Math.round(total * 1e6) / 1e6 };
}

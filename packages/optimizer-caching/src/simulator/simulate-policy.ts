import { createBeladyPolicy } from '../policies/belady-policy';
import { createCachePolicy, OFFLINE_CACHE_POLICY_IDS, type OfflineCachePolicyId } from '../policies/create-cache-policy';
import { createOfflineRecomputePolicy, type OfflinePlan } from '../offline/offline-recompute-plan';
import type { Workload } from '../model/workload';
import { parseTrace } from '../trace/parse-trace';
import { simulateWorkload, type SimulateWorkloadOptions } from './simulate-workload';
import type { SimulationResult } from './simulation-result';

export interface SimulatePolicyOptions extends SimulateWorkloadOptions {
  /** For `offline-recompute`: solve the integer program (`exact`) or its LP relaxation. */
  readonly offlineMode?: 'exact' | 'relaxed';
  readonly timeLimitSeconds?: number;
}

export interface SimulatePolicyResult extends SimulationResult {
  /** For `offline-recompute`: the plan, with its upper bound on the seconds any policy saves. */
  readonly plan?: OfflinePlan;
}

/**
 * Runs one policy by id — online or offline — over a workload. The one entry point the CLI
 * needs: `couler cache simulate --scenario … --policy … --capacity …`.
 */
export async function simulatePolicy(workload: Workload, policyId: string, options: SimulatePolicyOptions): Promise<SimulatePolicyResult> {
  if ((OFFLINE_CACHE_POLICY_IDS as readonly string[]).includes(policyId)) {
    if ((policyId as OfflineCachePolicyId) === 'belady') return simulateWorkload(workload, createBeladyPolicy(workload, options.config), options);
    const { factory, plan } = await createOfflineRecomputePolicy(workload, {
      capacityBytes: options.capacityBytes,
      ...(options.config && { config: options.config }),
      mode: options.offlineMode ?? 'relaxed',
      ...(options.timeLimitSeconds !== undefined && { timeLimitSeconds: options.timeLimitSeconds }),
    });
    return { ...simulateWorkload(workload, factory, options), plan };
  }
  return simulateWorkload(workload, createCachePolicy(policyId), options);
}

/** Replays a recorded trace (JSON Lines text, or a parsed workload) under one policy. */
export async function simulateTrace(trace: string | Workload, policyId: string, options: SimulatePolicyOptions): Promise<SimulatePolicyResult> {
  return simulatePolicy(typeof trace === 'string' ? parseTrace(trace) : trace, policyId, options);
}

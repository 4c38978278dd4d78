import { CoulerError } from '@couler/ir';
import type { CachePolicyFactory } from '../model/cache-policy';
import { artifactKey, type StepExecution, type Workload } from '../model/workload';
import { workloadGraphOf } from '../model/workload-graph';
import { orderedExecutions } from '../model/ordered-executions';
import { CacheStore } from './cache-store';
import { DEFAULT_SIMULATION_CONFIG, type SimulationConfig } from './simulation-config';
import type { SimulationResult } from './simulation-result';

export interface SimulateWorkloadOptions {
  readonly capacityBytes: number;
  readonly config?: Partial<SimulationConfig>;
}

/**
 * Replays every run of a workload against one cache policy, the way Couler's engines memoize:
 * each step, in topological order, looks its output version up. A hit skips the step. A miss
 * runs it: it reads each input (from the cache when held there, else from the remote store),
 * computes, writes its artifact to the remote store, and the policy decides whether the
 * artifact also enters the cache. Runs are sequential; a run's time is its critical path.
 */
export function simulateWorkload(workload: Workload, policyFactory: CachePolicyFactory, options: SimulateWorkloadOptions): SimulationResult {
  const config = { ...DEFAULT_SIMULATION_CONFIG, ...options.config };
  checkCapacity(options.capacityBytes);
  const graph = workloadGraphOf(workload);
  const policy = policyFactory({
    graph,
    capacityBytes: options.capacityBytes,
    cacheBandwidth: config.cacheBandwidth,
    remoteBandwidth: config.remoteBandwidth,
  });
  const store = new CacheStore(options.capacityBytes, policy);
  const seen = new Set<string>();
  const totals = { lookups: 0, hits: 0, compulsory: 0, lookupBytes: 0, hitBytes: 0, reads: 0, readHits: 0, makespan: 0, saved: 0, compute: 0 };
  let clock = 0;

  workload.runs.forEach((run, runIndex) => {
    const doneInRun = new Map<string, string>();
    const produced = new Map<string, StepExecution>();
    const finish = new Map<string, number>();
    let runEnd = 0;
    for (const execution of orderedExecutions(graph, run.executions, run.id)) {
      const stepIndex = graph.indexOf.get(execution.step)!;
      const key = artifactKey(execution.step, execution.version);
      const inputs = graph.inputs[stepIndex]!.map((input) => produced.get(graph.names[input]!)).filter((input) => input !== undefined);
      const start = Math.max(0, ...inputs.map((input) => finish.get(input.step)!));
      const recomputeSeconds =
        execution.computeSeconds + (inputs.reduce((sum, input) => sum + input.bytes, 0) + execution.bytes) / config.remoteBandwidth;

      store.position = { run: runIndex, stepIndex, clock: ++clock, doneInRun };
      policy.onLookup?.(key, execution.step, store);
      doneInRun.set(execution.step, execution.version);
      totals.lookups += 1;
      totals.lookupBytes += execution.bytes;
      if (!seen.has(key)) totals.compulsory += 1;
      seen.add(key);

      let duration: number;
      if (store.access(key)) {
        totals.hits += 1;
        totals.hitBytes += execution.bytes;
        totals.saved += recomputeSeconds;
        duration = config.hitSeconds;
      } else {
        duration = execution.computeSeconds + execution.bytes / config.remoteBandwidth;
        totals.compute += execution.computeSeconds;
        for (const input of inputs) {
          store.position = { run: runIndex, stepIndex, clock: ++clock, doneInRun };
          totals.reads += 1;
          const fromCache = store.access(artifactKey(input.step, input.version));
          if (fromCache) totals.readHits += 1;
          duration += input.bytes / (fromCache ? config.cacheBandwidth : config.remoteBandwidth);
        }
        const admitted = store.offer({ key, step: execution.step, version: execution.version, bytes: execution.bytes, recomputeSeconds });
        if (admitted) duration += execution.bytes / config.cacheBandwidth;
      }
      produced.set(execution.step, execution);
      finish.set(execution.step, start + duration);
      runEnd = Math.max(runEnd, start + duration);
    }
    totals.makespan += runEnd;
  });

  const reusable = totals.lookups - totals.compulsory;
  return {
    policyId: policy.policyId,
    workload: workload.name,
    capacityBytes: options.capacityBytes,
    lookups: totals.lookups,
    hits: totals.hits,
    compulsoryMisses: totals.compulsory,
    hitRatio: ratio(totals.hits, totals.lookups),
    byteHitRatio: ratio(totals.hitBytes, totals.lookupBytes),
    reusableHitRatio: ratio(totals.hits, reusable),
    reads: totals.reads,
    readHits: totals.readHits,
    makespanSeconds: totals.makespan,
    recomputeSecondsSaved: totals.saved,
    computeSeconds: totals.compute,
    bytesWrittenToCache: store.bytesWritten,
    peakCacheBytes: store.peakBytes,
    evictions: store.evictions,
  };
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function checkCapacity(capacityBytes: number): void {
  if (!(Number.isFinite(capacityBytes) && capacityBytes >= 0)) {
    throw new CoulerError('INVALID_FIELD', `The cache capacity must be a finite number of bytes, 0 or more; got ${String(capacityBytes)}.`, {
      path: ['capacityBytes'],
      hint: 'Pass the size in bytes, e.g. 10 * 1024 ** 3 for 10 GiB, or parse "10GB" with parseByteSize.',
    });
  }
}

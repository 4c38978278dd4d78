import type { Workflow } from '@couler/ir';
import {
  buildWorkloadGraph,
  createCachePolicy,
  type CacheEntryView,
  type CachePolicy,
  type CachePosition,
  type CacheStateView,
  type WorkloadGraph,
} from '@couler/optimizer-caching';
import type { StateStore } from '../state/state-store';
import type { CacheEntry, CacheLookup, StepRecord } from '../state/state-records';
import type { CacheAdmission, CacheAdmissionDecision } from './cache-admission';
import { outputBytes, stepSeconds } from './step-cost';
import { orderWorkloadSteps, workflowDependencies } from './workload-steps';

/** Past runs whose lookups teach the policy before a run (its bookkeeping lives in memory only). */
export const CACHE_POLICY_HISTORY_RUNS = 50;

export interface OptimizerCacheAdmissionOptions {
  /** An online policy id of @couler/optimizer-caching (`couler`, `lru`, `gdsf` …). */
  readonly policyId: string;
  readonly capacityBytes: number;
  readonly store: StateStore;
  readonly runId: string;
  readonly workflow: Workflow;
}

/** Cache steps are `<workflow>/<step>`: one cache serves every workflow of a home. */
const stepKey = (workflowName: string, stepName: string) => `${workflowName}/${stepName}`;

const millis = (iso: string) => Date.parse(iso) || 0;

/**
 * Drives an @couler/optimizer-caching policy over the engine's SQLite cache. The policy sees the
 * real entries; its learned state (how often each step repeats its key, what a step costs) is
 * rebuilt when the first result of the run is offered, by replaying the lookups of the last
 * `CACHE_POLICY_HISTORY_RUNS` runs, and kept current by reading this run's lookups from SQLite
 * before each decision. The DAG it reasons on holds every workflow of those runs, the current
 * one, and every step that has an entry.
 */
export class OptimizerCacheAdmission implements CacheAdmission {
  readonly name: string;
  private state?: { policy: CachePolicy; graph: WorkloadGraph; runIndex: number };
  private readonly doneInRun = new Map<string, string>();
  private readonly fedLookups = new Set<string>();
  private readonly recordsOfRun = new Map<string, Map<string, StepRecord>>();

  constructor(private readonly options: OptimizerCacheAdmissionOptions) {
    // Fails now, before anything runs, on an unknown or offline policy id.
    createCachePolicy(options.policyId);
    this.name = options.policyId;
  }

  offer(entry: CacheEntry, cached: ReadonlyArray<CacheEntry>): CacheAdmissionDecision {
    this.state ??= this.learn(cached);
    const { policy, graph, runIndex } = this.state;
    const view = this.view(graph, cached, runIndex);
    this.feedLookups(policy, view, runIndex, this.options.store.getCacheLookups(this.options.runId));
    const step = stepKey(entry.workflowName, entry.stepName);
    if (!graph.indexOf.has(step)) return { admitted: false, evicted: [] };
    view.position = this.position(graph, runIndex, step, Date.now());
    const record = this.record(entry.runId, entry.stepId);
    const candidate = { key: entry.key, step, version: entry.key, bytes: entry.size, recomputeSeconds: (record && stepSeconds(record)) ?? 0 };
    const decision = policy.admit(candidate, view);
    const evicted = [...new Set(decision.evict)].filter((key) => view.entries.has(key));
    for (const key of evicted) {
      const victim = view.entries.get(key)!;
      view.entries.delete(key);
      view.usedBytes -= victim.bytes;
      policy.onEvict?.(victim, view);
    }
    // A policy that admits without room would break the size limit: keep the limit.
    const fits = policy.unbounded === true || view.usedBytes + entry.size <= this.options.capacityBytes;
    return { admitted: decision.admit && fits, evicted };
  }

  /** Builds the DAG and the policy, then replays recent history into it. */
  private learn(cached: ReadonlyArray<CacheEntry>): { policy: CachePolicy; graph: WorkloadGraph; runIndex: number } {
    const { store, runId, workflow } = this.options;
    const history = store
      .listRuns(CACHE_POLICY_HISTORY_RUNS + 1)
      .filter((run) => run.id !== runId)
      .slice(0, CACHE_POLICY_HISTORY_RUNS)
      .reverse();
    const lookupsOfRun = history.map((run) => store.getCacheLookups(run.id));
    const dependencies = new Map<string, string[]>();
    const addWorkflow = (source: Workflow) => {
      for (const [name, inputs] of workflowDependencies(source)) {
        dependencies.set(stepKey(source.metadata.name, name), inputs.map((input) => stepKey(source.metadata.name, input)));
      }
    };
    for (const run of history) addWorkflow(run.workflow);
    addWorkflow(workflow);
    const names = new Set(dependencies.keys());
    for (const entry of cached) names.add(stepKey(entry.workflowName, entry.stepName));
    for (const lookups of lookupsOfRun) for (const lookup of lookups) names.add(stepKey(lookup.workflowName, lookup.stepName));
    const graph = buildWorkloadGraph(orderWorkloadSteps(names, (name) => dependencies.get(name) ?? []));
    const policy = createCachePolicy(this.options.policyId)({
      graph,
      capacityBytes: this.options.capacityBytes,
      // The engine's cache is the local disk; the simulator's defaults stand in for its tiers.
      cacheBandwidth: 2e9,
      remoteBandwidth: 2e8,
    });
    lookupsOfRun.forEach((lookups, runIndex) => {
      const view = this.view(graph, cached, runIndex);
      const done = new Map<string, string>();
      for (const lookup of lookups) {
        const step = stepKey(lookup.workflowName, lookup.stepName);
        view.position = { ...this.position(graph, runIndex, step, millis(lookup.at)), doneInRun: done };
        policy.onLookup?.(lookup.key, step, view);
        done.set(step, lookup.key);
        const record = this.record(lookup.runId, lookup.stepId);
        if (!lookup.hit && record?.phase === 'Succeeded' && record.cacheKey === lookup.key) {
          // Teaches the policy what the step costs; the decision is history and is dropped.
          policy.admit({ key: lookup.key, step, version: lookup.key, bytes: outputBytes(record.outputs), recomputeSeconds: stepSeconds(record) ?? 0 }, view);
        }
      }
    });
    return { policy, graph, runIndex: lookupsOfRun.length };
  }

  private feedLookups(policy: CachePolicy, view: MutableCacheView, runIndex: number, lookups: ReadonlyArray<CacheLookup>): void {
    for (const lookup of lookups) {
      if (this.fedLookups.has(lookup.stepId)) continue;
      this.fedLookups.add(lookup.stepId);
      const step = stepKey(lookup.workflowName, lookup.stepName);
      if (!view.graph.indexOf.has(step)) continue;
      view.position = this.position(view.graph, runIndex, step, millis(lookup.at));
      policy.onLookup?.(lookup.key, step, view);
      this.doneInRun.set(step, lookup.key);
      const entry = lookup.hit ? view.entries.get(lookup.key) : undefined;
      if (entry) policy.onHit?.(entry, view);
    }
  }

  private position(graph: WorkloadGraph, runIndex: number, step: string, clock: number): CachePosition {
    return { run: runIndex, stepIndex: graph.indexOf.get(step) ?? 0, clock, doneInRun: this.doneInRun };
  }

  /** The cache as the policy sees it; entries of steps outside the DAG only take room. */
  private view(graph: WorkloadGraph, cached: ReadonlyArray<CacheEntry>, runIndex: number): MutableCacheView {
    const entries = new Map<string, CacheEntryView>();
    for (const entry of cached) {
      const step = stepKey(entry.workflowName, entry.stepName);
      if (!graph.indexOf.has(step)) continue;
      const record = this.record(entry.runId, entry.stepId);
      entries.set(entry.key, {
        key: entry.key,
        step,
        version: entry.key,
        bytes: entry.size,
        recomputeSeconds: (record && stepSeconds(record)) ?? 0,
        insertedAt: millis(entry.createdAt),
        lastAccessAt: millis(entry.lastUsedAt),
        hits: entry.hits,
      });
    }
    return {
      graph,
      capacityBytes: this.options.capacityBytes,
      usedBytes: cached.reduce((sum, entry) => sum + entry.size, 0),
      entries,
      position: { run: runIndex, stepIndex: 0, clock: 0, doneInRun: this.doneInRun },
    };
  }

  /** The step instance that produced (or looked up) a result, from a per-run memo of SQLite. */
  private record(runId: string, stepId: string): StepRecord | undefined {
    let steps = this.recordsOfRun.get(runId);
    // The current run's records change as it goes: read them again until this one has finished.
    if (!steps || (runId === this.options.runId && steps.get(stepId)?.finishedAt === undefined)) {
      steps = new Map(this.options.store.getSteps(runId).map((step) => [step.id, step]));
      this.recordsOfRun.set(runId, steps);
    }
    return steps.get(stepId);
  }
}

interface MutableCacheView extends CacheStateView {
  readonly graph: WorkloadGraph;
  readonly entries: Map<string, CacheEntryView>;
  usedBytes: number;
  position: CachePosition;
}

import { CoulerError, didYouMean } from '@couler/ir';
import type { StepExecution, Workload, WorkloadRun } from '@couler/optimizer-caching';
import type { StateStore } from '../state/state-store';
import type { RunRecord, StepRecord } from '../state/state-records';
import { outputBytes, stepSeconds } from './step-cost';
import { orderWorkloadSteps, workflowDependencies } from './workload-steps';

export interface CacheHistoryOptions {
  /** Only the runs of this workflow. Default: every workflow, step names as `<workflow>/<step>`. */
  readonly workflow?: string;
}

/**
 * The memoization history of a Couler home as an @couler/optimizer-caching workload, ready for
 * `writeTrace` (`couler cache export-trace`) and the simulator. Steps are step instances that
 * looked the cache up (`train`, `train[2]`), each reading the nearest memoized steps upstream
 * of it; runs, oldest first, hold one execution per lookup whose step produced a result:
 * its cache key as `version`, its outputs' bytes, and the seconds it took to compute. A cache
 * hit carries the seconds of the run that produced the result, not the instant of the hit.
 *
 * @throws CoulerError `RUN_NOT_FOUND` when there is no run of `workflow`, or no memoized lookup at all.
 */
export function cacheHistoryWorkload(store: StateStore, options: CacheHistoryOptions = {}): Workload {
  const everyRun = store.listRuns(Number.MAX_SAFE_INTEGER).reverse();
  const runs = options.workflow === undefined ? everyRun : everyRun.filter((run) => run.workflowName === options.workflow);
  if (options.workflow !== undefined && runs.length === 0) {
    const names = [...new Set(everyRun.map((run) => run.workflowName))];
    throw new CoulerError('RUN_NOT_FOUND', `There is no run of workflow "${options.workflow}" in ${store.file}.${didYouMean(options.workflow, names)}`, {
      hint: names.length > 0 ? `Workflows with runs: ${names.join(', ')}.` : 'Run a workflow first: couler run <file>.',
    });
  }
  const qualify = new Set(runs.map((run) => run.workflowName)).size > 1;
  const name = (run: RunRecord, step: string) => (qualify ? `${run.workflowName}/${step}` : step);
  const records = new RecordReader(store);
  const dependencies = new Map<string, Set<string>>();
  const instancesOf = new Map<string, Set<string>>();
  const secondsOfKey = new Map<string, number>();
  const collected: Array<{ id: string; executions: Array<StepExecution & { stepName: string }> }> = [];

  for (const run of runs) {
    for (const [step, inputs] of workflowDependencies(run.workflow)) {
      const known = dependencies.get(name(run, step)) ?? new Set<string>();
      for (const input of inputs) known.add(name(run, input));
      dependencies.set(name(run, step), known);
    }
    const executions: Array<StepExecution & { stepName: string }> = [];
    for (const lookup of store.getCacheLookups(run.id)) {
      const record = records.get(run.id, lookup.stepId);
      if (!record || record.cacheKey !== lookup.key || (record.phase !== 'Succeeded' && record.phase !== 'Cached')) continue;
      const computeSeconds = record.phase === 'Succeeded' ? stepSeconds(record) : producerSeconds(records, record);
      const seconds = computeSeconds ?? secondsOfKey.get(lookup.key) ?? 0;
      if (record.phase === 'Succeeded') secondsOfKey.set(lookup.key, seconds);
      const stepName = name(run, lookup.stepName);
      const instance = name(run, lookup.stepId);
      (instancesOf.get(stepName) ?? instancesOf.set(stepName, new Set()).get(stepName)!).add(instance);
      executions.push({ step: instance, stepName, version: lookup.key, bytes: outputBytes(record.outputs), computeSeconds: seconds });
    }
    if (executions.length > 0) collected.push({ id: run.id, executions });
  }
  if (collected.length === 0) {
    throw new CoulerError('RUN_NOT_FOUND', `No run${options.workflow === undefined ? '' : ` of workflow "${options.workflow}"`} in ${store.file} looked the memoization cache up.`, {
      hint: 'Memoize steps with a cache hint (cache: {}), or run with --cache; then export again.',
    });
  }

  const stepOfInstance = new Map(collected.flatMap((run) => run.executions.map((execution) => [execution.step, execution.stepName] as const)));
  const memoizedUpstream = (step: string, seen = new Set<string>()): string[] =>
    [...(dependencies.get(step) ?? [])].flatMap((input) => {
      if (seen.has(input)) return [];
      seen.add(input);
      return instancesOf.has(input) ? [...instancesOf.get(input)!] : memoizedUpstream(input, seen);
    });
  const steps = orderWorkloadSteps(stepOfInstance.keys(), (instance) => memoizedUpstream(stepOfInstance.get(instance)!));
  const position = new Map(steps.map((step, index) => [step.name, index]));
  const workloadRuns: WorkloadRun[] = collected.map((run) => ({
    id: run.id,
    executions: run.executions
      .sort((a, b) => position.get(a.step)! - position.get(b.step)!)
      .map(({ step, version, bytes, computeSeconds }) => ({ step, version, bytes, computeSeconds })),
  }));
  return { name: options.workflow ?? (qualify ? 'couler-history' : runs[0]!.workflowName), steps, runs: workloadRuns };
}

/** Seconds the run that produced a cached step's outputs took to compute them. */
function producerSeconds(records: RecordReader, record: StepRecord): number | undefined {
  if (record.cachedFrom === undefined) return undefined;
  const slash = record.cachedFrom.indexOf('/');
  const producer = records.get(record.cachedFrom.slice(0, slash), record.cachedFrom.slice(slash + 1));
  return producer?.phase === 'Succeeded' ? stepSeconds(producer) : undefined;
}

/** Step records by run, read from SQLite once per run. */
class RecordReader {
  private readonly byRun = new Map<string, Map<string, StepRecord>>();

  constructor(private readonly store: StateStore) {}

  get(runId: string, stepId: string): StepRecord | undefined {
    const steps = this.byRun.get(runId) ?? new Map(this.store.getSteps(runId).map((step) => [step.id, step]));
    this.byRun.set(runId, steps);
    return steps.get(stepId);
  }
}

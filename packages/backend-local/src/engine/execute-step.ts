import type { Step } from '@couler/ir';
import { computeCacheKey, type CacheKey } from '../cache/cache-key';
import { planDataStep } from '../data/data-step-plan';
import { planHttpStep } from '../http/http-step-plan';
import { backoffDelay, shouldRetry, withinRetryDuration } from '../retry/retry-decision';
import type { StepOutputs, StepRecord } from '../state/state-records';
import { containerNameOf } from './container-command';
import { planContainerSet } from './container-set-plan';
import { planProcessStep } from './process-step-plan';
import { ResolveError } from './resolve-value';
import type { ExecutorEnvironment, InstanceResult, StepExecution } from './step-execution';
import { StepFiles } from './step-files';
import { EngineError, type AttemptFailure, type AttemptOutcome, type StepPlan } from './step-plan';
import type { StepPhase } from './step-phase';
import { sleep } from '../internal/sleep';

export type { ExecutorEnvironment, InstanceResult, StepExecution } from './step-execution';

type RecordBase = Omit<StepRecord, 'phase' | 'attempts' | 'outputs'> & { readonly startedAt: string };

const EMPTY_OUTPUTS: StepOutputs = { parameters: {}, artifacts: {} };


const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one step instance — a process, a container set, an http request, a data step's listing, or a suspend step's
 * wait — with its inputs in place, memoization, retries and its outputs stored, and records it
 * in SQLite. What differs per kind lives in its `StepPlan`.
 */
export class StepExecutor {
  private readonly files: StepFiles;
  /** The last attempt number of each instance, read once: attempts continue across resumes. */
  private lastAttempts?: Map<string, number>;

  constructor(private readonly environment: ExecutorEnvironment) {
    this.files = new StepFiles(environment);
  }

  async execute(execution: StepExecution): Promise<InstanceResult> {
    const { step } = execution;
    const startedAt = this.environment.now();
    const base: RecordBase = {
      runId: this.environment.runId,
      id: execution.id,
      stepName: step.name,
      stage: execution.stage,
      iteration: execution.iteration,
      ...(execution.mapIndex !== undefined && { mapIndex: execution.mapIndex }),
      ...(execution.item !== undefined && { item: execution.item }),
      startedAt: startedAt.toISOString(),
    };
    this.environment.emit({ type: 'step-started', runId: base.runId, stepId: execution.id, stepName: step.name, attempt: 1, at: base.startedAt });
    if (step.kind === 'suspend') {
      this.save({ ...base, phase: 'Running', attempts: 1, outputs: EMPTY_OUTPUTS });
      await sleep((step.suspend.durationSeconds ?? 0) * 1000, execution.signal);
      const phase: StepPhase = execution.signal.aborted ? 'Cancelled' : 'Succeeded';
      return this.finish({ ...base, phase, attempts: 1, outputs: EMPTY_OUTPUTS }, startedAt);
    }
    // Resolve everything first: a reference without a value fails the step before it starts.
    let plan: StepPlan | undefined;
    try {
      plan = this.plan(step, execution);
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
      return this.finish({ ...base, phase: 'Error', attempts: 0, message: error.message, outputs: EMPTY_OUTPUTS }, startedAt);
    }
    if (!plan) {
      // assertSupported refuses these before the run starts; this is the backstop.
      return this.finish({ ...base, phase: 'Error', attempts: 0, message: `The local engine cannot run ${step.kind} steps.`, outputs: EMPTY_OUTPUTS }, startedAt);
    }
    return this.executePlan(plan, execution, base, startedAt);
  }

  private plan(step: Step, execution: StepExecution): StepPlan | undefined {
    switch (step.kind) {
      case 'container':
      case 'script':
        return planProcessStep(step, execution, this.environment, this.files);
      case 'containerSet':
        return planContainerSet(step, execution, this.environment, this.files);
      case 'http':
        return planHttpStep(step, execution);
      case 'data':
        return planDataStep(step, execution, this.environment);
      default:
        return undefined;
    }
  }

  private save(record: StepRecord): void {
    this.environment.store.saveStep(record);
  }

  private finish(record: StepRecord, startedAt: Date): InstanceResult {
    const finishedAt = this.environment.now();
    const final = { ...record, finishedAt: finishedAt.toISOString() };
    this.save(final);
    // Said once it is durable: a step reported finished is never lost to a kill -9.
    const emit = () =>
      this.environment.emit({
        type: 'step-finished',
        runId: record.runId,
        stepId: record.id,
        stepName: record.stepName,
        phase: record.phase,
        ...(record.message !== undefined && { message: record.message }),
        ...(record.exitCode !== undefined && { exitCode: record.exitCode }),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        at: final.finishedAt,
      });
    // Not soon by itself: the scheduler decides how soon, by what waits for the step.
    this.environment.store.committed(false).then(emit, emit);
    return { id: record.id, phase: record.phase, outputs: record.outputs, ...(record.message !== undefined && { message: record.message }) };
  }

  /** Memoization: the key of this instance, and a finished record when an earlier run holds its outputs. */
  private async lookUp(plan: StepPlan, execution: StepExecution, inputHashes: Record<string, string>): Promise<{ cacheKey: CacheKey; cached?: Pick<StepRecord, 'cachedFrom' | 'message' | 'outputs'> }> {
    const environment = this.environment;
    const { hint } = execution.cache;
    const cacheKey = computeCacheKey(
      { ...plan.cacheInput, artifacts: inputHashes, ...(execution.item !== undefined && { item: execution.item }), outputs: execution.step.outputs ?? null },
      { ...(hint?.excludeInputs && { exclude: hint.excludeInputs }), ...(hint?.key !== undefined && { explicitKey: hint.key }) },
    );
    const lookup = await environment.memo.lookup(cacheKey.key);
    environment.store.saveCacheLookup({
      runId: environment.runId,
      stepId: execution.id,
      stepName: execution.step.name,
      workflowName: environment.workflowName,
      key: cacheKey.key,
      parts: cacheKey.parts,
      hit: lookup.entry !== undefined,
      ...(lookup.entry === undefined && lookup.note !== undefined && { note: lookup.note }),
      at: environment.now().toISOString(),
    });
    if (!lookup.entry) return { cacheKey };
    return {
      cacheKey,
      cached: {
        cachedFrom: `${lookup.entry.runId}/${lookup.entry.stepId}`,
        message: `Reused the outputs of run ${lookup.entry.runId}, step ${lookup.entry.stepId} (same key).`,
        outputs: lookup.entry.outputs,
      },
    };
  }

  private async executePlan(plan: StepPlan, execution: StepExecution, base: RecordBase, startedAt: Date): Promise<InstanceResult> {
    const environment = this.environment;
    let inputHashes: Record<string, string> | undefined;
    // A transient failure to put the inputs in place (a store throttled or reset) is the first
    // attempt's failure, for the retry policy to decide on; any other ends the step here.
    let transientInputFailure: EngineError | undefined;
    try {
      inputHashes = await plan.prepare();
    } catch (error) {
      if (!(error instanceof EngineError && error.transient)) return this.finish({ ...base, phase: 'Error', attempts: 0, message: errorMessage(error), outputs: EMPTY_OUTPUTS }, startedAt);
      transientInputFailure = error;
    }

    let cacheKey: CacheKey | undefined;
    if (execution.cache.enabled && inputHashes) {
      const lookup = await this.lookUp(plan, execution, inputHashes);
      cacheKey = lookup.cacheKey;
      if (lookup.cached) return this.finish({ ...base, phase: 'Cached', attempts: 0, cacheKey: cacheKey.key, ...lookup.cached }, startedAt);
    }

    const retry = execution.retry;
    // Attempts of earlier runs of this instance (before a resume) stay in the history.
    this.lastAttempts ??= environment.store.lastAttempts(environment.runId);
    const lastAttempts = this.lastAttempts;
    const before = lastAttempts.get(execution.id) ?? 0;
    const firstAttemptAt = Date.now();
    for (let attempt = before + 1; ; attempt++) {
      const tries = attempt - before;
      lastAttempts.set(execution.id, attempt);
      const attemptStartedAt = environment.now().toISOString();
      const logPath = environment.log.path;
      let outcome: AttemptOutcome | undefined;
      let failure: AttemptFailure | undefined;
      let outputs: StepOutputs | undefined;
      try {
        if (transientInputFailure && tries === 1) throw transientInputFailure;
        if (tries > 1) await plan.prepare();
        this.save({ ...base, phase: 'Running', attempts: tries, outputs: EMPTY_OUTPUTS, ...(cacheKey && { cacheKey: cacheKey.key }) });
        outcome = await plan.attempt({
          attempt,
          containerName: containerNameOf(environment.runId, execution.id, attempt),
          signal: execution.signal,
          onSpawn: (pid) => environment.store.saveAttempt({ runId: environment.runId, stepId: execution.id, attempt, startedAt: attemptStartedAt, phase: 'Running', logPath, pid }),
          onLine: (stream, line) => {
            environment.log.write(execution.id, attempt, stream, line);
            environment.emit({ type: 'step-log', runId: environment.runId, stepId: execution.id, stream, line });
          },
        });
        failure = outcome.failure;
        if (!failure) outputs = await plan.collect(outcome.result);
      } catch (error) {
        const permanent = error instanceof EngineError && error.permanent;
        const transient = error instanceof EngineError && error.transient;
        failure = { message: errorMessage(error), failureClass: permanent ? 'permanent' : transient ? 'transient' : 'error', phase: 'Error' };
      }
      const finishedAt = environment.now().toISOString();
      const phase: StepPhase = failure ? failure.phase : 'Succeeded';
      environment.store.saveAttempt({
        runId: environment.runId,
        stepId: execution.id,
        attempt,
        startedAt: attemptStartedAt,
        finishedAt,
        phase,
        ...(outcome?.exitCode !== undefined && { exitCode: outcome.exitCode }),
        ...(outcome?.signal !== undefined && { signal: outcome.signal }),
        ...(failure && { message: failure.message, failureClass: failure.failureClass }),
        logPath,
        ...(outcome?.pid !== undefined && { pid: outcome.pid }),
      });
      if (!failure && outputs) {
        const record: StepRecord = {
          ...base,
          phase: 'Succeeded',
          attempts: tries,
          ...(outcome?.exitCode !== undefined && { exitCode: outcome.exitCode }),
          ...(cacheKey && { cacheKey: cacheKey.key }),
          outputs,
        };
        const result = this.finish(record, startedAt);
        if (cacheKey) this.remember(execution, cacheKey, outputs);
        return result;
      }
      const failed = failure!;
      const delayMs = backoffDelay(retry, tries);
      if (!execution.signal.aborted && shouldRetry(retry, failed.failureClass, tries) && withinRetryDuration(retry, Date.now() - firstAttemptAt, delayMs)) {
        environment.emit({ type: 'step-retrying', runId: environment.runId, stepId: execution.id, attempt: tries + 1, delayMs, reason: failed.message.split('\n')[0] ?? '' });
        await sleep(delayMs, execution.signal);
        if (!execution.signal.aborted) continue;
      }
      const attempts = tries > 1 ? ` after ${tries} attempts` : '';
      const [first, ...rest] = failed.message.split('\n');
      return this.finish(
        {
          ...base,
          phase,
          attempts: tries,
          message: [`${first}${attempts}`, ...rest].join('\n'),
          ...(failed.exitCode !== undefined && { exitCode: failed.exitCode }),
          ...(failed.signal !== undefined && { signal: failed.signal }),
          ...(cacheKey && { cacheKey: cacheKey.key }),
          outputs: EMPTY_OUTPUTS,
        },
        startedAt,
      );
    }
  }

  private remember(execution: StepExecution, cacheKey: CacheKey, outputs: StepOutputs): void {
    const now = this.environment.now();
    const ttl = execution.cache.hint?.ttlSeconds;
    const size =
      Object.values(outputs.artifacts).reduce((sum, artifact) => sum + artifact.size, 0) +
      (outputs.result?.length ?? 0) +
      Object.values(outputs.parameters).reduce((sum, value) => sum + value.length, 0);
    this.environment.memo.save({
      key: cacheKey.key,
      workflowName: this.environment.workflowName,
      stepName: execution.step.name,
      runId: this.environment.runId,
      stepId: execution.id,
      createdAt: now.toISOString(),
      ...(ttl !== undefined && { expiresAt: new Date(now.getTime() + ttl * 1000).toISOString() }),
      parts: cacheKey.parts,
      outputs,
      size,
      lastUsedAt: now.toISOString(),
      hits: 0,
    });
  }
}

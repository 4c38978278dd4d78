import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CacheHint, ContainerStep, RetryPolicy, ScriptStep, Step } from '@couler/ir';
import type { ArtifactStore } from '../artifacts/artifact-store';
import { missingStoreMessage, type RemoteArtifactStores } from '../artifacts/remote-artifact-store';
import { computeCacheKey, type CacheKey } from '../cache/cache-key';
import type { MemoCache } from '../cache/memo-cache';
import { sha256 } from '../internal/hash';
import { classifyFailure } from '../retry/classify-failure';
import { backoffDelay, shouldRetry, withinRetryDuration } from '../retry/retry-decision';
import type { StateStore } from '../state/state-store';
import type { FailureClass, StepOutputs, StepRecord, StoredArtifact } from '../state/state-records';
import type { EngineEvent } from './engine-event';
import type { RunLog } from './run-log';
import { containerArgv, removeContainerArgv, type ContainerRuntime } from './container-runtime';
import { scriptExtension } from './find-executable';
import { resolveCommand, type ResolvedCommand } from './resolve-command';
import { ResolveError, type ResolveScope } from './resolve-value';
import { runProcess, type ProcessOutcome } from './run-process';
import { createStepSandbox, type StepSandbox } from './step-sandbox';
import type { StepPhase } from './step-phase';

/** What one step instance produced, as the scheduler needs it. */
export interface InstanceResult {
  readonly id: string;
  readonly phase: StepPhase;
  readonly outputs: StepOutputs;
  readonly message?: string;
}

/** One step instance to run. */
export interface StepExecution {
  readonly id: string;
  readonly step: Step;
  readonly stage: 'main' | 'exit';
  readonly iteration: number;
  readonly mapIndex?: number;
  readonly item?: unknown;
  readonly scope: ResolveScope;
  readonly retry?: RetryPolicy;
  readonly cache: { readonly enabled: boolean; readonly hint?: CacheHint };
  readonly signal: AbortSignal;
}

/** What the executor shares across the instances of a run. */
export interface ExecutorEnvironment {
  readonly runId: string;
  readonly runDir: string;
  readonly workflowName: string;
  readonly store: StateStore;
  readonly artifacts: ArtifactStore;
  readonly memo: MemoCache;
  readonly remoteStores: RemoteArtifactStores;
  readonly baseEnv: Readonly<Record<string, string | undefined>>;
  readonly emit: (event: EngineEvent) => void;
  readonly now: () => Date;
  /** Where every line the steps print goes. */
  readonly log: RunLog;
  /** Docker or podman when steps run in their images; undefined runs them as host processes. */
  readonly containerRuntime?: ContainerRuntime;
}

/** A failure around the process (inputs, outputs, resolution): `permanent` ones are never retried. */
class EngineError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}

export type RunnableStep = ContainerStep | ScriptStep;

const LOG_LINES_IN_MESSAGE = 10;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** `exit code 2`, `killed by SIGKILL`, `timed out after 5 s`, … */
function describeOutcome(outcome: ProcessOutcome, timeoutSeconds: number | undefined): string {
  if (outcome.spawnError) return outcome.spawnError;
  if (outcome.cancelled) return 'cancelled';
  if (outcome.timedOut) return `timed out after ${timeoutSeconds} s (timeoutSeconds)`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  return `exit code ${outcome.exitCode}`;
}

function withLogTail(message: string, tail: ReadonlyArray<string>): string {
  const lines = tail.filter((line) => line.trim() !== '').slice(-LOG_LINES_IN_MESSAGE);
  return lines.length === 0 ? message : `${message}\nLast log lines:\n${lines.map((line) => `  | ${line}`).join('\n')}`;
}

/**
 * Runs one instance of a container or script step (or waits out a suspend step), with its
 * inputs in place, memoization, retries and its outputs stored, and records it in SQLite.
 */
export class StepExecutor {
  constructor(private readonly environment: ExecutorEnvironment) {}

  async execute(execution: StepExecution): Promise<InstanceResult> {
    const { step } = execution;
    const startedAt = this.environment.now();
    const base = {
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
      this.save({ ...base, phase: 'Running', attempts: 1, outputs: { parameters: {}, artifacts: {} } });
      await sleep((step.suspend.durationSeconds ?? 0) * 1000, execution.signal);
      const phase: StepPhase = execution.signal.aborted ? 'Cancelled' : 'Succeeded';
      return this.finish({ ...base, phase, attempts: 1, outputs: { parameters: {}, artifacts: {} } }, startedAt);
    }
    if (step.kind !== 'container' && step.kind !== 'script') {
      // assertSupported refuses these before the run starts; this is the backstop.
      return this.finish({ ...base, phase: 'Error', attempts: 0, message: `The local engine cannot run ${step.kind} steps.`, outputs: { parameters: {}, artifacts: {} } }, startedAt);
    }
    return this.executeProcessStep(step, execution, base, startedAt);
  }

  private save(record: StepRecord): void {
    this.environment.store.saveStep(record);
  }

  private finish(record: StepRecord, startedAt: Date): InstanceResult {
    const finishedAt = this.environment.now();
    const final = { ...record, finishedAt: finishedAt.toISOString() };
    this.save(final);
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
    return { id: record.id, phase: record.phase, outputs: record.outputs, ...(record.message !== undefined && { message: record.message }) };
  }

  private async executeProcessStep(
    step: RunnableStep,
    execution: StepExecution,
    base: Omit<StepRecord, 'phase' | 'attempts' | 'outputs'>,
    startedAt: Date,
  ): Promise<InstanceResult> {
    const environment = this.environment;
    const body = step.kind === 'container' ? step.container : step.script;
    const declared = [
      ...(step.outputs?.parameters ?? []).flatMap((parameter) => (parameter.path ? [parameter.path] : [])),
      ...(step.outputs?.artifacts ?? []).map((artifact) => artifact.path),
      ...(step.inputs?.artifacts ?? []).map((artifact) => artifact.path),
    ];
    const dir = join(environment.runDir, execution.id);
    const sandbox = createStepSandbox(dir, declared, body.workingDir);
    const empty: StepOutputs = { parameters: {}, artifacts: {} };

    // Resolve everything first: a reference without a value fails the step before it starts.
    let resolved: ResolvedCommand;
    try {
      resolved = resolveCommand(step, execution.scope, sandbox, this.environment.baseEnv, this.environment.runId, environment.containerRuntime !== undefined);
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
      return this.finish({ ...base, phase: 'Error', attempts: 0, message: error.message, outputs: empty }, startedAt);
    }
    let inputHashes: Record<string, string>;
    try {
      await this.clearSandbox(sandbox);
      inputHashes = await this.prepareInputs(step, execution, sandbox);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return this.finish({ ...base, phase: 'Error', attempts: 0, message, outputs: empty }, startedAt);
    }

    // Memoization.
    let cacheKey: CacheKey | undefined;
    if (execution.cache.enabled) {
      cacheKey = computeCacheKey(
        {
          kind: step.kind,
          image: typeof body.image === 'string' ? body.image : JSON.stringify(body.image),
          command: body.command ?? [],
          args: resolved.keyArgs,
          ...(step.kind === 'script' && { source: step.script.source }),
          ...(body.workingDir !== undefined && { workingDir: body.workingDir }),
          env: resolved.keyEnv,
          parameters: resolved.inputs,
          artifacts: inputHashes,
          ...(execution.item !== undefined && { item: execution.item }),
          outputs: step.outputs ?? null,
        },
        { ...(execution.cache.hint?.excludeInputs && { exclude: execution.cache.hint.excludeInputs }), ...(execution.cache.hint?.key !== undefined && { explicitKey: execution.cache.hint.key }) },
      );
      const lookup = await environment.memo.lookup(cacheKey.key);
      environment.store.saveCacheLookup({
        runId: environment.runId,
        stepId: execution.id,
        stepName: step.name,
        workflowName: environment.workflowName,
        key: cacheKey.key,
        parts: cacheKey.parts,
        hit: lookup.entry !== undefined,
        ...(lookup.entry === undefined && lookup.note !== undefined && { note: lookup.note }),
        at: this.environment.now().toISOString(),
      });
      if (lookup.entry) {
        return this.finish(
          {
            ...base,
            phase: 'Cached',
            attempts: 0,
            cacheKey: cacheKey.key,
            cachedFrom: `${lookup.entry.runId}/${lookup.entry.stepId}`,
            message: `Reused the outputs of run ${lookup.entry.runId}, step ${lookup.entry.stepId} (same key).`,
            outputs: lookup.entry.outputs,
          },
          startedAt,
        );
      }
    }

    const retry = execution.retry;
    const extraTransient = retry?.transientPatterns ?? [];
    // Attempts of earlier runs of this instance (before a resume) stay in the history.
    const before = environment.store.lastAttempt(environment.runId, execution.id);
    const firstAttemptAt = Date.now();
    for (let attempt = before + 1; ; attempt++) {
      const tries = attempt - before;
      const attemptStartedAt = environment.now().toISOString();
      const logPath = environment.log.path;
      let outcome: ProcessOutcome | undefined;
      let failure: { message: string; failureClass: FailureClass; phase: StepPhase; exitCode?: number; signal?: string } | undefined;
      let outputs: StepOutputs | undefined;
      try {
        if (tries > 1) {
          await this.clearSandbox(sandbox);
          await this.prepareInputs(step, execution, sandbox);
        }
        await this.prepareOutputDirectories(step, sandbox);
        this.save({ ...base, phase: 'Running', attempts: tries, outputs: empty, ...(cacheKey && { cacheKey: cacheKey.key }) });
        const containerName = `couler-${environment.runId}-${execution.id}-${attempt}`.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
        const argv = environment.containerRuntime ? this.containerCommand(environment.containerRuntime, containerName, body, step, resolved, sandbox) : resolved.argv;
        outcome = await runProcess({
          argv,
          cwd: sandbox.cwd,
          env: resolved.env,
          ...(step.timeoutSeconds !== undefined && { timeoutMs: step.timeoutSeconds * 1000 }),
          signal: execution.signal,
          onSpawn: (pid) => environment.store.saveAttempt({ runId: environment.runId, stepId: execution.id, attempt, startedAt: attemptStartedAt, phase: 'Running', logPath, pid }),
          onLine: (stream, line) => {
            environment.log.write(execution.id, attempt, stream, line);
            environment.emit({ type: 'step-log', runId: environment.runId, stepId: execution.id, stream, line });
          },
        });
        if (environment.containerRuntime && (outcome.timedOut || outcome.cancelled)) {
          // Killing the CLI client does not stop the container it started.
          await runProcess({ argv: removeContainerArgv(environment.containerRuntime, containerName), cwd: sandbox.dir, env: resolved.env, signal: new AbortController().signal, onLine: () => {} });
        }
        if (!outcome.spawnError && !outcome.timedOut && !outcome.cancelled && outcome.exitCode === 0) {
          outputs = await this.collectOutputs(step, execution, sandbox, outcome.stdout);
        } else {
          const classification = classifyFailure(
            {
              ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }),
              ...(outcome.signal !== undefined && { signal: outcome.signal }),
              timedOut: outcome.timedOut,
              cancelled: outcome.cancelled || execution.signal.aborted,
              engineError: outcome.spawnError !== undefined,
              logTail: outcome.logTail,
            },
            extraTransient,
          );
          const what = describeOutcome(outcome, step.timeoutSeconds);
          const why = classification.pattern ? ` (${classification.failureClass}: ${classification.pattern.description})` : classification.failureClass === 'permanent' ? ' (permanent: the command cannot run)' : '';
          const notInstalled = outcome.spawnError?.endsWith('command not found (not on PATH)');
          failure = {
            message: notInstalled
              ? `"${resolved.argv[0]}" is not installed on this machine (command not found). The local engine runs steps as processes here and does not use the image "${body.image}": install ${resolved.argv[0]}, or give the step a command this machine has.`
              : withLogTail(`${what}${why}`, outcome.logTail),
            failureClass: outcome.spawnError ? 'permanent' : classification.failureClass,
            phase: classification.failureClass === 'cancelled' ? 'Cancelled' : 'Failed',
            ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }),
            ...(outcome.signal !== undefined && { signal: outcome.signal }),
          };
        }
      } catch (error) {
        const permanent = error instanceof EngineError && error.permanent;
        failure = { message: error instanceof Error ? error.message : String(error), failureClass: permanent ? 'permanent' : 'error', phase: 'Error' };
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
        if (cacheKey) this.remember(step, execution, cacheKey, outputs);
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
          outputs: empty,
        },
        startedAt,
      );
    }
  }

  private remember(step: RunnableStep, execution: StepExecution, cacheKey: CacheKey, outputs: StepOutputs): void {
    const now = this.environment.now();
    const ttl = execution.cache.hint?.ttlSeconds;
    const size =
      Object.values(outputs.artifacts).reduce((sum, artifact) => sum + artifact.size, 0) +
      (outputs.result?.length ?? 0) +
      Object.values(outputs.parameters).reduce((sum, value) => sum + value.length, 0);
    this.environment.memo.save({
      key: cacheKey.key,
      workflowName: this.environment.workflowName,
      stepName: step.name,
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

  /** `docker run …` for one attempt: the sandbox mounted at its own paths, the step's env only. */
  private containerCommand(
    runtime: ContainerRuntime,
    name: string,
    body: ContainerStep['container'] | ScriptStep['script'],
    step: RunnableStep,
    resolved: ResolvedCommand,
    sandbox: StepSandbox,
  ): string[] {
    mkdirSync(sandbox.root, { recursive: true });
    const user = process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : undefined;
    return containerArgv(runtime, {
      name,
      image: typeof body.image === 'string' ? body.image : JSON.stringify(body.image),
      ...(body.imagePullPolicy !== undefined && { imagePullPolicy: body.imagePullPolicy }),
      command: resolved.command,
      args: resolved.args,
      workingDir: sandbox.cwd,
      mounts: [{ path: sandbox.dir }, { path: sandbox.root }, ...(resolved.scriptPath !== undefined ? [{ path: resolved.scriptPath, readOnly: true }] : [])],
      envNames: resolved.stepEnvNames,
      ...(step.resources?.limits !== undefined && { limits: step.resources.limits }),
      ...(user !== undefined && { user }),
    });
  }

  /** Creates the sandbox and puts every input artifact in place; returns each one's content hash. */
  private async prepareInputs(step: RunnableStep, execution: StepExecution, sandbox: StepSandbox): Promise<Record<string, string>> {
    // Synchronous, and one directory only: on some disks a mkdir costs more than a trivial step.
    mkdirSync(sandbox.cwd, { recursive: true });
    if (step.kind === 'script') await writeFile(`${sandbox.dir}.script${scriptExtension(step.script.command, step.script.source)}`, sandbox.rewrite(step.script.source));
    const hashes: Record<string, string> = {};
    for (const input of step.inputs?.artifacts ?? []) {
      const target = sandbox.map(input.path);
      const where = `input artifact "${input.name}" of step "${step.name}"`;
      if (input.from) {
        const path = execution.scope.stepOutput(input.from.step, input.from.output);
        const artifact = await this.artifactAt(path);
        if (!artifact) {
          if (input.optional) continue;
          throw new EngineError(`The ${where} comes from output "${input.from.output}" of "${input.from.step}", which is not an artifact the store holds.`, true);
        }
        await this.environment.artifacts.materialize(artifact, target, input.mode);
        hashes[input.name] = artifact.hash;
      } else if (input.raw !== undefined) {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, input.raw, { mode: input.mode ?? 0o644 });
        hashes[input.name] = sha256(input.raw);
      } else if (input.location) {
        const store = this.environment.remoteStores[input.location.type];
        if (!store) {
          if (input.optional) continue;
          throw new EngineError(missingStoreMessage(input.location.type, 'input', input.name, step.name), true);
        }
        try {
          await store.fetch(input.location, target, { stepName: step.name, artifactName: input.name, signal: execution.signal });
        } catch (error) {
          if (input.optional) continue;
          throw new EngineError(`Fetching the ${where} from ${input.location.type} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        hashes[input.name] = (await this.environment.artifacts.hash(target)).hash;
      }
    }
    return hashes;
  }

  /** The stored artifact a resolved `stepOutput` path points to (the scope gives store paths). */
  private async artifactAt(path: string): Promise<StoredArtifact | undefined> {
    const hash = path.split('/').pop() ?? '';
    if (!/^[0-9a-f]{64}$/.test(hash) || path !== this.environment.artifacts.pathOf(hash)) return undefined;
    const stats = await stat(path).catch(() => undefined);
    if (!stats) return undefined;
    return { hash, kind: stats.isDirectory() ? 'dir' : 'file', size: stats.isDirectory() ? 0 : stats.size };
  }

  /** Empties what a previous attempt left. */
  private async clearSandbox(sandbox: StepSandbox): Promise<void> {
    // A first run of an instance finds nothing to clear.
    await Promise.all([sandbox.dir, sandbox.root].filter((path) => existsSync(path)).map((path) => rm(path, { recursive: true, force: true })));
  }

  private async prepareOutputDirectories(step: RunnableStep, sandbox: StepSandbox): Promise<void> {
    for (const output of [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])]) {
      if (output.path) await mkdir(dirname(sandbox.map(output.path)), { recursive: true });
    }
  }

  private async collectOutputs(step: RunnableStep, execution: StepExecution, sandbox: StepSandbox, stdout: string): Promise<StepOutputs> {
    const parameters: Record<string, string> = {};
    for (const parameter of step.outputs?.parameters ?? []) {
      if (!parameter.path) throw new EngineError(`Output parameter "${parameter.name}" of step "${step.name}" has no path; the local engine reads outputs from files.`, true);
      const path = sandbox.map(parameter.path);
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) parameters[parameter.name] = text.trim();
      else if (parameter.default !== undefined) parameters[parameter.name] = parameter.default;
      else {
        throw new EngineError(
          `Step "${step.name}" exited 0 but did not write its output parameter "${parameter.name}" to ${parameter.path} (here ${path}).`,
          true,
        );
      }
    }
    const artifacts: Record<string, StoredArtifact> = {};
    for (const output of step.outputs?.artifacts ?? []) {
      const path = sandbox.map(output.path);
      if (!(await exists(path))) {
        if (output.optional) continue;
        throw new EngineError(`Step "${step.name}" exited 0 but did not write its output artifact "${output.name}" at ${output.path} (here ${path}).`, true);
      }
      const artifact = await this.environment.artifacts.put(path);
      this.environment.store.recordArtifact(artifact, this.environment.now().toISOString());
      artifacts[output.name] = artifact;
      if (output.location) {
        const store = this.environment.remoteStores[output.location.type];
        if (!store?.put) throw new EngineError(missingStoreMessage(output.location.type, 'output', output.name, step.name), true);
        await store.put(output.location, path, { stepName: step.name, artifactName: output.name, signal: execution.signal });
      }
    }
    return { result: stdout.trim(), parameters, artifacts };
  }
}

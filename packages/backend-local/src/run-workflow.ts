import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  assertSupported,
  CONSTRUCTS,
  CoulerError,
  detectConstructs,
  didYouMean,
  parseWorkflow,
  type Image,
  type Step,
  type Workflow,
} from '@couler/ir';
import { ArtifactStore } from './artifacts/artifact-store';
import { DEFAULT_REMOTE_ARTIFACT_STORES } from './artifacts/remote-artifact-store';
import { DatasetCache } from './datasets/dataset-cache';
import { checkCacheOptions } from './cache/check-cache-options';
import { DEFAULT_MAX_CACHE_BYTES, MemoCache } from './cache/memo-cache';
import { OptimizerCacheAdmission } from './cache/optimizer-cache-admission';
import { canonicalJson } from './internal/hash';
import type { EngineEvent } from './engine/engine-event';
import { resolveContainerRuntime } from './engine/container-runtime';
import { StepExecutor } from './engine/execute-step';
import type { LocalRunOptions } from './engine/local-run-options';
import { RunLog } from './engine/run-log';
import { killGroup } from './engine/kill-group';
import { isStepOf, stepProcessesOf } from './engine/step-processes-of';
import { MAX_LAUNCHERS } from './engine/launcher/launcher-process';
import { StepLauncher } from './engine/launcher/step-launcher';
import { SandboxDirPool } from './engine/sandbox-dir-pool';
import { expandSubWorkflows, type DeferredCall } from './sub-workflows/expand-sub-workflows';
import { iterationStepAfter, stepsAfter } from './sub-workflows/steps-after';
import { applyTotalTimeouts } from './engine/total-timeout';
import { runMetricSamples } from './state/run-metrics';
import { RunScheduler } from './engine/run-scheduler';
import { resolveParameters } from './engine/resolve-parameters';
import { isKeptOnResume, type RunPhase } from './engine/step-phase';
import { checkDataSteps } from './data/check-data-steps';
import { checkHttpSteps } from './http/check-http-steps';
import { LOCAL_CAPABILITIES, LOCAL_IGNORED, refuseStartSuspended } from './local-capabilities';
import { DEFAULT_TRANSIENT_RETRY } from './retry/retry-decision';
import { resolveCoulerHome } from './state/couler-home';
import type { RunRecord, RunSettings, StepRecord } from './state/state-records';
import { describeHolders, describeLock, LockTable, lockRequestsOf } from './state/lock-table';
import { StateStore } from './state/state-store';
import { ignoredPodSpecNotice, refusePodSpecNeeds } from './pod-spec-on-this-machine';

/** How a run ended. */
export interface RunSummary {
  readonly runId: string;
  readonly workflowName: string;
  readonly phase: RunPhase;
  readonly message?: string;
  /** Every step instance recorded for the run, in the order they were first recorded. */
  readonly steps: ReadonlyArray<StepRecord>;
  readonly home: string;
  readonly runDir: string;
  readonly durationMs: number;
  /** The workflow's outputs (`spec.outputs.parameters`), when it succeeded and declares any. */
  readonly outputs?: Readonly<Record<string, string>>;
}

const pad = (value: number) => String(value).padStart(2, '0');

function newRunId(workflowName: string, now: Date): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${workflowName}-${stamp}-${randomBytes(2).toString('hex')}`;
}

/** Whether a process is alive (EPERM: alive, someone else's). A zombie, killed but not yet reaped, is not. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // `pid (name) S …`: the state follows the name, which may itself hold spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Opens the state of `home` (default `~/.couler`). Close it when done. */
export function openStateStore(home?: string): StateStore {
  return new StateStore(resolveCoulerHome(home).database);
}

/** Finds a run by id or unique id prefix; CoulerError `RUN_NOT_FOUND` naming the candidates otherwise. */
export function findRun(store: StateStore, id: string): RunRecord {
  const exact = store.getRun(id);
  if (exact) return exact;
  const matches = store.findRunIds(id);
  if (matches.length === 1) return store.getRun(matches[0]!)!;
  if (matches.length > 1) {
    throw new CoulerError('RUN_NOT_FOUND', `"${id}" matches ${matches.length} runs: ${matches.slice(0, 5).join(', ')}${matches.length > 5 ? ', …' : ''}.`, {
      hint: 'Type more of the run id.',
    });
  }
  const recent = store.listRuns(20).map((run) => run.id);
  throw new CoulerError('RUN_NOT_FOUND', `There is no run "${id}" in ${store.file}.${didYouMean(id, recent)}`, {
    hint: '`couler runs` lists the runs; pass --home if they live elsewhere.',
  });
}

/** What this engine needs beyond validity: `workflow` comes from `parseWorkflow`, which validated it. */
function checkRunnable(original: Workflow, parameters: Readonly<Record<string, string>>): void {
  refuseStartSuspended(original);
  assertSupported(original, { backendId: 'local', capabilities: LOCAL_CAPABILITIES });
  // What runs is the workflow with its calls expanded: refused here, before anything is recorded.
  // A call whose items only the run knows is checked on one stand-in iteration.
  const expanded = expandSubWorkflows(original, parameters);
  const deferredSteps = [...expanded.deferred.values()].flatMap(standInSteps);
  const workflow = { ...expanded.workflow, spec: { ...expanded.workflow.spec, steps: [...expanded.workflow.spec.steps, ...deferredSteps] } };
  refusePodSpecNeeds(workflow);
  checkHttpSteps(workflow);
  checkDataSteps(workflow);
  const waitsForever = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].filter((step) => step.kind === 'suspend' && step.suspend.durationSeconds === undefined);
  if (waitsForever.length > 0) {
    const step = waitsForever[0]!;
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The local backend cannot express suspend steps without a duration ("step.suspend"), used by "${step.name}".`, {
      path: ['steps', step.name, 'suspend'],
      stepIds: [step.name],
      hint: 'Give it suspend.durationSeconds, or run it on Argo where a person can resume it.',
    });
  }
}

/** The steps of one iteration of a deferred call (and of the deferred calls inside it), for the checks made before a run. */
function standInSteps(call: DeferredCall): Step[] {
  const expansion = call.expand([STAND_IN_ITEM]);
  return [...expansion.steps, ...[...expansion.deferred.values()].flatMap(standInSteps)];
}

/** An item with every field (each `"item"`), so that a body reading any field of it expands. */
const STAND_IN_ITEM = new Proxy(
  {},
  {
    getOwnPropertyDescriptor: () => ({ value: 'item', writable: false, enumerable: true, configurable: true }),
    get: () => 'item',
    has: () => true,
  },
) as Record<string, string>;

function ignoredSettingsNotice(workflow: Workflow, inContainers: boolean): string | undefined {
  // Containers get their cpu and memory limits; the rest is Kubernetes'.
  const ignoredHere = inContainers ? LOCAL_IGNORED.filter((construct) => construct !== 'resources') : LOCAL_IGNORED;
  const ignored = [...new Set(detectConstructs(workflow).filter((use) => ignoredHere.includes(use.construct)).map((use) => use.construct))];
  if (ignored.length === 0) return undefined;
  return `Kubernetes settings have no effect on this machine and are ignored: ${ignored.map((construct) => CONSTRUCTS[construct]).join(', ')}.`;
}

/** The images a step names: one, a container set's several, none for an http request. */
function imagesOf(step: Step): Image[] {
  switch (step.kind) {
    case 'container':
      return [step.container.image];
    case 'script':
      return [step.script.image];
    case 'containerSet':
      return step.containerSet.containers.map((container) => container.image);
    default:
      return [];
  }
}

interface ExecuteOptions extends LocalRunOptions {
  readonly resumed: boolean;
}

async function execute(store: StateStore, run: RunRecord, options: ExecuteOptions): Promise<RunSummary> {
  const home = resolveCoulerHome(options.home);
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const emit = (event: EngineEvent) => options.onEvent?.(event);
  // Calls of sub-workflows become steps of their own (call[i].step), the same on every resume.
  const expandedCalls = expandSubWorkflows(run.workflow, run.parameters);
  const expanded = { ...expandedCalls, workflow: applyTotalTimeouts(expandedCalls.workflow) };
  // A plain copy, once: every read of `process.env` goes through the C++ environment, and a
  // step reads all of it.
  const baseEnv = { ...(options.env ?? process.env) };
  // Before anything is recorded as running: a missing docker is the user's to fix first.
  const containerRuntime = resolveContainerRuntime(run.settings.containerRuntime ?? 'host', baseEnv.PATH);
  await mkdir(run.runDir, { recursive: true });
  store.updateRun(run.id, { phase: 'Running', message: null, finishedAt: null, enginePid: process.pid, ...(run.startedAt === undefined && { startedAt: startedAt.toISOString() }) });
  // The exit handler runs again after the main steps, as Argo's RetryWorkflow drops the onExit
  // node (workflow/util/util.go): what it read — the run's status, main steps' statuses and
  // outputs — is decided anew. Its old records go, so `couler status` never shows them as current.
  const recorded = store.getSteps(run.id);
  store.batchWrites();
  const exitRecords = recorded.filter((step) => step.stage === 'exit');
  if (exitRecords.length > 0) store.deleteSteps(run.id, exitRecords.map((step) => step.id));
  const previous = new Map(recorded.filter((step) => step.stage === 'main').map((step) => [step.id, step]));
  const artifacts = new ArtifactStore(home.artifacts);
  // A resumed run keeps the cache policy and size it started with, unless given new ones.
  const cachePolicy = options.cachePolicy ?? run.settings.cachePolicy;
  const maxCacheBytes = options.maxCacheBytes ?? run.settings.maxCacheBytes;
  const log = new RunLog(join(run.runDir, 'steps.log'), (message) => emit({ type: 'notice', runId: run.id, message }));
  // One launcher per core the run can use: they spawn side by side. More would only compete.
  const cores = availableParallelism();
  const launcherCount = Math.min(run.settings.parallelism || cores, run.workflow.spec.parallelism ?? cores, cores, MAX_LAUNCHERS);
  const launcher = new StepLauncher({ size: launcherCount, outputBacklog: () => log.backlog(), onNotice: (message) => emit({ type: 'notice', runId: run.id, message }) });
  const sandboxDirs = new SandboxDirPool(run.runDir);
  const executor = new StepExecutor({
    runId: run.id,
    runDir: run.runDir,
    workflowName: run.workflowName,
    store,
    artifacts,
    memo: new MemoCache(store, artifacts, {
      ...(maxCacheBytes !== undefined && { maxBytes: maxCacheBytes }),
      ...(options.evictionPolicy && { policy: options.evictionPolicy }),
      ...(cachePolicy !== undefined && {
        admission: new OptimizerCacheAdmission({ policyId: cachePolicy, capacityBytes: maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES, store, runId: run.id, workflow: expanded.workflow }),
      }),
      now,
    }),
    remoteStores: { ...DEFAULT_REMOTE_ARTIFACT_STORES, ...options.artifactStores },
    datasets: new Map((run.workflow.spec.datasets ?? []).map((dataset) => [dataset.name, dataset])),
    ...(options.datasetCache !== false && {
      datasetCache: new DatasetCache({ root: home.datasets, ...(options.datasetCache?.maxBytes !== undefined && { maxBytes: options.datasetCache.maxBytes }), now }),
    }),
    baseEnv,
    emit,
    now,
    log,
    ...(containerRuntime && { containerRuntime }),
    spawner: launcher,
    sandboxDirs,
  });
  emit({
    type: 'run-started',
    runId: run.id,
    workflow: run.workflowName,
    steps: [...expanded.workflow.spec.steps, ...(expanded.workflow.spec.onExit ?? [])].map((step) => step.name),
    resumed: options.resumed,
    at: startedAt.toISOString(),
  });
  const imageNames = [...expanded.workflow.spec.steps, ...(expanded.workflow.spec.onExit ?? [])].flatMap(imagesOf).map((image) => (typeof image === 'string' ? image : 'images chosen at run time'));
  const images = [...new Set(imageNames)];
  if (images.length > 0) {
    const message = containerRuntime
      ? `Steps run in their images with ${containerRuntime.kind} (${images.join(', ')}).`
      : `Steps run as processes on this machine; their images are not used (${images.join(', ')}).${run.settings.containerRuntime === 'auto' ? ' Neither docker nor podman is installed.' : ''}`;
    emit({ type: 'notice', runId: run.id, message });
  }
  const notice = ignoredSettingsNotice(run.workflow, containerRuntime !== undefined);
  if (notice) emit({ type: 'notice', runId: run.id, message: notice });
  const podNotice = ignoredPodSpecNotice(run.workflow);
  if (podNotice) emit({ type: 'notice', runId: run.id, message: podNotice });
  if (options.resumed) {
    const kept = [...previous.values()].filter((step) => isKeptOnResume(step.phase)).length;
    const again = exitRecords.length > 0 ? '; the exit handler runs again' : '';
    emit({ type: 'notice', runId: run.id, message: `Resuming: ${kept} finished ${kept === 1 ? 'step is' : 'steps are'} kept (Succeeded, Skipped or Cached)${again}.` });
  }
  const defaultRetry = options.defaultRetry === false ? undefined : (options.defaultRetry ?? DEFAULT_TRANSIENT_RETRY);
  // Only a run that asks for a lock opens the lock table (its own connection to the home's database).
  const locks = usesLocks(run.workflow) ? new LockTable(home.database) : undefined;
  const runLocks = lockRequestsOf(expanded.workflow.spec.synchronization);
  if (locks && runLocks.length > 0) {
    // Cancelled while it waits: the scheduler then starts nothing and the run ends Cancelled.
    await locks.acquire(runLocks, run.id, run.id, {
      ...(options.signal && { signal: options.signal }),
      onWait: (busy, holders) => emit({ type: 'notice', runId: run.id, message: `The run waits for ${describeLock(busy)}, held by ${describeHolders(holders)}.` }),
    });
  }
  const scheduler = new RunScheduler({
    runId: run.id,
    workflow: expanded.workflow,
    joins: expanded.joins,
    deferred: expanded.deferred,
    parameters: run.parameters,
    store,
    executor,
    emit,
    previous,
    parallelism: run.settings.parallelism,
    ...(run.settings.cache !== undefined && { cache: run.settings.cache }),
    ...(defaultRetry && { defaultRetry }),
    ...(options.signal && { signal: options.signal }),
    now,
    artifactPath: (hash) => artifacts.pathOf(hash),
    ...(locks && { locks }),
  });
  const outcome = await scheduler.run().finally(() => {
    launcher.close();
    sandboxDirs.close();
    if (locks) {
      // The run's own locks, and any a step still held when the run was cancelled.
      locks.releaseRun(run.id);
      locks.close();
    }
    return log.close();
  });
  const finishedAt = now();
  store.updateRun(run.id, { phase: outcome.phase, message: outcome.message ?? null, finishedAt: finishedAt.toISOString(), enginePid: null });
  if (hasMetrics(expanded.workflow)) {
    const first = run.startedAt ?? startedAt.toISOString();
    store.replaceMetrics(run.id, runMetricSamples(expanded.workflow, store.getSteps(run.id), { phase: outcome.phase, startedAt: first, finishedAt: finishedAt.toISOString() }));
  }
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  emit({
    type: 'run-finished',
    runId: run.id,
    phase: outcome.phase,
    ...(outcome.message !== undefined && { message: outcome.message }),
    durationMs,
    at: finishedAt.toISOString(),
    ...(outcome.outputs !== undefined && { outputs: outcome.outputs }),
  });
  return {
    runId: run.id,
    workflowName: run.workflowName,
    phase: outcome.phase,
    ...(outcome.message !== undefined && { message: outcome.message }),
    steps: store.getSteps(run.id),
    home: home.root,
    runDir: run.runDir,
    durationMs,
    ...(outcome.outputs !== undefined && { outputs: outcome.outputs }),
  };
}

/**
 * Runs a workflow on this machine and resolves when it has finished (or was cancelled through
 * `options.signal`). The run, its steps, attempts, outputs and artifacts are recorded under
 * `options.home` as it goes; a failed step does not throw, it makes the summary's phase
 * `Failed` with a message naming the step, why it failed and its last log lines.
 *
 * @throws CoulerError when the workflow is invalid (`INVALID_WORKFLOW` …), uses a construct this
 *   engine cannot run (`UNSUPPORTED_BY_BACKEND`) or gets bad parameters (`UNKNOWN_PARAMETER` …).
 */
export async function runWorkflow(input: Workflow | unknown, options: LocalRunOptions = {}): Promise<RunSummary> {
  const workflow = options.validated ? (input as Workflow) : parseWorkflow(input);
  const parameters = resolveParameters(workflow, options.parameters);
  checkRunnable(workflow, parameters);
  checkCacheOptions(options);
  const home = resolveCoulerHome(options.home);
  const now = options.now ?? (() => new Date());
  const store = new StateStore(home.database);
  try {
    resolveContainerRuntime(options.containerRuntime ?? 'host', (options.env ?? process.env).PATH);
    const id = options.runId ?? newRunId(workflow.metadata.name, now());
    if (store.getRun(id)) throw new CoulerError('DUPLICATE_NAME', `A run "${id}" exists already in ${home.root}.`, { hint: 'Choose another run id, or resume that run.' });
    const run: RunRecord = {
      id,
      workflowName: workflow.metadata.name,
      workflow,
      parameters,
      settings: {
        parallelism: options.parallelism ?? availableParallelism(),
        ...(options.cache !== undefined && { cache: options.cache }),
        ...(options.sourceFile !== undefined && { sourceFile: options.sourceFile }),
        ...(options.containerRuntime !== undefined && options.containerRuntime !== 'host' && { containerRuntime: options.containerRuntime }),
        ...(options.cachePolicy !== undefined && { cachePolicy: options.cachePolicy }),
        ...(options.maxCacheBytes !== undefined && { maxCacheBytes: options.maxCacheBytes }),
      },
      phase: 'Pending',
      createdAt: now().toISOString(),
      runDir: join(home.runs, id),
    };
    store.createRun(run);
    return await execute(store, run, { ...options, resumed: false });
  } finally {
    store.close();
  }
}

/** A resumed run's settings: the recorded ones, with what the resume overrides. */
function resumedSettings(settings: RunSettings, options: ResumeOptions): RunSettings {
  const { containerRuntime: _recorded, ...rest } = settings;
  const containerRuntime = options.containerRuntime ?? settings.containerRuntime;
  return {
    ...rest,
    ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
    ...(options.cache !== undefined && { cache: options.cache }),
    ...(options.cachePolicy !== undefined && { cachePolicy: options.cachePolicy }),
    ...(options.maxCacheBytes !== undefined && { maxCacheBytes: options.maxCacheBytes }),
    ...(containerRuntime !== undefined && containerRuntime !== 'host' && { containerRuntime }),
  };
}

/** Options of `resumeRun` and `retryRun`: a run keeps its parameters and settings. */
export type ResumeOptions = Omit<LocalRunOptions, 'parameters' | 'runId' | 'sourceFile'>;

/** Claims a run for this process: refuses one another live engine is running, stops orphans of a dead one. */
function claimRun(store: StateStore, run: RunRecord): void {
  if (run.phase === 'Running' && run.enginePid !== undefined && run.enginePid !== process.pid && isProcessAlive(run.enginePid)) {
    throw new CoulerError('RUN_IN_PROGRESS', `Run "${run.id}" is being run by process ${run.enginePid}.`, {
      hint: 'Wait for it, or stop that process (Ctrl-C) first; a resume then continues where it stopped.',
    });
  }
  // The engine died (kill -9, power loss): its steps' processes may still be running. Stop them,
  // so that their step runs again from a clean state and nothing writes twice.
  for (const attempt of store.runningAttempts(run.id)) {
    if (attempt.pid !== undefined && isProcessAlive(attempt.pid) && isStepOf(attempt.pid, run.id)) killGroup(attempt.pid, 'SIGKILL');
    store.saveAttempt({ ...attempt, phase: 'Cancelled', finishedAt: new Date().toISOString(), message: 'The engine stopped while this attempt ran.' });
  }
  // And those whose pid it had not recorded yet.
  if (run.phase === 'Running') for (const pid of stepProcessesOf(run.id)) killGroup(pid, 'SIGKILL');
}

/**
 * Continues a run that stopped — cancelled, killed, failed — from where it stopped. Step
 * instances that Succeeded, were Skipped or Cached are kept with their outputs; everything
 * else runs again (tech report §II.B). The exit handler runs again whatever it did before.
 *
 * @throws CoulerError `RUN_NOT_FOUND` when there is no such run, `RUN_IN_PROGRESS` when another engine is running it.
 */
export async function resumeRun(runId: string, options: ResumeOptions = {}): Promise<RunSummary> {
  checkCacheOptions(options);
  const home = resolveCoulerHome(options.home);
  const store = new StateStore(home.database);
  try {
    const run = findRun(store, runId);
    claimRun(store, run);
    const settings = resumedSettings(run.settings, options);
    return await execute(store, { ...run, settings }, { ...options, resumed: true });
  } finally {
    store.close();
  }
}

export interface RetryOptions extends ResumeOptions {
  /** Also run this step again, and every step after it, even where they succeeded. */
  readonly from?: string;
  /**
   * A new version of the workflow (the user fixed a step). Steps whose definition changed run
   * again, with every step after them; the rest is kept as in a resume.
   */
  readonly workflow?: Workflow | unknown;
}

/**
 * Runs a finished run again from its failure point (`couler retry`): like `resumeRun`, and with
 * `from`, that step and all after it run again too. With `workflow`, a fixed version of the
 * workflow replaces the recorded one; changed steps and what follows them run again.
 *
 * `from` may name a step of an iteration the run expanded (`models[1].train`, as `couler status`
 * shows it): that iteration runs again from there, the others keep their succeeded steps.
 *
 * @throws CoulerError `RUN_NOT_FOUND`, `RUN_IN_PROGRESS`, `UNKNOWN_STEP` (`from`
 *   names no step), or the validation errors of a new `workflow`.
 */
export async function retryRun(runId: string, options: RetryOptions = {}): Promise<RunSummary> {
  checkCacheOptions(options);
  const home = resolveCoulerHome(options.home);
  const store = new StateStore(home.database);
  try {
    let run = findRun(store, runId);
    claimRun(store, run);
    const reset = new Set<string>();
    let deferredCalls = new Set(expandSubWorkflows(run.workflow, run.parameters).deferred.keys());
    if (options.workflow !== undefined) {
      const workflow = parseWorkflow(options.workflow);
      checkRunnable(workflow, run.parameters);
      // Compared step by step as they run: a changed sub-workflow re-runs its changed steps in every call.
      const before = expandSubWorkflows(run.workflow, run.parameters);
      const after = expandSubWorkflows(workflow, run.parameters);
      const previous = before.workflow;
      const next = after.workflow;
      const oldSteps = new Map<string, Step>([...previous.spec.steps, ...(previous.spec.onExit ?? [])].map((step) => [step.name, step]));
      const changed = [...next.spec.steps, ...(next.spec.onExit ?? [])]
        .filter((step) => {
          const old = oldSteps.get(step.name);
          return old === undefined || canonicalJson(old) !== canonicalJson(step);
        })
        .map((step) => step.name);
      // A call over a step's output has no steps until it runs: a change of it, or of any definition, runs all of it again.
      const definitionsChanged = canonicalJson(run.workflow.spec.subWorkflows ?? []) !== canonicalJson(workflow.spec.subWorkflows ?? []);
      for (const [name, call] of after.deferred) {
        const old = before.deferred.get(name);
        if (definitionsChanged || old === undefined || canonicalJson(old.call) !== canonicalJson(call.call)) changed.push(name);
      }
      deferredCalls = new Set(after.deferred.keys());
      for (const name of stepsAfter(next, changed)) reset.add(name);
      store.updateRun(run.id, { workflow });
      run = { ...run, workflow, workflowName: workflow.metadata.name };
    }
    // Calls retried from a step of one of their iterations: their other iterations keep their records.
    const keptIterations = new Set<string>();
    if (options.from !== undefined) {
      const { workflow, joins, deferred } = expandSubWorkflows(run.workflow, run.parameters);
      const names = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name);
      const inIteration = names.includes(options.from) ? undefined : iterationStepAfter(run.workflow, workflow, deferred, store.getSteps(run.id).map((step) => step.stepName), options.from);
      if (inIteration) {
        for (const name of inIteration.reset) reset.add(name);
        if (inIteration.keepsOthers) keptIterations.add(inIteration.call);
      } else if (!names.includes(options.from)) {
        throw new CoulerError('UNKNOWN_STEP', `Run "${run.id}" has no step "${options.from}".${didYouMean(options.from, names)}`, {
          hint: `Its steps are ${names.map((name) => `"${name}"`).join(', ')}${deferred.size > 0 ? `, and the steps of the iterations it ran, as \`couler status ${run.id}\` lists them (${[...deferred.keys()][0]}[0].<step>)` : ''}.`,
        });
      }
      // From a sub-workflow call: from every step of it (call.step, call[i].step), not its own step alone.
      const from = inIteration ? [] : joins.has(options.from) ? names.filter((name) => name === options.from || name.startsWith(`${options.from}.`) || name.startsWith(`${options.from}[`)) : [options.from];
      for (const name of stepsAfter(workflow, from)) reset.add(name);
    }
    // A call expanded by the run (over a step's output) runs again as a whole: its recorded steps go too.
    const inResetCall = (name: string) => [...deferredCalls].some((call) => reset.has(call) && !keptIterations.has(call) && (name.startsWith(`${call}[`) || name.startsWith(`${call}.`)));
    if (reset.size > 0) store.deleteSteps(run.id, store.getSteps(run.id).filter((step) => reset.has(step.stepName) || inResetCall(step.stepName)).map((step) => step.id));
    const settings = resumedSettings(run.settings, options);
    return await execute(store, { ...run, settings }, { ...options, resumed: true });
  } finally {
    store.close();
  }
}

/** Whether the run or any of its steps (exit handler and sub-workflows' bodies included) takes a mutex or a semaphore. */
function usesLocks(workflow: Workflow): boolean {
  if (workflow.spec.synchronization) return true;
  const steps = [...workflow.spec.steps, ...(workflow.spec.onExit ?? []), ...(workflow.spec.subWorkflows ?? []).flatMap((definition) => definition.steps)];
  return steps.some((step) => step.synchronization);
}

function hasMetrics(workflow: Workflow): boolean {
  return (workflow.spec.metrics?.length ?? 0) > 0 || [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].some((step) => (step.metrics?.length ?? 0) > 0);
}

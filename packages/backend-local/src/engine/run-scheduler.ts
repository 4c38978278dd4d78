import { availableParallelism } from 'node:os';
import {
  CoulerError,
  dependenciesOf,
  parseDependsExpression,
  refsOfStep,
  type CacheHint,
  type DependsExpression,
  type Group,
  type RetryPolicy,
  type Step,
  type WhileGroup,
  type Workflow,
  type WorkflowOutputParameter,
} from '@couler/ir';
import { Semaphore } from '../internal/semaphore';
import { ownValue, userKeyed } from '../internal/user-keyed';
import type { StepRecord } from '../state/state-records';
import { describeHolders, describeLock, lockRequestsOf, type LockTable } from '../state/lock-table';
import type { StateStore } from '../state/state-store';
import type { EngineEvent } from './engine-event';
import { evaluateCondition, type ConditionScope } from './evaluate-condition';
import { evaluateDepends } from './evaluate-depends';
import type { InstanceResult, StepExecutor } from './execute-step';
import { joinedOutput } from '../sub-workflows/joined-output';
import type { CallJoin, DeferredCall, Expansion } from '../sub-workflows/expand-sub-workflows';
import { hookTrigger, type HookStatus } from '@couler/ir';
import { describeRef, itemText, parseJsonList, resolveSequenceItems, resolveValue, ResolveError, tryJson, type ResolveScope } from './resolve-value';
import { isKeptOnResume, isSuccess, type RunPhase, type StepPhase } from './step-phase';
import { howItEnded, stepStatusOf } from './step-status';
import { WhileLoops, type LoopState } from './while-loops';

interface StepNode {
  readonly name: string;
  readonly step: Step;
  readonly stage: 'main' | 'exit';
  readonly index: number;
  /** Steps whose outcome decides whether this one runs (control and data dependencies); a deferred call's join adds its iterations' steps. */
  readonly deps: string[];
  /** What it waits for: step names, or `group:<loop>` for a loop it is outside of. */
  readonly waitKeys: ReadonlyArray<string>;
  readonly loop?: WhileGroup;
  readonly concurrent?: Semaphore;
  readonly depends?: DependsExpression;
  /** Set on a lifecycle hook: not a DAG node, started by what it watches (see fireHooks). */
  readonly hook?: { readonly watched: string; readonly trigger: 'exit' | ReadonlyArray<HookStatus> };
}

/** The key hooks of the whole workflow are filed under (a step name cannot be empty). */
const WORKFLOW = '';

interface StepState {
  status: 'waiting' | 'running' | 'done';
  remaining: number;
  phase?: StepPhase;
  message?: string;
  mapped: boolean;
  instances: InstanceResult[];
}

/** Everything a scheduler needs for one run. */
export interface RunSchedulerContext {
  readonly runId: string;
  readonly workflow: Workflow;
  readonly parameters: Readonly<Record<string, string>>;
  readonly store: StateStore;
  readonly executor: StepExecutor;
  readonly emit: (event: EngineEvent) => void;
  /** Instances recorded by an earlier attempt at this run, by id. */
  readonly previous: ReadonlyMap<string, StepRecord>;
  readonly parallelism: number;
  readonly cache?: boolean;
  readonly defaultRetry?: RetryPolicy;
  readonly signal?: AbortSignal;
  readonly now: () => Date;
  /** Resolves `{ ref: step }` to an artifact's path in the store. */
  readonly artifactPath: (hash: string) => string;
  /** Steps that stand for a sub-workflow call: their outputs are read from the call's steps. */
  readonly joins?: ReadonlyMap<string, CallJoin>;
  /** Calls fanned out over a step's output: expanded, and their steps added to the run, once that step succeeded. */
  readonly deferred?: ReadonlyMap<string, DeferredCall>;
  /** Mutexes and semaphores shared with the other runs of this Couler home (steps' `synchronization`). */
  readonly locks?: LockTable;
}

export interface RunOutcome {
  readonly phase: RunPhase;
  readonly message?: string;
  /** The workflow's outputs (`spec.outputs.parameters`), when its main steps succeeded. */
  readonly outputs?: Readonly<Record<string, string>>;
}

/** `train`, `train[2]`, `flip#3`, `flip#3[2]`: stable across resumes, so finished work is found again. */
export function instanceId(name: string, iteration: number, mapIndex?: number): string {
  return `${name}${iteration > 1 ? `#${iteration}` : ''}${mapIndex === undefined ? '' : `[${mapIndex}]`}`;
}

function cacheEnabled(step: Step, workflow: Workflow, runSetting: boolean | undefined): { enabled: boolean; hint?: CacheHint } {
  const hint = step.cache ?? workflow.spec.cache;
  if (runSetting === false || /^(off|false|0|no)$/i.test(process.env.COULER_CACHE ?? '')) return { enabled: false, ...(hint && { hint }) };
  if (hint) return { enabled: hint.enabled !== false, hint };
  return { enabled: runSetting === true || /^(on|true|1|yes)$/i.test(process.env.COULER_CACHE ?? '') };
}

/**
 * Runs the DAG of one workflow: a step starts as soon as everything it waits for has finished
 * and a slot is free; `when`, `depends`, map items, loop iterations and the exit handler are
 * decided as the run goes. The order of starts is deterministic for a given set of outcomes.
 */
export class RunScheduler {
  private readonly nodes = new Map<string, StepNode>();
  private readonly states = new Map<string, StepState>();
  private readonly waiters = new Map<string, StepNode[]>();
  private readonly loops = new WhileLoops();
  /** Each step's stage (steps a deferred call adds included). */
  private readonly stageOf = new Map<string, 'main' | 'exit'>();
  /** What each call returns, and the calls still waiting for their items (see expandDeferred). */
  private readonly joins: Map<string, CallJoin>;
  private readonly deferred: Map<string, DeferredCall>;
  /** Callbacks run when a step is done: a deferred call's join waits so for its iterations. */
  private readonly onDone = new Map<string, Array<() => void>>();
  private readonly global: Semaphore;
  private readonly mainAbort = new AbortController();
  private readonly exitAbort = new AbortController();
  private readonly startedAt: Date;
  private stage: 'main' | 'exit' | 'finished' = 'main';
  private cancelled = false;
  private timedOut = false;
  private workflowStatus: RunPhase = 'Running';
  private workflowOutputs: Record<string, string> | undefined;
  private outputsError: string | undefined;
  private readonly finished: Promise<RunOutcome>;
  private resolveFinished!: (outcome: RunOutcome) => void;
  private running = 0;
  /** Steps of each stage, and how many are done (counted, not scanned: 1,000-step runs stay linear). */
  private readonly sizes = { main: 0, exit: 0 };
  private readonly done = { main: 0, exit: 0 };
  private outcome?: RunOutcome;
  /** Hook steps by what they watch (a step name, or WORKFLOW), and the ones started already (each runs once). */
  private readonly hooks = new Map<string, StepNode[]>();
  private readonly hooksFired = new Set<string>();
  private hooksRunning = 0;
  /** Set when a step failed and `spec.failFast` is true: steps not started yet are omitted. */
  private failedFast?: string;

  constructor(private readonly context: RunSchedulerContext) {
    const { workflow } = context;
    this.startedAt = context.now();
    this.global = new Semaphore(Math.min(context.parallelism || availableParallelism(), workflow.spec.parallelism ?? Number.POSITIVE_INFINITY));
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
    this.joins = new Map(context.joins);
    this.deferred = new Map(context.deferred);

    for (const step of workflow.spec.onExit ?? []) this.stageOf.set(step.name, 'exit');
    this.addSteps('main', workflow.spec.steps, workflow.spec.groups ?? []);
    this.addSteps('exit', workflow.spec.onExit ?? [], []);
  }

  /**
   * Adds steps to the DAG: the workflow's when the run starts, a deferred call's iterations once
   * its items are known (into `loop`, the call's, when it has one). A step waits only for what
   * has not finished yet. Returns the names added.
   */
  private addSteps(stage: 'main' | 'exit', steps: ReadonlyArray<Step>, groups: ReadonlyArray<Group>, loop?: WhileGroup): string[] {
    const concurrentOf = new Map<string, Semaphore | undefined>();
    const branchPredecessor = new Map<string, string>();
    for (const group of groups) {
      if (group.kind === 'while') {
        this.loops.add(group);
      } else {
        const semaphore = group.parallelism === undefined ? undefined : new Semaphore(group.parallelism);
        for (const branch of group.branches) {
          branch.forEach((name, index) => {
            concurrentOf.set(name, semaphore);
            if (index > 0) branchPredecessor.set(name, branch[index - 1]!);
          });
        }
      }
    }
    for (const step of steps) this.stageOf.set(step.name, stage);
    if (loop) this.loops.join(loop, steps.map((step) => step.name));
    const finished = (key: string) => (key.startsWith('group:') ? this.loops.state(key.slice('group:'.length))?.done === true : this.states.get(key)?.status === 'done');
    for (const step of steps) {
      if (step.hook && stage === 'main') {
        const watched = step.hook.of ?? WORKFLOW;
        const node: StepNode = { name: step.name, step, stage, index: this.nodes.size, deps: [], waitKeys: [], hook: { watched, trigger: hookTrigger(step.hook) } };
        this.nodes.set(step.name, node);
        this.states.set(step.name, { status: 'waiting', remaining: 0, mapped: step.map !== undefined, instances: [] });
        this.hooks.set(watched, [...(this.hooks.get(watched) ?? []), node]);
        continue;
      }
      const predecessor = branchPredecessor.get(step.name);
      // An exit handler runs whatever happened to the main steps; it waits only for its peers.
      const deps = [...new Set([...dependenciesOf(step), ...(predecessor ? [predecessor] : [])])].filter(
        (name) => this.stageOf.has(name) && name !== step.name && (stage === 'main' || this.stageOf.get(name) === 'exit'),
      );
      const loop = this.loops.of(step.name);
      const waitKeys = [
        ...new Set(
          deps.map((name) => {
            const depLoop = this.loops.of(name);
            return depLoop && depLoop !== loop ? `group:${depLoop.name}` : name;
          }),
        ),
      ];
      const node: StepNode = {
        name: step.name,
        step,
        stage,
        index: this.nodes.size,
        deps,
        waitKeys,
        ...(loop && { loop }),
        ...(concurrentOf.get(step.name) && { concurrent: concurrentOf.get(step.name)! }),
        ...(step.depends !== undefined && { depends: parseDependsExpression(step.depends) }),
      };
      this.nodes.set(step.name, node);
      this.sizes[stage]++;
      const pending = waitKeys.filter((key) => !finished(key));
      this.states.set(step.name, { status: 'waiting', remaining: pending.length, mapped: step.map !== undefined, instances: [] });
      for (const key of pending) {
        const list = this.waiters.get(key) ?? [];
        list.push(node);
        this.waiters.set(key, list);
      }
    }
    return steps.filter((step) => !(step.hook && stage === 'main')).map((step) => step.name);
  }

  /**
   * Forgets steps a deferred call added to a loop's body in the iteration that ended: the next
   * iteration expands the call again, over the items its own producers print. Done and left
   * unwatched, they leave the DAG: its nodes, its counts, what its other steps wait for.
   */
  private forget(dropped: ReadonlySet<string>, members: ReadonlyArray<string>): void {
    if (dropped.size === 0) return;
    for (const name of dropped) {
      const stage = this.stageOf.get(name)!;
      this.sizes[stage]--;
      this.done[stage]--;
      for (const map of [this.nodes, this.states, this.stageOf, this.onDone, this.waiters, this.joins, this.deferred]) map.delete(name);
    }
    for (const [key, waiting] of this.waiters) this.waiters.set(key, waiting.filter((node) => !dropped.has(node.name)));
    for (const name of members) {
      const deps = this.nodes.get(name)!.deps;
      deps.splice(0, deps.length, ...deps.filter((dep) => !dropped.has(dep)));
    }
  }

  /** Runs to the end (or to cancellation) and returns the run's phase. */
  async run(): Promise<RunOutcome> {
    const { signal, workflow } = this.context;
    const onAbort = () => {
      this.cancelled = true;
      this.mainAbort.abort();
      this.exitAbort.abort();
      this.checkFinished();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    if (workflow.spec.timeoutSeconds !== undefined) {
      timer = setTimeout(() => {
        this.timedOut = true;
        this.mainAbort.abort();
        this.checkFinished();
      }, workflow.spec.timeoutSeconds * 1000);
    }
    this.fireHooks(WORKFLOW, 'Running');
    this.startStage('main');
    try {
      return await this.finished;
    } finally {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The iteration of its loop a step is in (1 outside loops): its instance ids carry it (`flip#2`). */
  private iterationOf(node: StepNode): number {
    return this.loops.iteration(node.loop);
  }

  private state(name: string): StepState {
    return this.states.get(name)!;
  }

  private startStage(stage: 'main' | 'exit'): void {
    this.stage = stage;
    const nodes = [...this.nodes.values()].filter((node) => node.stage === stage && !node.hook);
    for (const node of nodes) if (this.state(node.name).remaining === 0) this.launch(node);
    this.checkFinished();
  }

  private launch(node: StepNode): void {
    const state = this.state(node.name);
    state.status = 'running';
    this.running++;
    const describe = (error: unknown) => (error instanceof Error ? error.stack ?? error.message : String(error));
    this.startStep(node)
      .catch((error: unknown): { phase: StepPhase; message?: string } => ({ phase: 'Error', message: `The engine failed on this step: ${describe(error)}` }))
      // What depends on the step starts only once its records are committed: a kill -9 after
      // that point cannot make a step that was used run again on resume. A step nothing waits
      // for shares the next commit (within 20 ms) with the others.
      .then((ended) =>
        this.context.store.committed(this.holdsBack(node)).then(
          () => ended,
          (error: unknown): { phase: StepPhase; message?: string } => ({ phase: 'Error', message: `The engine could not record this step: ${describe(error)}` }),
        ),
      )
      .then(({ phase, message }) => this.complete(node, phase, message));
  }

  /**
   * How a sub-workflow call ended, for its hooks: its own step is Omitted when a step of its body
   * failed, but the call ran and failed, as its DAG task fails on Argo (and runs its onExit).
   */
  private callEnd(node: StepNode, phase: StepPhase): StepPhase {
    if (phase !== 'Omitted' || !this.joins.has(node.name)) return phase;
    const body = node.deps.filter((name) => name.startsWith(`${node.name}.`) || name.startsWith(`${node.name}[`)).map((name) => this.callEnd(this.nodes.get(name)!, this.state(name).phase ?? 'Omitted'));
    return body.find((end) => end === 'Error' || end === 'Failed') ?? phase;
  }

  /**
   * Starts, once each, the hooks of `watched` (a step, or WORKFLOW) that wait for `status`:
   * `Running` when its process starts, its end phase when it ends (an exit hook on any end).
   * Nothing waits for a hook; the run is recorded finished only once every hook started ended.
   */
  private fireHooks(watched: string, status: StepPhase): void {
    const ended = status === 'Succeeded' || status === 'Failed' || status === 'Error';
    for (const node of this.hooks.get(watched) ?? []) {
      const trigger = node.hook!.trigger;
      if (this.hooksFired.has(node.name) || this.cancelled) continue;
      if (trigger === 'exit' ? !ended : !trigger.includes(status as HookStatus)) continue;
      this.hooksFired.add(node.name);
      this.hooksRunning++;
      const state = this.state(node.name);
      state.status = 'running';
      const describe = (error: unknown) => (error instanceof Error ? error.stack ?? error.message : String(error));
      this.startStep(node)
        .catch((error: unknown): { phase: StepPhase; message?: string } => ({ phase: 'Error', message: `The engine failed on this hook: ${describe(error)}` }))
        .then((result) => this.context.store.committed(true).then(() => result, () => result))
        .then(({ phase, message }) => {
          state.status = 'done';
          state.phase = phase;
          if (message !== undefined) state.message = message;
          this.hooksRunning--;
          this.checkFinished();
        });
    }
  }

  /** Whether anything waits for the step's end: a step after it, its loop, or the end of its stage (it is the last). */
  private holdsBack(node: StepNode): boolean {
    return (this.waiters.get(node.name)?.length ?? 0) > 0 || this.onDone.has(node.name) || node.loop !== undefined || this.done[node.stage] + 1 >= this.sizes[node.stage];
  }

  private stageSignal(node: StepNode): AbortSignal {
    // Hooks run on after a timeout, as the exit handler does: only a cancel stops them.
    return node.stage === 'main' && !node.hook ? this.mainAbort.signal : this.exitAbort.signal;
  }

  private async startStep(node: StepNode): Promise<{ phase: StepPhase; message?: string }> {
    const { step } = node;
    const state = this.state(node.name);
    if (this.stageSignal(node).aborted) return { phase: 'Cancelled' };
    if (this.failedFast !== undefined && node.stage === 'main' && !node.hook) return this.omit(node, `"${this.failedFast}" failed and spec.failFast is true`);

    // Does it run at all? `depends`, else every dependency must have succeeded or been skipped.
    const outcomeOf = (name: string) => {
      const dep = this.state(name);
      return { phase: dep.phase ?? 'Omitted', instancePhases: dep.instances.map((instance) => instance.phase) };
    };
    if (node.depends) {
      if (!evaluateDepends(node.depends, outcomeOf)) return this.omit(node, `its depends expression "${step.depends}" is false`);
    } else {
      const blocked = this.blockedBy(node.deps);
      if (blocked !== undefined) return this.omit(node, blocked);
    }
    if (this.deferred.has(node.name)) {
      const expanded = await this.expandDeferred(node, this.deferred.get(node.name)!);
      if (expanded) return expanded;
    }
    if (node.stage === 'exit') {
      const missing = this.missingMainOutput(node);
      if (missing !== undefined) return this.settle(node, 'Skipped', `Not run: ${missing}.`);
    }

    const iteration = this.iterationOf(node);
    if (!step.map) {
      const result = await this.runInstance(node, iteration);
      state.instances = [result];
      return { phase: result.phase, ...(result.message !== undefined && { message: result.message }) };
    }

    let items: unknown[];
    try {
      items = this.mapItems(node);
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
      const id = instanceId(node.name, iteration);
      const now = this.context.now().toISOString();
      this.context.store.saveStep(this.record(node, id, iteration, undefined, undefined, { phase: 'Error', message: error.message, startedAt: now, finishedAt: now }));
      this.emitFinished(node, id, 'Error', error.message);
      return { phase: 'Error', message: error.message };
    }
    if (items.length === 0) {
      // As Argo ("Skipped, empty params") and Tekton (an empty matrix) do; readers of its
      // outputs still get the empty list.
      state.instances = [];
      return this.settle(node, 'Skipped', 'Not run: it maps over an empty list.');
    }
    const limit = step.map.parallelism === undefined ? undefined : new Semaphore(step.map.parallelism);
    const results = await Promise.all(
      items.map(async (item, mapIndex) => {
        await limit?.acquire();
        try {
          return await this.runInstance(node, iteration, mapIndex, item);
        } finally {
          limit?.release();
        }
      }),
    );
    state.instances = results;
    return this.aggregate(results);
  }

  /** Why a step cannot run after `deps` (one failed, errored, was omitted), or undefined when it can. */
  private blockedBy(deps: ReadonlyArray<string>): string | undefined {
    for (const name of deps) {
      const phase = this.state(name).phase ?? 'Omitted';
      const continueOn = this.nodes.get(name)!.step.continueOn;
      const fine = isSuccess(phase) || phase === 'Skipped' || (phase === 'Failed' && continueOn?.failed === true) || (phase === 'Error' && continueOn?.error === true);
      if (!fine) return `"${name}" ${phase === 'Error' ? 'errored' : phase.toLowerCase()}`;
    }
    return undefined;
  }

  /**
   * Expands a call fanned out over a step's output, now that the step succeeded: reads the items
   * from its recorded output (the same on a resume, so the same iterations under the same
   * names), adds the iterations' steps to the run and waits for them. Returns how the call ended
   * when it cannot go on to its own record: the output is not a list of items, or the run stopped.
   */
  private async expandDeferred(node: StepNode, call: DeferredCall): Promise<{ phase: StepPhase; message?: string } | undefined> {
    // In a loop the call expands again on every iteration, from that iteration's output.
    if (!node.loop) this.deferred.delete(node.name);
    let expansion: Expansion;
    try {
      expansion = call.expand(call.itemsOf(this.outputOf(call.producer.step, call.producer.output)));
    } catch (error) {
      if (!(error instanceof ResolveError) && !CoulerError.isInstance(error)) throw error;
      const message = CoulerError.isInstance(error) && error.hint ? `${error.message} ${error.hint}` : error.message;
      const iteration = this.iterationOf(node);
      const id = instanceId(node.name, iteration);
      const now = this.context.now().toISOString();
      this.context.store.saveStep(this.record(node, id, iteration, undefined, undefined, { phase: 'Error', message, startedAt: now, finishedAt: now }));
      this.emitFinished(node, id, 'Error', message);
      return { phase: 'Error', message };
    }
    for (const [name, join] of expansion.joins) this.joins.set(name, join);
    for (const [name, nested] of expansion.deferred) this.deferred.set(name, nested);
    const added = this.addSteps('main', expansion.steps, expansion.groups, node.loop);
    this.context.emit({ type: 'notice', runId: this.context.runId, message: `Call "${node.name}" fans out over ${expansion.joins.get(node.name)?.iterations.length ?? 0} items of step "${call.producer.step}": ${added.length} steps added.` });
    node.deps.push(...added);
    await new Promise<void>((resolve) => {
      let pending = added.length;
      if (pending === 0) return resolve();
      for (const name of added) this.onDone.set(name, [...(this.onDone.get(name) ?? []), () => --pending === 0 && resolve()]);
      for (const name of added) if (this.state(name).remaining === 0 && this.state(name).status === 'waiting') this.launch(this.nodes.get(name)!);
    });
    if (this.stageSignal(node).aborted) return { phase: 'Cancelled' };
    const blocked = this.blockedBy(added);
    return blocked === undefined ? undefined : this.omit(node, blocked);
  }

  private omit(node: StepNode, why: string): { phase: StepPhase; message: string } {
    return this.settle(node, 'Omitted', `Not run: ${why}.`);
  }

  /** Records a step that does not run at all (one record, whatever its map), with why. */
  private settle(node: StepNode, phase: 'Omitted' | 'Skipped', message: string): { phase: StepPhase; message: string } {
    const iteration = this.iterationOf(node);
    const id = instanceId(node.name, iteration);
    // A Skipped step finished (now), as a step whose `when` is false does; an Omitted one never started.
    const now = this.context.now().toISOString();
    this.context.store.saveStep(this.record(node, id, iteration, undefined, undefined, { phase, message, ...(phase === 'Skipped' && { startedAt: now, finishedAt: now }) }));
    this.emitFinished(node, id, phase, message);
    return { phase, message };
  }

  /**
   * Why an exit-handler step cannot have every main-step output it reads, if it cannot: the
   * producer failed, was skipped, or never wrote it. Such a step is Skipped, not failed and not
   * run with an empty value — Tekton's rule for a `finally` task consuming a result that was
   * never initialized (tektoncd/pipeline docs/pipelines.md, "Consuming Task execution results
   * in finally").
   */
  private missingMainOutput(node: StepNode): string | undefined {
    for (const { ref } of refsOfStep(node.step)) {
      if (ref.ref !== 'step' || this.nodes.get(ref.step)?.stage !== 'main') continue;
      const phase = this.state(ref.step).phase;
      const never = `it reads output "${ref.output}" of step "${ref.step}", which was never produced`;
      if (phase === undefined || !isSuccess(phase)) return `${never}: "${ref.step}" ${howItEnded(phase)}`;
      try {
        this.outputOf(ref.step, ref.output);
      } catch (error) {
        if (!(error instanceof ResolveError)) throw error;
        return `${never}: ${error.message}`;
      }
    }
    return undefined;
  }

  /** A mapped step: Skipped if every item was; Failed/Error/Cancelled if any item was; else Succeeded. */
  private aggregate(results: ReadonlyArray<InstanceResult>): { phase: StepPhase; message?: string } {
    if (results.length > 0 && results.every((result) => result.phase === 'Skipped')) return { phase: 'Skipped' };
    for (const phase of ['Cancelled', 'Failed', 'Error'] as const) {
      const bad = results.filter((result) => result.phase === phase);
      if (bad.length > 0) {
        const first = bad[0]!;
        return { phase, message: `${bad.length} of ${results.length} items ${phase === 'Error' ? 'errored' : phase.toLowerCase()}; ${first.id}: ${first.message ?? phase}` };
      }
    }
    return { phase: 'Succeeded' };
  }

  private mapItems(node: StepNode): unknown[] {
    const map = node.step.map!;
    if (map.items) return map.items;
    const scope = this.scope(node.name, undefined, false);
    if (map.sequence) return resolveSequenceItems(map.sequence, scope, node.name);
    return parseJsonList(resolveValue(map.from!, scope), `Step "${node.name}" maps over ${describeRef(map.from!)}`);
  }

  private record(
    node: StepNode,
    id: string,
    iteration: number,
    mapIndex: number | undefined,
    item: unknown,
    fields: Pick<StepRecord, 'phase'> & Partial<StepRecord>,
  ): StepRecord {
    return {
      runId: this.context.runId,
      id,
      stepName: node.name,
      stage: node.stage,
      iteration,
      ...(mapIndex !== undefined && { mapIndex }),
      ...(item !== undefined && { item }),
      attempts: 0,
      outputs: { parameters: {}, artifacts: {} },
      ...fields,
    };
  }

  private emitFinished(node: StepNode, id: string, phase: StepPhase, message?: string): void {
    const at = this.context.now().toISOString();
    const emit = () => this.context.emit({ type: 'step-finished', runId: this.context.runId, stepId: id, stepName: node.name, phase, ...(message !== undefined && { message }), durationMs: 0, at });
    // As the executor does: once what it reports is committed.
    this.context.store.committed().then(emit, emit);
  }

  private async runInstance(node: StepNode, iteration: number, mapIndex?: number, item?: unknown): Promise<InstanceResult> {
    const id = instanceId(node.name, iteration, mapIndex);
    const previous = this.context.previous.get(id);
    // The exit handler is decided again on every resume: the statuses and outputs it reads change.
    if (previous && node.stage === 'main' && isKeptOnResume(previous.phase)) {
      this.emitFinished(node, id, previous.phase, `Kept from the earlier attempt (${previous.phase}).`);
      return { id, phase: previous.phase, outputs: previous.outputs };
    }
    const signal = this.stageSignal(node);
    if (signal.aborted) return { id, phase: 'Cancelled', outputs: { parameters: {}, artifacts: {} } };
    const scope = this.scope(node.name, item, mapIndex !== undefined);
    const { step } = node;
    if (step.when) {
      let holds: boolean;
      try {
        holds = evaluateCondition(step.when, this.conditionScope(scope, `Step "${node.name}"`));
      } catch (error) {
        if (!(error instanceof ResolveError)) throw error;
        const message = `Its condition cannot be evaluated: ${error.message}`;
        this.context.store.saveStep(this.record(node, id, iteration, mapIndex, item, { phase: 'Error', message }));
        this.emitFinished(node, id, 'Error', message);
        return { id, phase: 'Error', outputs: { parameters: {}, artifacts: {} }, message };
      }
      if (!holds) {
        const now = this.context.now().toISOString();
        this.context.store.saveStep(this.record(node, id, iteration, mapIndex, item, { phase: 'Skipped', message: 'Its when condition is false.', startedAt: now, finishedAt: now }));
        this.emitFinished(node, id, 'Skipped', 'Its when condition is false.');
        return { id, phase: 'Skipped', outputs: { parameters: {}, artifacts: {} } };
      }
    }
    // Locks before a slot: a step holding a slot never waits for another run, so runs that
    // share a lock cannot starve each other's slots.
    const holder = await this.takeLocks(step, id, signal);
    if (signal.aborted) {
      if (holder !== undefined) this.context.locks?.release(holder);
      return { id, phase: 'Cancelled', outputs: { parameters: {}, artifacts: {} } };
    }
    await node.concurrent?.acquire();
    await this.global.acquire();
    try {
      if (signal.aborted) return { id, phase: 'Cancelled', outputs: { parameters: {}, artifacts: {} } };
      if (node.stage === 'main') this.fireHooks(node.name, 'Running');
      const retry = step.retry ?? this.context.workflow.spec.retry ?? this.context.defaultRetry;
      return await this.context.executor.execute({
        id,
        step,
        stage: node.stage,
        iteration,
        ...(mapIndex !== undefined && { mapIndex, item }),
        scope,
        ...(retry && { retry }),
        cache: cacheEnabled(step, this.context.workflow, this.context.cache),
        signal,
      });
    } finally {
      this.global.release();
      node.concurrent?.release();
      if (holder !== undefined) this.context.locks?.release(holder);
    }
  }

  /**
   * Takes the step's mutexes and semaphores (all of them, for every retry of the instance) and
   * says who holds them: `<run>/<instance>`. Undefined when the step asks for none. While it
   * waits, a notice names the busy lock and its holders once.
   */
  private async takeLocks(step: Step, id: string, signal: AbortSignal): Promise<string | undefined> {
    const { locks, runId, emit } = this.context;
    const requests = lockRequestsOf(step.synchronization);
    if (requests.length === 0 || !locks) return undefined;
    const holder = `${runId}/${id}`;
    const acquired = await locks.acquire(requests, holder, runId, {
      signal,
      onWait: (busy, holders) =>
        emit({ type: 'notice', runId, stepId: id, message: `Step "${id}" waits for ${describeLock(busy)}, held by ${describeHolders(holders)}.` }),
    });
    return acquired ? holder : undefined;
  }

  /** What references of one instance resolve against. */
  private scope(owner: string, item: unknown, hasItem: boolean): ResolveScope {
    const { workflow, parameters, runId } = this.context;
    return {
      parameter: (name) => {
        const value = ownValue(parameters, name);
        if (value === undefined) throw new ResolveError(`Workflow parameter "${name}" has no value; pass it with --param ${name}=… .`);
        return value;
      },
      stepOutput: (stepName, output) => this.outputOf(stepName, output),
      input: (name) => {
        throw new ResolveError(`Step "${owner}" has no input parameter "${name}".`);
      },
      item: (key) => {
        if (!hasItem) throw new ResolveError(`Step "${owner}" refers to the map item outside a map.`);
        return itemText(item, key);
      },
      workflow: (field) => {
        switch (field) {
          case 'name':
            return workflow.metadata.name;
          case 'namespace':
            return workflow.metadata.namespace ?? 'local';
          case 'uid':
            return runId;
          case 'status':
            return this.workflowStatus;
          case 'duration':
            return String((this.context.now().getTime() - this.startedAt.getTime()) / 1000);
          case 'failures':
            return JSON.stringify(this.failures().map(({ name, phase, message }) => ({ name, phase, message: message ?? '' })));
          default:
            throw new ResolveError(`Unknown workflow field "${field}".`);
        }
      },
    };
  }

  /** A scope for a condition: `owner` names it in messages; `stepStatus` reads the recorded states. */
  private conditionScope(scope: ResolveScope, owner: string): ConditionScope {
    return {
      ...scope,
      owner,
      stepStatus: (name) => {
        const state = this.states.get(name);
        if (!state) throw new ResolveError(`There is no step "${name}".`);
        return stepStatusOf(state.phase, state.mapped ? state.instances.length : undefined);
      },
    };
  }

  private outputOf(stepName: string, output: string): string {
    const join = this.joins.get(stepName);
    if (join) return joinedOutput(join, stepName, output, (value) => resolveValue(value, this.scope(stepName, undefined, false)));
    const state = this.states.get(stepName);
    if (!state) throw new ResolveError(`There is no step "${stepName}".`);
    const outputValue = (result: InstanceResult): string | undefined => {
      if (output === 'result') return result.outputs.result;
      const parameter = ownValue(result.outputs.parameters, output);
      if (parameter !== undefined) return parameter;
      const artifact = ownValue(result.outputs.artifacts, output);
      return artifact ? this.context.artifactPath(artifact.hash) : undefined;
    };
    if (state.mapped && state.status === 'done') {
      return JSON.stringify(
        state.instances.filter((instance) => isSuccess(instance.phase)).map((instance) => {
          const value = outputValue(instance);
          return value === undefined ? null : tryJson(value);
        }),
      );
    }
    const instance = state.instances[0];
    if (!instance || !isSuccess(instance.phase)) {
      const phase = instance?.phase ?? state.phase ?? 'Pending';
      throw new ResolveError(`Output "${output}" of step "${stepName}" has no value: the step ${phase === 'Pending' ? 'has not run' : `is ${phase}`}.`);
    }
    const value = outputValue(instance);
    if (value === undefined) throw new ResolveError(`Step "${stepName}" has no output "${output}".`);
    return value;
  }

  /** Steps (or loops) whose failure fails the run. */
  private failures(): Array<{ name: string; phase: StepPhase; message?: string }> {
    const failed: Array<{ name: string; phase: StepPhase; message?: string }> = [];
    for (const node of this.nodes.values()) {
      // A hook that fails is not a failure of the run (Argo ignores a Failed hook); one that errors is, in finish().
      if (node.stage !== 'main' || node.hook) continue;
      const state = this.state(node.name);
      const phase = state.phase;
      if (phase !== 'Failed' && phase !== 'Error') continue;
      if ((phase === 'Failed' && node.step.continueOn?.failed) || (phase === 'Error' && node.step.continueOn?.error)) continue;
      failed.push({ name: node.name, phase, ...(state.message !== undefined && { message: state.message }) });
    }
    for (const [name, loop] of this.loops.entries()) {
      if (loop.phase === 'Error' && loop.message) failed.push({ name, phase: 'Error', message: loop.message });
    }
    return failed;
  }

  private complete(node: StepNode, phase: StepPhase, message?: string): void {
    const state = this.state(node.name);
    state.status = 'done';
    this.done[node.stage]++;
    state.phase = phase;
    if (message !== undefined) state.message = message;
    else delete state.message;
    this.running--;
    if (node.stage === 'main') {
      // A step answered from the cache succeeded, for its hooks as for what depends on it.
      this.fireHooks(node.name, phase === 'Cached' ? 'Succeeded' : this.callEnd(node, phase));
      const stops = (phase === 'Failed' && !node.step.continueOn?.failed) || (phase === 'Error' && !node.step.continueOn?.error);
      if (stops && this.context.workflow.spec.failFast === true && this.failedFast === undefined) this.failedFast = node.name;
    }
    for (const waiter of this.waiters.get(node.name) ?? []) this.release(waiter);
    for (const callback of this.onDone.get(node.name) ?? []) callback();
    if (node.loop && this.loops.finishStep(node.loop)) this.completeIteration(node.loop, this.loops.state(node.loop.name)!);
    this.checkFinished();
  }

  private release(waiter: StepNode): void {
    const state = this.state(waiter.name);
    state.remaining--;
    if (state.remaining === 0 && state.status === 'waiting' && waiter.stage === this.stage) this.launch(waiter);
  }

  private completeIteration(group: WhileGroup, loop: LoopState): void {
    const body = loop.members.map((name) => this.nodes.get(name)!);
    const end = this.loopEnd(group, loop, body);
    if (end) {
      loop.done = true;
      loop.phase = end.phase;
      if (end.message !== undefined) loop.message = end.message;
      for (const waiter of this.waiters.get(`group:${group.name}`) ?? []) this.release(waiter);
      return;
    }
    const dropped = this.loops.next(group);
    this.forget(dropped, loop.members);
    const again = loop.members.map((name) => this.nodes.get(name)!);
    const inBody = new Set(loop.members);
    this.done.main -= again.length;
    for (const node of again) {
      const state = this.state(node.name);
      state.status = 'waiting';
      state.instances = [];
      delete state.phase;
      delete state.message;
      state.remaining = node.waitKeys.filter((key) => inBody.has(key)).length;
    }
    for (const node of again) if (this.state(node.name).remaining === 0) this.launch(node);
  }

  /** How a loop ends after an iteration, or `undefined` when it runs again. */
  private loopEnd(group: WhileGroup, loop: LoopState, body: StepNode[]): { phase: StepPhase; message?: string } | undefined {
    if (this.mainAbort.signal.aborted) return { phase: 'Cancelled' };
    const failed = body.find((node) => {
      const phase = this.state(node.name).phase;
      return phase === 'Cancelled' || phase === 'Omitted' || ((phase === 'Failed' || phase === 'Error') && !node.step.continueOn?.failed);
    });
    if (failed) return { phase: 'Failed', message: `"${failed.name}" ${this.state(failed.name).phase!.toLowerCase()} in iteration ${loop.iteration}` };
    let again: boolean;
    try {
      again = evaluateCondition(group.condition, this.conditionScope(this.scope(body[0]!.name, undefined, false), `Loop "${group.name}"`));
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
      return { phase: 'Error', message: `The condition of loop "${group.name}" cannot be evaluated after iteration ${loop.iteration}: ${error.message}` };
    }
    if (!again) return { phase: 'Succeeded' };
    if (loop.iteration >= group.maxIterations) {
      this.context.emit({
        type: 'notice',
        runId: this.context.runId,
        message: `Loop "${group.name}" stopped at its cap of ${group.maxIterations} iterations although its condition still holds.`,
      });
      return { phase: 'Succeeded' };
    }
    return undefined;
  }

  private stageDone(stage: 'main' | 'exit'): boolean {
    if (this.done[stage] < this.sizes[stage]) return false;
    return stage !== 'main' || this.loops.allDone();
  }

  private checkFinished(): void {
    if (this.outcome) return;
    // Cancelled: stop as soon as nothing runs any more; what never started stays unrecorded.
    const stopping = this.cancelled || (this.timedOut && this.stage === 'main');
    if (this.stage === 'main' && (this.stageDone('main') || (stopping && this.running === 0))) {
      this.workflowStatus = this.mainPhase();
      if (this.workflowStatus === 'Succeeded') this.readWorkflowOutputs();
      // The workflow's hooks start with its exit handler, before the run is recorded finished.
      this.fireHooks(WORKFLOW, this.workflowStatus);
      if (this.cancelled || !(this.context.workflow.spec.onExit?.length)) this.stage = 'exit';
      else this.startStage('exit');
    }
    if (this.stage === 'exit' && (this.stageDone('exit') || (this.cancelled && this.running === 0)) && this.hooksRunning === 0) this.finish();
  }

  /**
   * The workflow's outputs, read as Argo reads its entry template's outputs: once the main steps
   * are done, before the exit handler; an output artifact (`firstOf` over artifacts, Argo's
 * `fromExpression`) reads as the stored path of the first succeeded step's artifact. One that cannot be read (no `firstOf` step succeeded, an
   * output its step never wrote) makes the run an Error, naming the output.
   */
  private readWorkflowOutputs(): void {
    // An output artifact's value is the path of the chosen step's stored artifact.
    const declared: ReadonlyArray<WorkflowOutputParameter> = [...(this.context.workflow.spec.outputs?.parameters ?? []), ...(this.context.workflow.spec.outputs?.artifacts ?? [])];
    if (declared.length === 0) return;
    const outputs = userKeyed<string>();
    const scope = this.scope('spec.outputs', undefined, false);
    for (const output of declared) {
      try {
        if (output.value !== undefined) {
          outputs[output.name] = resolveValue(output.value, scope);
          continue;
        }
        const chosen = (output.firstOf ?? []).find((ref) => this.states.get(ref.step)?.instances.some((instance) => isSuccess(instance.phase)));
        if (!chosen) throw new ResolveError(`none of its steps (${(output.firstOf ?? []).map((ref) => `"${ref.step}"`).join(', ')}) succeeded.`);
        outputs[output.name] = this.outputOf(chosen.step, chosen.output);
      } catch (error) {
        if (!(error instanceof ResolveError)) throw error;
        this.workflowStatus = 'Error';
        this.outputsError = `Workflow output "${output.name}" has no value: ${error.message}`;
        return;
      }
    }
    this.workflowOutputs = outputs;
  }

  private mainPhase(): RunPhase {
    if (this.cancelled) return 'Cancelled';
    if (this.timedOut) return 'Failed';
    const failures = this.failures();
    if (failures.some((failure) => failure.phase === 'Failed')) return 'Failed';
    if (failures.length > 0) return 'Error';
    return 'Succeeded';
  }

  private finish(): void {
    if (this.outcome) return;
    this.stage = 'finished';
    let phase = this.workflowStatus;
    let message: string | undefined;
    if (phase === 'Cancelled') message = 'Cancelled; finished steps are kept, `couler resume` continues the run.';
    else if (this.timedOut) message = `The workflow timed out after ${this.context.workflow.spec.timeoutSeconds} s (spec.timeoutSeconds).`;
    else {
      const failures = this.failures();
      const first = failures[0];
      if (first) {
        const more = failures.length > 1 ? ` (and ${failures.length - 1} more: ${failures.slice(1).map((failure) => `"${failure.name}"`).join(', ')})` : '';
        message = `Step "${first.name}" ${first.phase === 'Error' ? 'errored' : 'failed'}${more}: ${first.message ?? first.phase}`;
      }
    }
    if (!this.cancelled) {
      const exitFailure = [...this.nodes.values()].find((node) => node.stage === 'exit' && ['Failed', 'Error'].includes(this.state(node.name).phase ?? ''));
      if (exitFailure && phase === 'Succeeded') {
        phase = 'Failed';
        message = `Exit handler step "${exitFailure.name}" failed: ${this.state(exitFailure.name).message ?? ''}`;
      }
    }
    if (!this.cancelled && phase === 'Succeeded') {
      // Argo: a hook that ends Error fails what it is attached to; one that ends Failed is ignored.
      const hookError = [...this.nodes.values()].find((node) => node.hook && this.state(node.name).phase === 'Error');
      if (hookError) {
        phase = 'Error';
        message = `Hook step "${hookError.name}" errored: ${this.state(hookError.name).message ?? ''}`;
      }
    }
    if (this.outputsError !== undefined && phase === 'Error' && message === undefined) message = this.outputsError;
    this.outcome = { phase, ...(message !== undefined && { message }), ...(this.workflowOutputs && phase === 'Succeeded' && { outputs: this.workflowOutputs }) };
    this.resolveFinished(this.outcome);
  }
}

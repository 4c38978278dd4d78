import { dependenciesOf, hookTrigger, refsOfCondition, refsOfStep, refsOfValue, stepGraphOf, topologicalOrder, type HookStatus, type Ref, type Step, type SubWorkflow, type WhileGroup, type Workflow } from '@couler/ir';
import { callOutputOf, type CallOutput } from './call-outputs';
import { PythonNames } from './python-names';

/** What a task of the DAG does. */
export type DagTaskRole = 'step' | 'branch' | 'items' | 'check' | 'status' | 'watcher';

/**
 * One Airflow task, before it is written: its id, the IR step it comes from, the tasks it waits
 * for and its trigger rule. A task id is also the task's Python variable (Ruff's AIR001 wants
 * them equal), so it is the step name in snake_case (`flip-coin` → `flip_coin`); tasks the
 * backend adds end in `__when`, `__items`, `__check_<n>`, later loop iterations in `__<n>`.
 */
export interface DagTask {
  readonly taskId: string;
  readonly role: DagTaskRole;
  /** The IR step (for `step`, `branch` and `items` tasks). */
  readonly step?: Step;
  readonly phase: 'main' | 'exit';
  /** For tasks of an unrolled `execWhile`: the iteration, from 1. */
  readonly iteration?: number;
  /** For `check` tasks: the loop. For `check` and `branch` tasks: the task ids they choose. */
  readonly loop?: WhileGroup;
  readonly next?: ReadonlyArray<string>;
  /** Concurrent group (TaskGroup) the task is written in. */
  readonly group?: string;
  upstream: string[];
  /**
   * A hook: an Airflow 2.7+ teardown task (`.as_teardown()`) after the step it watches (a
   * workflow's status hook: after every main task), so it runs whatever the step's result and
   * its own result does not decide the DAG run's.
   */
  teardown?: true;
  /** Of a status hook: what its `pre_execute` check reads before the hook runs (see status-hook). */
  statusHook?: StatusHookCheck;
  triggerRule?: 'none_failed' | 'none_failed_min_one_success' | 'all_done' | 'one_failed';
}

/**
 * Whether a mapped step decides its condition per map index, in the mapped task itself (its
 * `pre_execute` raises `AirflowSkipException`): the condition reads the map item, directly or
 * through an input parameter, which a branch task in front of the mapped task does not have.
 */
export function decidesItself(step: Step): boolean {
  if (step.map === undefined || step.when === undefined) return false;
  const readsItem = (ref: Ref, seen: ReadonlySet<string>): boolean => {
    if (ref.ref === 'item') return true;
    if (ref.ref !== 'input' || seen.has(ref.name)) return false;
    const input = step.inputs?.parameters?.find((parameter) => parameter.name === ref.name);
    return refsOfValue(input?.value).some((inner) => readsItem(inner, new Set([...seen, ref.name])));
  };
  return refsOfCondition(step.when).some((ref) => readsItem(ref, new Set()));
}

/**
 * What a status hook's check reads: the task instances it watches, and the statuses (Argo's
 * phases) it runs on. A step's hook watches the step's task; a workflow's watches the DAG run's
 * effective leaves (`wholeRun`), whose states decide the run's as `DagRun.update_state` reads them.
 */
export interface StatusHookCheck {
  readonly watched: ReadonlyArray<string>;
  readonly statuses: ReadonlyArray<HookStatus>;
  readonly wholeRun: boolean;
}

/** The step a step's hook watches (`hook: { of }`); undefined for other steps and the workflow's hooks. */
export function watchedStepOf(step: Step): string | undefined {
  return step.hook?.of;
}

/** Whether a step is a status hook of the whole workflow (`hook: { on: { status } }` without `of`). */
function isWorkflowStatusHook(step: Step): boolean {
  return step.hook !== undefined && step.hook.of === undefined && step.hook.on !== 'exit';
}

/**
 * The IR graph does not link a hook to what it watches: each step's hook is placed right after the
 * step it watches, the workflow's status hooks after every other main step.
 */
function hooksAfterTheirSteps(workflow: Workflow, order: ReadonlyArray<string>): string[] {
  const hooksOf = new Map<string, string[]>();
  for (const step of workflow.spec.steps) {
    const watched = watchedStepOf(step);
    if (watched !== undefined) hooksOf.set(watched, [...(hooksOf.get(watched) ?? []), step.name]);
  }
  const last = workflow.spec.steps.filter(isWorkflowStatusHook).map((step) => step.name);
  const hooks = new Set([...hooksOf.values()].flat().concat(last));
  const mainSteps = new Set(workflow.spec.steps.map((step) => step.name));
  const steps = order.filter((name) => !hooks.has(name)).flatMap((name) => [name, ...(hooksOf.get(name) ?? [])]);
  // Exit-handler steps stay last.
  const lastMain = steps.findLastIndex((name) => mainSteps.has(name));
  return [...steps.slice(0, lastMain + 1), ...last, ...steps.slice(lastMain + 1)];
}

/**
 * Whether a step decides its condition in its own task (see decidesItself). Inside a task group,
 * every conditional step does: a branch task would have to name the task it chooses by its id
 * with the group's prefix, and in a mapped group skip that task at its own map index only;
 * raising AirflowSkipException in the task skips exactly that task instance.
 */
export function decidesInTask(step: Step, inGroup: boolean): boolean {
  return decidesItself(step) || (inGroup && step.when !== undefined);
}

/**
 * Whether a step inside the definition may be skipped (in a call nested in it too): by a
 * condition, or as a map over an empty list, which Airflow skips. The call's readers then wait past a skip.
 */
function skipsInside(definition: SubWorkflow, definitions: ReadonlyArray<SubWorkflow>, seen: ReadonlySet<string> = new Set()): boolean {
  return definition.steps.some((step) => {
    if (step.when !== undefined || step.map?.from !== undefined || step.map?.items?.length === 0) return true;
    if (step.kind !== 'subWorkflow' || seen.has(step.subWorkflow.name)) return false;
    const callee = definitions.find((candidate) => candidate.name === step.subWorkflow.name);
    return callee !== undefined && skipsInside(callee, definitions, new Set([...seen, definition.name]));
  });
}

/** The task that builds the arguments of a task's step mapped at run time (its `items` task), in the same iteration. */
export function itemsTaskOf(plan: DagPlan, task: DagTask): string {
  return plan.tasks.find((other) => other.role === 'items' && other.step === task.step && other.iteration === task.iteration)!.taskId;
}

/**
 * The first task of every call's task group: it receives the call's arguments and hands them on
 * (see sub-workflow-groups); a branch in front of a call with `when` chooses it. No step's task
 * id has a double underscore.
 */
export const GATE_TASK = 'call__arguments';

/** How many map indexes a mapped task has: the literal items' count, or the task that builds its arguments at run time. */
export type MapSize = number | { readonly itemsTask: string };

export interface DagPlan {
  /** Tasks in the order they are written: dependencies first, ties by id. */
  readonly tasks: ReadonlyArray<DagTask>;
  /** Python names in use (task ids among them), for the functions the file defines. */
  readonly names: PythonNames;
  /** The task of a step in a given iteration (none outside loops), or in the last iteration. */
  taskIdOf(stepName: string, iteration?: number): string;
  /** For a reader outside a loop: every iteration's task of a loop step, first to last. */
  iterationsOf(stepName: string): ReadonlyArray<string>;
  loopOf(stepName: string): WhileGroup | undefined;
  /** Of a mapped step, in an iteration (none outside loops): its map size; undefined when not mapped. */
  mapSizeOf(stepName: string, iteration?: number): MapSize | undefined;
  /** Of a sub-workflow call, where one of its outputs (or output artifacts) is inside its task group; undefined for other steps. */
  callOutputOf(stepName: string, output: string, artifact?: boolean): CallOutput | undefined;
  /** The tasks of a sub-workflow's body, written in its task group function: they read each other relative to their call. */
  readonly inGroup: boolean;
}


/**
 * Lays the workflow out as Airflow tasks. A step with `when` gets a branch task in front of it,
 * unless it is mapped and its condition reads the item: then each map index decides for itself;
 * a step mapped over another step's output gets a task that builds the mapped arguments; an
 * `execWhile` is unrolled into `maxIterations` copies of its body with a branch between
 * iterations; exit-handler steps wait for every main task with `all_done`, and a watcher task
 * fails the run when a main task failed (the exit handler's success would hide it otherwise); a
 * step's exit hook is a teardown task right after the step (the watcher leaves it out).
 *
 * A call with `when` gets a branch task too, which chooses the first task inside the call's group,
 * its gate (the arguments task). The body of a definition run by such a call is planned `gated`:
 * its tasks that wait past a skip also wait for the gate and need one success
 * (none_failed_min_one_success), so that with the gate skipped all of the call is skipped, and
 * with the gate run, they run as none_failed would (as the iterations of a loop do).
 *
 * Skipping: a step whose condition is false is skipped (a map index whose item fails it, alone),
 * and so are later loop iterations; inside a task group (`inGroup`), a conditional step skips itself.
 * Steps that wait for one of those, or for a call whose body may skip a step, use `none_failed`, as the
 * local engine and Argo run a step after a skipped dependency (and after a mapped one whose
 * indexes were partly skipped).
 */
export function planDag(workflow: Workflow, definitions: ReadonlyArray<SubWorkflow> = workflow.spec.subWorkflows ?? [], inGroup = false, gated = false): DagPlan {
  const names = new PythonNames();
  const ids = new Map<string, string>();
  /** The Python-safe task id of a logical id (`flip-coin`, `flip-coin.2`, `heads.when` …). */
  const idOf = (logical: string) => {
    let id = ids.get(logical);
    if (id === undefined) {
      id = names.allocate(logical);
      ids.set(logical, id);
    }
    return id;
  };
  const iterationTaskId = (name: string, iteration: number | undefined) => idOf(iteration === undefined || iteration === 1 ? name : `${name}.${iteration}`);
  // Steps claim their natural names first.
  for (const step of [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])]) idOf(step.name);
  const loops = new Map<string, WhileGroup>();
  for (const group of workflow.spec.groups ?? []) if (group.kind === 'while') for (const name of group.steps) loops.set(name, group);
  const concurrentOf = new Map<string, string>();
  const branchOrder = new Map<string, string>();
  for (const group of workflow.spec.groups ?? []) {
    if (group.kind !== 'concurrent') continue;
    for (const branch of group.branches) {
      branch.forEach((name, index) => {
        concurrentOf.set(name, group.name);
        if (index > 0) branchOrder.set(name, branch[index - 1]!);
      });
    }
  }
  // The plain-array graph validation built (graphology's costs more than the plan at 100k steps).
  const order = hooksAfterTheirSteps(workflow, topologicalOrder(stepGraphOf(workflow)).order);
  const steps = new Map<string, { step: Step; phase: 'main' | 'exit' }>();
  for (const step of workflow.spec.steps) steps.set(step.name, { step, phase: 'main' });
  for (const step of workflow.spec.onExit ?? []) steps.set(step.name, { step, phase: 'exit' });

  const depsOf = (step: Step) => {
    // A step's hook waits for the step it watches (see watchedStepOf); it has no dependencies of its own.
    const watched = watchedStepOf(step);
    if (watched !== undefined) return [watched];
    const deps = dependenciesOf(step).filter((name) => steps.has(name));
    const previous = branchOrder.get(step.name);
    if (previous !== undefined && !deps.includes(previous)) deps.push(previous);
    return deps;
  };
  const iterations = (name: string) => loops.get(name)?.maxIterations ?? 1;
  const taskIdOf = (name: string, iteration?: number) => {
    const loop = loops.get(name);
    if (loop === undefined) return idOf(name);
    return iterationTaskId(name, iteration ?? loop.maxIterations);
  };
  const logicalId = (name: string, iteration: number | undefined) => (iteration === undefined || iteration === 1 ? name : `${name}.${iteration}`);
  /** The task a step's dependencies attach to: its branch, its items task, or itself. */
  const entryOf = (step: Step, iteration: number | undefined) => {
    const logical = logicalId(step.name, iteration);
    return idOf(hasBranch(step) ? `${logical}.when` : step.map?.from ? `${logical}.items` : logical);
  };
  const bodyRoots = (loop: WhileGroup) => loop.steps.filter((name) => depsOf(steps.get(name)!.step).every((dep) => !loop.steps.includes(dep)));
  const bodyLeaves = (loop: WhileGroup) => loop.steps.filter((name) => !loop.steps.some((other) => depsOf(steps.get(other)!.step).includes(name)));

  const mainStepNames = new Set(workflow.spec.steps.map((step) => step.name));
  /** Main steps whose outputs an exit-handler step reads: its branch runs it only if they were produced. */
  const mainOutputsRead = (step: Step) => (steps.get(step.name)?.phase === 'exit' ? refsOfStep(step).filter(({ ref }) => ref.ref === 'step' && mainStepNames.has(ref.step)).map(({ ref }) => ref) : []);
  const hasBranch = (step: Step) => (step.when !== undefined && !decidesInTask(step, inGroup)) || mainOutputsRead(step).length > 0;
  const callSkipsInside = (step: Step) => {
    if (step.kind !== 'subWorkflow') return false;
    const definition = definitions.find((candidate) => candidate.name === step.subWorkflow.name);
    return definition !== undefined && skipsInside(definition, definitions);
  };

  const tasks: DagTask[] = [];
  const skippable = new Set<string>();
  /** Tasks skipped while their iteration runs: by a condition, or a map over an empty list (Airflow skips it). */
  const skippedInPlace = new Set<string>();
  const emitted = new Set<string>();
  const emitStep = (step: Step, phase: 'main' | 'exit', iteration: number | undefined, predecessors: string[]) => {
    const logical = logicalId(step.name, iteration);
    const taskId = idOf(logical);
    const group = concurrentOf.get(step.name);
    const base = { step, phase, ...(iteration !== undefined && { iteration }), ...(group !== undefined && { group }) };
    let upstream = predecessors;
    if (hasBranch(step)) {
      const branchId = idOf(`${logical}.when`);
      tasks.push({ ...base, taskId: branchId, role: 'branch', upstream, next: [step.map?.from ? idOf(`${logical}.items`) : step.kind === 'subWorkflow' ? `${taskId}.${GATE_TASK}` : taskId] });
      upstream = [branchId];
    }
    if (step.map?.from) {
      const itemsId = idOf(`${logical}.items`);
      tasks.push({ ...base, taskId: itemsId, role: 'items', upstream });
      upstream = [itemsId];
    }
    tasks.push({ ...base, taskId, role: 'step', upstream });
    const inPlace = hasBranch(step) || decidesInTask(step, inGroup) || callSkipsInside(step) || step.map?.from !== undefined || step.map?.items?.length === 0;
    if (inPlace) for (const id of [taskId, ...(step.map?.from ? [idOf(`${logical}.items`)] : [])]) skippedInPlace.add(id);
    if (inPlace || (iteration !== undefined && iteration > 1)) skippable.add(taskId);
  };

  for (const name of order) {
    const entry = steps.get(name);
    if (entry === undefined || emitted.has(name)) continue;
    const loop = loops.get(name);
    if (loop === undefined) {
      emitted.add(name);
      emitStep(entry.step, entry.phase, undefined, depsOf(entry.step).map((dep) => taskIdOf(dep)));
      continue;
    }
    // The whole loop is written when its first body step comes up: the body's outside
    // dependencies all come earlier in topological order.
    const body = order.filter((member) => loop.steps.includes(member));
    const roots = bodyRoots(loop);
    for (let iteration = 1; iteration <= loop.maxIterations; iteration += 1) {
      for (const member of body) {
        const { step, phase } = steps.get(member)!;
        const inside = depsOf(step).filter((dep) => loop.steps.includes(dep)).map((dep) => iterationTaskId(dep, iteration));
        const outside = depsOf(step).filter((dep) => !loop.steps.includes(dep)).map((dep) => taskIdOf(dep));
        const predecessors = iteration === 1 ? [...outside, ...inside] : roots.includes(member) ? [idOf(`${loop.name}.check-${iteration - 1}`)] : inside;
        emitStep(step, phase, iteration, predecessors);
      }
      if (iteration < loop.maxIterations) {
        const checkId = idOf(`${loop.name}.check-${iteration}`);
        tasks.push({
          taskId: checkId,
          role: 'check',
          phase: 'main',
          iteration,
          loop,
          next: roots.map((root) => entryOf(steps.get(root)!.step, iteration + 1)),
          upstream: bodyLeaves(loop).map((leaf) => iterationTaskId(leaf, iteration)),
        });
        if (iteration > 1) skippable.add(checkId);
      }
    }
    for (const member of body) emitted.add(member);
  }

  // Trigger rules: wait past skipped tasks (none_failed), except where the skip is a loop that
  // ended: its next iteration is skipped from its first tasks on, and all_success carries that
  // through the iteration. A task of iteration n > 1 that must wait past a skip also waits for the
  // check that started its iteration (skipped when the loop ended, see the check task) and runs
  // only if one upstream task succeeded (none_failed_min_one_success): in an iteration that never
  // started, everything it waits for was skipped.
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const loopOfTask = (task: DagTask) => task.loop ?? (task.step && loops.get(task.step.name));
  for (const task of tasks) {
    const loop = loopOfTask(task);
    const pastSkip = task.upstream.some((id) => {
      const other = loopOfTask(byId.get(id)!);
      return (skippable.has(id) && (loop === undefined || other !== loop)) || (loop !== undefined && other === loop && skippedInPlace.has(id));
    });
    if (!pastSkip) continue;
    const iteration = task.iteration ?? 1;
    if (gated && (loop === undefined || iteration === 1)) {
      task.upstream.push(GATE_TASK);
      task.triggerRule = 'none_failed_min_one_success';
      continue;
    }
    if (loop === undefined || iteration === 1) {
      task.triggerRule = 'none_failed';
      continue;
    }
    const started = idOf(`${loop.name}.check-${iteration - 1}`);
    if (!task.upstream.includes(started)) task.upstream.push(started);
    task.triggerRule = 'none_failed_min_one_success';
  }

  // A teardown's trigger rule is Airflow's all_done_setup_success, set by as_teardown(): with no
  // setup task upstream it runs once the watched step is done, whatever its state.
  for (const task of tasks) {
    if (task.role !== 'step' || task.step!.hook === undefined) continue;
    task.teardown = true;
    delete task.triggerRule;
  }
  placeStatusHooks(tasks, taskIdOf);

  const exitTasks = tasks.filter((task) => task.phase === 'exit');
  if (exitTasks.length > 0) {
    const main = tasks.filter((task) => task.phase === 'main');
    const sinks = main.filter((task) => !main.some((other) => other.upstream.includes(task.taskId))).map((task) => task.taskId);
    // A hook's failure does not fail the run (it is a teardown), nor turn workflow.status to Failed.
    const decisive = main.filter((task) => !task.teardown).map((task) => task.taskId);
    const firstExit = new Set(exitTasks.filter((task) => task.upstream.length === 0).map((task) => task.taskId));
    // The workflow's status, for exit steps that read it: a task that runs only if no main task
    // failed (none_failed) and says so in XCom; when it did not run, the workflow failed.
    const readsStatus = (workflow.spec.onExit ?? []).some((step) => refsOfStep(step).some(({ ref }) => ref.ref === 'workflow' && ref.field === 'status'));
    const statusTasks: DagTask[] = readsStatus ? [{ taskId: idOf('couler_status'), role: 'status', phase: 'main', upstream: decisive, triggerRule: 'none_failed' }] : [];
    for (const task of exitTasks) {
      if (firstExit.has(task.taskId)) {
        task.upstream = [...sinks, ...statusTasks.map((status) => status.taskId)];
        task.triggerRule = 'all_done';
      }
    }
    tasks.splice(tasks.indexOf(exitTasks[0]!), 0, ...statusTasks);
    tasks.push({ taskId: idOf('couler_watcher'), role: 'watcher', phase: 'main', upstream: decisive, triggerRule: 'one_failed' });
  }

  return {
    tasks,
    names,
    taskIdOf,
    iterationsOf: (name) => Array.from({ length: iterations(name) }, (_, index) => iterationTaskId(name, index + 1)),
    loopOf: (name) => loops.get(name),
    mapSizeOf: (name, iteration) => {
      const map = steps.get(name)?.step.map;
      if (map === undefined) return undefined;
      if (map.items !== undefined) return map.items.length;
      const loop = loops.get(name);
      return { itemsTask: idOf(`${logicalId(name, loop === undefined ? undefined : iteration ?? loop.maxIterations)}.items`) };
    },
    callOutputOf: (name, output, artifact) => callOutputOf(workflow.spec.steps, definitions, name, output, artifact),
    inGroup,
  };
}

/**
 * Gives each status hook what its check reads, and places the workflow's after every main task
 * (the step hooks' teardowns too, so that it runs last, as Argo's does when the workflow ends).
 * The workflow's read the effective leaves: the main tasks whose downstream tasks are all
 * teardowns, the only ones `DagRun.update_state` reads (`_tis_for_dagrun_state`). A failure
 * anywhere reaches one of them, as failed or upstream_failed.
 */
function placeStatusHooks(tasks: DagTask[], taskIdOf: (stepName: string) => string): void {
  const hooks = tasks.filter((task) => task.role === 'step' && task.phase === 'main' && task.step!.hook !== undefined && task.step!.hook.on !== 'exit');
  if (hooks.length === 0) return;
  const others = tasks.filter((task) => task.phase === 'main' && !(task.role === 'step' && isWorkflowStatusHook(task.step!)));
  // Sets, not a search per task: a workflow may have 100k steps.
  const waitedFor = new Set(others.flatMap((task) => task.upstream));
  const waitedForByWork = new Set(others.filter((task) => !task.teardown).flatMap((task) => task.upstream));
  const sinks = others.filter((task) => !waitedFor.has(task.taskId)).map((task) => task.taskId);
  const leaves = others.filter((task) => !task.teardown && !waitedForByWork.has(task.taskId)).map((task) => task.taskId);
  for (const task of hooks) {
    const hook = task.step!.hook!;
    const statuses = hookTrigger(hook) as ReadonlyArray<HookStatus>;
    if (hook.of !== undefined) {
      task.statusHook = { watched: [taskIdOf(hook.of)], statuses, wholeRun: false };
      continue;
    }
    task.upstream = sinks;
    task.statusHook = { watched: leaves, statuses, wholeRun: true };
  }
}

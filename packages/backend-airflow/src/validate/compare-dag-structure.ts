import { dependenciesOf, type Step, type Workflow } from '@couler/ir';
import type { AirflowDagSummary } from '../compile/compile-to-airflow';
import { decidesItself } from '../compile/dag-plan';
import { gitContainerName } from '../compile/git-init-container';
import { SHARED_VOLUME, TRANSFER_CONTAINER } from '../compile/pod-transfer';
import { compareTaskGroups } from './compare-task-groups';

type Literal = { readonly value: unknown } | { readonly code: string };

/** A task as the AST shows it. */
export interface DagStructureTask {
  readonly taskId: string | null;
  readonly variable: string;
  /** `KubernetesPodOperator`, `task` or `task.branch`. */
  readonly operator: string;
  readonly keywords: Readonly<Record<string, Literal>>;
  readonly mapped?: 'expand' | 'expand_kwargs';
  readonly expand?: Readonly<Record<string, Literal>>;
  /** For pods: the `name`s of `full_pod_spec`'s containers and mounts, of `volumes`, `volume_mounts` and `init_containers`. */
  readonly pod?: {
    readonly containers: ReadonlyArray<string>;
    readonly containerMounts: ReadonlyArray<string>;
    readonly volumes: ReadonlyArray<string>;
    readonly volumeMounts: ReadonlyArray<string>;
    readonly initContainers?: ReadonlyArray<string>;
  };
  /** For TaskFlow tasks: the function's source and the call's arguments. */
  readonly function?: string;
  readonly body?: string;
  readonly call?: Readonly<Record<string, unknown>>;
}

/** What `read-dag-structure.py` prints. */
export interface DagStructure {
  readonly dagId: string | null;
  readonly params: ReadonlyArray<string>;
  readonly dagKeywords: Readonly<Record<string, Literal>>;
  readonly tasks: ReadonlyArray<DagStructureTask>;
  readonly dependencies: ReadonlyArray<{ readonly upstream: ReadonlyArray<string>; readonly downstream: string }>;
  /** Variables of the tasks marked `.as_teardown()` (hooks). */
  readonly teardowns?: ReadonlyArray<string>;
  /** Names of every function the file defines. */
  readonly definedFunctions?: ReadonlyArray<string>;
  /** Each `@task_group` function: its parameters, and the tasks and dependencies inside it. */
  readonly taskGroups?: Readonly<Record<string, DagStructureGroup>>;
}

/** A task group function as the AST shows it. */
export interface DagStructureGroup {
  readonly parameters: ReadonlyArray<string>;
  readonly tasks: ReadonlyArray<DagStructureTask>;
  readonly dependencies: DagStructure['dependencies'];
}

/** Upstream task ids of each task id, from the `>>` statements. */
export function upstreamOf(structure: Pick<DagStructure, 'tasks' | 'dependencies'>): Map<string, Set<string>> {
  const idOf = new Map(structure.tasks.map((task) => [task.variable, task.taskId ?? task.variable]));
  const upstream = new Map<string, Set<string>>(structure.tasks.map((task) => [task.taskId ?? task.variable, new Set<string>()]));
  for (const dependency of structure.dependencies) {
    const target = idOf.get(dependency.downstream) ?? dependency.downstream;
    for (const source of dependency.upstream) upstream.get(target)?.add(idOf.get(source) ?? source);
  }
  return upstream;
}

/** Every task id a task waits for, directly or not. */
export function ancestorsOf(upstream: ReadonlyMap<string, ReadonlySet<string>>, taskId: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(upstream.get(taskId) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(upstream.get(next) ?? []));
  }
  return seen;
}

const sameSet = (a: Iterable<string>, b: Iterable<string>) => {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
};

/** A pod moving artifacts has the transfer sidecar, and both containers mount the shared emptyDir. */
function transferProblems(stepName: string, task: DagStructureTask): string[] {
  const pod = task.pod;
  const problems: string[] = [];
  if (!pod?.containers.includes(TRANSFER_CONTAINER)) problems.push(`Step "${stepName}" moves artifacts, but its pod has no "${TRANSFER_CONTAINER}" sidecar.`);
  else if (!pod.containerMounts.includes(SHARED_VOLUME)) problems.push(`The "${TRANSFER_CONTAINER}" sidecar of step "${stepName}" does not mount "${SHARED_VOLUME}".`);
  if (!pod?.volumes.includes(SHARED_VOLUME) || !pod.volumeMounts.includes(SHARED_VOLUME)) problems.push(`Step "${stepName}" moves artifacts, but its pod does not declare and mount the "${SHARED_VOLUME}" volume.`);
  return problems;
}

/** Whether a task's `pre_execute` is a function the file defines. */
function hasPreExecute(structure: DagStructure, task: DagStructureTask): boolean {
  const hook = task.keywords.pre_execute;
  return hook !== undefined && 'code' in hook && structure.definedFunctions?.includes(hook.code) === true;
}

/** A pod with Git input artifacts clones each in its init container, into the shared volume its `base` mounts. */
function cloneProblems(step: Step, task: DagStructureTask): string[] {
  const problems: string[] = [];
  (step.inputs?.artifacts ?? []).forEach((artifact, index) => {
    if (artifact.location?.type !== 'git') return;
    if (!task.pod?.initContainers?.includes(gitContainerName(index))) problems.push(`Step "${step.name}" reads Git artifact "${artifact.name}", but its pod has no "${gitContainerName(index)}" init container to clone it.`);
  });
  if (problems.length === 0 && (step.inputs?.artifacts ?? []).some((artifact) => artifact.location?.type === 'git') && (!task.pod?.volumes.includes(SHARED_VOLUME) || !task.pod.volumeMounts.includes(SHARED_VOLUME))) {
    problems.push(`Step "${step.name}" reads Git artifacts, but its pod does not declare and mount the "${SHARED_VOLUME}" volume they are cloned into.`);
  }
  return problems;
}

/**
 * Whether a step's task is what the step needs: a pod (a worker task for a script), a wait for a
 * suspend step, expanded when the step fans out. `named` is how the messages name the step.
 */
export function stepTaskProblems(step: Step, task: DagStructureTask, named: string): string[] {
  const problems: string[] = [];
  const inPod = step.kind === 'container' || step.kind === 'script' || step.kind === 'job' || step.kind === 'resource';
  if (inPod && task.operator !== 'KubernetesPodOperator' && !(step.kind === 'script' && task.operator === 'task')) problems.push(`${named} runs as ${task.operator}, not in a pod.`);
  if (step.kind === 'suspend' && task.operator !== 'WaitSensor' && task.operator !== 'task') problems.push(`${named} is a suspend step, but runs as ${task.operator}, not as a wait.`);
  if (step.map !== undefined && step.kind !== 'subWorkflow' && task.mapped === undefined) problems.push(`${named} is mapped, but its task is not expanded.`);
  return problems;
}

/**
 * Differences between a DAG file's AST and (1) the workflow: its id, params, one task per step,
 * every dependency kept (the upstream step's task is an ancestor), pods for container and script
 * steps; (2) the compiler's summary: exactly its task ids, operators, upstreams, trigger rules.
 */
export function compareDagStructure(structure: DagStructure, options: { workflow?: Workflow; summary?: AirflowDagSummary }): string[] {
  const problems: string[] = [];
  const upstream = upstreamOf(structure);
  const tasks = new Map(structure.tasks.map((task) => [task.taskId ?? '', task]));
  for (const task of structure.tasks) if (task.taskId === null) problems.push(`Task variable "${task.variable}" has no literal task_id.`);
  if (structure.tasks.length !== tasks.size) problems.push('Two tasks share a task_id.');
  for (const dependency of structure.dependencies) {
    for (const name of [...dependency.upstream, dependency.downstream]) {
      if (!structure.tasks.some((task) => task.variable === name)) problems.push(`A dependency names "${name}", which is not a task.`);
    }
  }

  const { workflow, summary } = options;
  // Without the compiler's summary, a step's task id is its name in snake_case.
  const taskOf = (name: string) => summary?.stepTasks[name] ?? name.replace(/-/g, '_');
  if (workflow) {
    if (structure.dagId !== workflow.metadata.name) problems.push(`The DAG id is ${JSON.stringify(structure.dagId)}, not "${workflow.metadata.name}".`);
    if (!sameSet(structure.params, (workflow.spec.parameters ?? []).map((parameter) => parameter.name))) {
      problems.push(`The DAG params are [${structure.params.join(', ')}], not the workflow's parameters.`);
    }
    const ancestors = (taskId: string) => ancestorsOf(upstream, taskId);
    const concurrentPrevious = new Map<string, string>();
    for (const group of workflow.spec.groups ?? []) if (group.kind === 'concurrent') for (const branch of group.branches) for (const [index, name] of branch.entries()) if (index > 0) concurrentPrevious.set(name, branch[index - 1]!);
    for (const step of [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])]) {
      const task = tasks.get(taskOf(step.name));
      if (task === undefined) {
        problems.push(`Step "${step.name}" has no task.`);
        continue;
      }
      problems.push(...stepTaskProblems(step, task, `Step "${step.name}"`));
      // The sidecar moves artifacts with a location of their own, and (with the artifactStore setting) the rest, which XCom carries otherwise.
      const explicit = (step.inputs?.artifacts ?? []).some((artifact) => artifact.location !== undefined && artifact.location.type !== 'git') || (step.outputs?.artifacts ?? []).some((artifact) => artifact.location !== undefined);
      const planned = summary?.tasks.find((entry) => entry.taskId === task.taskId)?.sidecar === true;
      if ((explicit || planned || task.pod?.containers.includes(TRANSFER_CONTAINER)) && task.operator === 'KubernetesPodOperator') problems.push(...transferProblems(step.name, task));
      if (task.operator === 'KubernetesPodOperator') problems.push(...cloneProblems(step, task));
      const checked = hasPreExecute(structure, task);
      if (decidesItself(step)) {
        if (!checked) problems.push(`Mapped step "${step.name}" has a condition on its item, but no pre_execute function of its task decides it.`);
      } else if (step.hook !== undefined && step.hook.on !== 'exit' && !checked) {
        problems.push(`Hook "${step.name}" runs on a status, but no pre_execute function of its task checks it: it would run whatever the status.`);
      } else if (step.when !== undefined && tasks.get(`${taskOf(step.name)}__when`)?.operator !== 'task.branch') problems.push(`Step "${step.name}" has a condition, but no branch task decides it.`);
      const above = ancestors(taskOf(step.name));
      const previous = concurrentPrevious.get(step.name);
      for (const dependency of [...dependenciesOf(step), ...(previous === undefined ? [] : [previous])]) {
        if (!above.has(taskOf(dependency))) problems.push(`Step "${step.name}" depends on "${dependency}", but the DAG does not run it after that step.`);
      }
    }
    const owners = new Set([
      ...[...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => taskOf(step.name)),
      ...(workflow.spec.groups ?? []).map((group) => group.name.replace(/-/g, '_')),
      'couler_watcher',
      'couler_status',
    ]);
    for (const task of structure.tasks) {
      const id = task.taskId ?? '';
      if (!owners.has(id.split('__')[0]!)) problems.push(`Task "${id}" belongs to no step of the workflow.`);
    }
  }
  if (workflow && summary?.taskGroups) problems.push(...compareTaskGroups(structure, workflow, summary.taskGroups, summary.stepTasks));
  if (summary) {
    if (!sameSet(tasks.keys(), summary.tasks.map((task) => task.taskId))) {
      problems.push(`The file's tasks are [${[...tasks.keys()].join(', ')}], not the planned [${summary.tasks.map((task) => task.taskId).join(', ')}].`);
    }
    for (const planned of summary.tasks) {
      const task = tasks.get(planned.taskId);
      if (task === undefined) continue;
      if (task.operator !== planned.operator) problems.push(`Task "${planned.taskId}" is a ${task.operator}, not a ${planned.operator}.`);
      if (!sameSet(upstream.get(planned.taskId) ?? [], planned.upstream)) {
        problems.push(`Task "${planned.taskId}" waits for [${[...(upstream.get(planned.taskId) ?? [])].join(', ')}], not [${planned.upstream.join(', ')}].`);
      }
      const markedTeardown = (structure.teardowns ?? []).includes(task.variable);
      if (markedTeardown !== (planned.teardown === true)) {
        problems.push(planned.teardown ? `Task "${planned.taskId}" is a hook, but the file does not mark it as_teardown().` : `Task "${planned.taskId}" is marked as_teardown(), but it is no hook.`);
      }
      const rule = task.keywords.trigger_rule;
      const written = rule && 'value' in rule ? rule.value : undefined;
      if ((written ?? undefined) !== planned.triggerRule) problems.push(`Task "${planned.taskId}" has trigger rule ${JSON.stringify(written ?? 'all_success')}, not ${JSON.stringify(planned.triggerRule ?? 'all_success')}.`);
    }
  }
  return problems;
}

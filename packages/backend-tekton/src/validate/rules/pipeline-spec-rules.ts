import { checkMatrixResultReads } from './matrix-result-rules';
import { checkParamList } from './param-rules';
import { checkPipelineResults, checkTaskVariables } from './pipeline-reference-rules';
import { checkStepVariables } from './step-variable-rules';
import { checkPipelineTask } from './pipeline-task-rules';
import { isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';

/** Where a Pipeline spec sits: a Pipeline object, or embedded in a PipelineRun (propagation applies). */
export interface PipelineSpecPlace {
  readonly embedded: boolean;
  /** Params the run passes (an embedded spec may read them without declaring them). */
  readonly runParams?: ReadonlyArray<string>;
}

/** `Pipeline.spec` and `PipelineRun.spec.pipelineSpec` (`pkg/apis/pipeline/v1/pipeline_validation.go`). */
export function checkPipelineSpec(spec: Json, path: Path, place: PipelineSpecPlace, context: RuleContext): void {
  const tasks = listOf(spec.tasks);
  const finallyTasks = listOf(spec.finally);
  const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value !== '' : value !== undefined);
  if (!['description', 'params', 'tasks', 'workspaces'].some((key) => nonEmpty(spec[key]))) {
    context.report('spec-not-empty', path, 'A Pipeline spec needs at least one of description, params, tasks, workspaces.');
  }
  if (finallyTasks.length > 0 && tasks.length === 0) context.report('finally-requires-tasks', [...path, 'finally'], 'A Pipeline with finally tasks needs at least one task in tasks.');

  checkParamList(spec.params, [...path, 'params'], 'the pipeline', context);

  const workspaces = new Set<string>();
  listOf(spec.workspaces).forEach((workspace, index) => {
    const name = workspace.name;
    if (typeof name !== 'string' || name === '') context.report('workspace-names', [...path, 'workspaces', index, 'name'], 'A pipeline workspace has no name.');
    else if (workspaces.has(name)) context.report('workspace-names', [...path, 'workspaces', index, 'name'], `Pipeline workspace "${name}" is declared twice.`);
    else workspaces.add(name);
  });

  const names = (list: Json[]) => list.map((task) => task.name).filter((name): name is string => typeof name === 'string');
  const taskNames = new Set(names(tasks));
  const finallyNames = new Set(names(finallyTasks));
  const seen = new Set<string>();
  [...tasks.map((task, index) => ({ task, at: [...path, 'tasks', index] })), ...finallyTasks.map((task, index) => ({ task, at: [...path, 'finally', index] }))].forEach(({ task, at }) => {
    if (typeof task.name !== 'string') return;
    if (seen.has(task.name)) context.report('pipeline-task-name', [...at, 'name'], `Two pipeline tasks are named "${task.name}" (names are unique across tasks and finally).`);
    seen.add(task.name);
  });

  const scope = { taskNames, finallyNames, workspaces: place.embedded ? undefined : workspaces };
  const params = new Set(listOf(spec.params).map((param) => param.name).filter((name): name is string => typeof name === 'string'));
  if (place.embedded) {
    // Propagation: an embedded spec may read run params, and names its tasks declare.
    for (const name of place.runParams ?? []) params.add(name);
    for (const task of [...tasks, ...finallyTasks]) {
      if (isObject(task.taskSpec)) for (const param of listOf(task.taskSpec.params)) if (typeof param.name === 'string') params.add(param.name);
    }
  }
  const referenceScope = { taskNames, finallyNames, params };

  const edges = new Map<string, Set<string>>();
  tasks.forEach((task, index) => {
    const at = [...path, 'tasks', index];
    checkPipelineTask(task, at, false, scope, context);
    checkEmbeddedStepVariables(task, at, params, context);
    const reads = checkTaskVariables(task, at, false, referenceScope, context);
    const runAfter = Array.isArray(task.runAfter) ? task.runAfter.filter((name): name is string => typeof name === 'string' && taskNames.has(name)) : [];
    if (typeof task.name === 'string') edges.set(task.name, new Set([...runAfter, ...reads]));
  });
  finallyTasks.forEach((task, index) => {
    const at = [...path, 'finally', index];
    checkPipelineTask(task, at, true, scope, context);
    checkEmbeddedStepVariables(task, at, params, context);
    checkTaskVariables(task, at, true, referenceScope, context);
  });
  checkMatrixResultReads(tasks, [...path, 'tasks'], context);
  checkMatrixResultReads(finallyTasks, [...path, 'finally'], context);
  const cycle = findCycle(edges);
  if (cycle) context.report('acyclic', [...path, 'tasks'], `Pipeline tasks depend on each other in a cycle: ${cycle.join(' → ')} (through runAfter and result references).`);
  checkPipelineResults(spec.results, [...path, 'results'], referenceScope, context);
}

/**
 * Step variables of an embedded task spec: it may read its own params, the params its pipeline
 * task passes (matrix included), and the pipeline's (propagation).
 */
function checkEmbeddedStepVariables(task: Json, at: Path, pipelineParams: ReadonlySet<string>, context: RuleContext): void {
  if (!isObject(task.taskSpec) || task.taskSpec.steps === undefined) return;
  const matrix = isObject(task.matrix) ? task.matrix : {};
  const passed = [...listOf(task.params), ...listOf(matrix.params), ...listOf(matrix.include).flatMap((combination) => listOf(combination.params))]
    .map((param) => param.name)
    .filter((name): name is string => typeof name === 'string');
  checkStepVariables(task.taskSpec, [...at, 'taskSpec'], context, { params: [...pipelineParams, ...passed] });
}

/** The first cycle found, in a deterministic order, as a closed path `a → b → a`. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...edges.keys()].sort()) {
    if (state.get(node) === undefined) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return undefined;
}

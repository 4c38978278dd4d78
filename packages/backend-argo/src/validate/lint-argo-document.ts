import type { ArgoTask, ArgoTemplate, ArgoWorkflowSpec } from '../compile/argo-types';
import { nameInlineTemplates } from './name-inline-templates';
import { lintContainerSet } from './lint-container-set';
import { dagTaskGraph, Scope, TaskScope } from './lint-scope';
import { findTemplateTags, variablesOfExpression } from './template-tags';

/** One problem `argo lint` would report that the schema cannot see. */
export interface ArgoLintProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

const NAME_PATTERN = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
const PARAMETER_NAME_PATTERN = /^[-a-zA-Z0-9_]+$/;
const MAX_NAME_LENGTH = 128;
const TASK_RESULT = /^(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed)$/;

/** Variables every template sees (Argo's global scope), before the workflow's own. */
const GLOBALS = [
  'workflow.name',
  'workflow.namespace',
  'workflow.uid',
  'workflow.status',
  'workflow.duration',
  'workflow.failures',
  'workflow.serviceAccountName',
  'workflow.mainEntrypoint',
  'workflow.creationTimestamp',
  'workflow.priority',
  'workflow.scheduledTime',
  'workflow.parameters',
  'workflow.parameters.json',
  'workflow.labels',
  'workflow.annotations',
  'workflow.outputs',
];

/**
 * Calls `found` with every string of a JSON value that holds a `{{` (the others have no tag),
 * with its path. One path array is pushed and popped along the walk, copied only for a find.
 */
function forEachTagged(value: unknown, path: Array<string | number>, found: (path: Array<string | number>, text: string) => void): void {
  if (typeof value === 'string') {
    if (value.includes('{{')) found([...path], value);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      forEachTagged(value[index], path, found);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      forEachTagged((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

/** Argo checks only tags under these roots; others are left for the user's own tools. */
const CHECKED_ROOTS = ['item', 'steps.', 'inputs.', 'outputs.', 'pod.', 'workflow.', 'tasks.'];

function checkTags(value: unknown, path: Array<string | number>, scope: Scope, problems: ArgoLintProblem[], where: string): void {
  forEachTagged(value, [...path], (at, text) => {
    for (const tag of findTemplateTags(text)) {
      if (tag.kind === 'simple') {
        const body = tag.body;
        if (!CHECKED_ROOTS.some((root) => body === root || body.startsWith(root) || body.startsWith('item.'))) continue;
        if (body.startsWith('outputs.')) continue; // a template reading its own outputs (metrics)
        if (!scope.has(body)) problems.push({ path: at, message: `${where}: {{${body}}} does not resolve to anything in scope.` });
      } else {
        for (const variable of variablesOfExpression(tag.body)) {
          if (variable.startsWith('outputs.') || variable === 'outputs') continue;
          if (!scope.hasOrContains(variable)) problems.push({ path: at, message: `${where}: ${variable} in {{=${tag.body}}} does not resolve to anything in scope.` });
        }
      }
    }
  });
}

function templateType(template: ArgoTemplate): string {
  for (const type of ['container', 'containerSet', 'script', 'resource', 'suspend', 'http', 'plugin', 'dag', 'steps'] as const) if (template[type] !== undefined) return type;
  return (Object.keys(template).find((key) => ['data', 'plugin'].includes(key)) as string | undefined) ?? 'none';
}

/** Templates that run a pod of their own, and so see `{{pod.name}}` (Argo's `IsPodType`). */
const POD_TYPES = new Set(['container', 'containerSet', 'script', 'resource', 'data']);

/**
 * Templates whose `outputs.result` others may read (Argo's `HasOutput`): a container set's is
 * its `main` container's standard output, an http template's the response body.
 */
function hasResult(template: ArgoTemplate, type: string): boolean {
  if (type === 'containerSet') return template.containerSet!.containers.some((container) => container.name === 'main');
  return ['container', 'script', 'http', 'data', 'plugin'].includes(type);
}

/** Outputs of a task or step that others may read, per Argo's `addOutputsToScope`. */
function addOutputs(scope: Scope, root: string, name: string, template: ArgoTemplate | undefined, aggregate: boolean, ancestor: boolean): void {
  const base = `${root}.${name}`;
  for (const field of ['id', 'startedAt', 'finishedAt', 'hostNodeName']) scope.add(`${base}.${field}`);
  if (ancestor) scope.add(`${base}.status`);
  // Unknown here (a templateRef): its outputs cannot be checked, so none is refused.
  if (!template) {
    scope.addPrefix(`${base}.outputs.`);
    return;
  }
  if (template.daemon) scope.add(`${base}.ip`);
  const type = templateType(template);
  // A looped script or container set aggregates its result even without a main container.
  if (hasResult(template, type) || (aggregate && (type === 'script' || type === 'containerSet'))) {
    scope.add(`${base}.outputs.result`);
    scope.add(`${base}.exitCode`);
  }
  for (const parameter of template.outputs?.parameters ?? []) scope.add(`${base}.outputs.parameters.${parameter.name}`);
  for (const artifact of template.outputs?.artifacts ?? []) scope.add(`${base}.outputs.artifacts.${artifact.name}`);
  if (aggregate) scope.add(`${base}.outputs.parameters`);
}

function checkNames(items: ReadonlyArray<{ name?: unknown }>, path: Array<string | number>, what: string, pattern: RegExp, problems: ArgoLintProblem[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const name = item.name;
    if (typeof name !== 'string' || name === '') {
      problems.push({ path: [...path, index, 'name'], message: `${what} ${index} has no name.` });
      return;
    }
    if (!pattern.test(name) || name.length > MAX_NAME_LENGTH) problems.push({ path: [...path, index, 'name'], message: `${what} name "${name}" is invalid for Argo (${pattern.source}, at most ${MAX_NAME_LENGTH} characters).` });
    if (seen.has(name)) problems.push({ path: [...path, index, 'name'], message: `${what} name "${name}" is not unique.` });
    seen.add(name);
  });
}

/** Task names a `depends` expression mentions, with their result suffix. */
function dependsTerms(depends: string): Array<{ task: string; result?: string }> | string {
  const terms: Array<{ task: string; result?: string }> = [];
  const tokens = depends.match(/\(|\)|&&|\|\||!|[^\s()&|!]+/g) ?? [];
  let depth = 0;
  let expectOperand = true;
  for (const token of tokens) {
    if (token === '(') {
      if (!expectOperand) return `unexpected "(" in "${depends}"`;
      depth++;
    } else if (token === ')') {
      if (expectOperand || depth === 0) return `unexpected ")" in "${depends}"`;
      depth--;
    } else if (token === '&&' || token === '||') {
      if (expectOperand) return `unexpected "${token}" in "${depends}"`;
      expectOperand = true;
    } else if (token === '!') {
      if (!expectOperand) return `unexpected "!" in "${depends}"`;
    } else {
      if (!expectOperand) return `missing operator before "${token}" in "${depends}"`;
      const dot = token.lastIndexOf('.');
      const result = dot === -1 ? undefined : token.slice(dot + 1);
      if (result !== undefined && !TASK_RESULT.test(result)) return `unknown task result "${result}" in "${depends}"`;
      terms.push(result === undefined ? { task: token } : { task: token.slice(0, dot), result });
      expectOperand = false;
    }
  }
  if (expectOperand || depth !== 0) return `incomplete expression "${depends}"`;
  return terms;
}

/**
 * The checks of `argo lint` that Argo's JSON Schema cannot express, on one document: the
 * entrypoint and exit handler exist, every `template:` resolves, names are valid and unique, DAG
 * dependencies exist and form no cycle, `depends` and `dependencies` are not mixed, and every
 * `{{…}}` variable (in simple tags and in expressions) resolves to something in its scope —
 * the template's inputs, the tasks a task waits for, loop items, workflow globals.
 */
export function lintArgoDocument(document: unknown): ArgoLintProblem[] {
  const problems: ArgoLintProblem[] = [];
  const root = document as { kind?: string; metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Record<string, unknown> };
  const cron = root.kind === 'CronWorkflow';
  const specPath: Array<string | number> = cron ? ['spec', 'workflowSpec'] : ['spec'];
  const spec = (cron ? root.spec?.workflowSpec : root.spec) as ArgoWorkflowSpec | undefined;
  if (!spec || !Array.isArray(spec.templates)) return [{ path: [...specPath, 'templates'], message: 'The workflow has no templates.' }];
  checkNames(spec.templates, [...specPath, 'templates'], 'Template', NAME_PATTERN, problems);
  // Inline templates are checked as templates of their own, after the named ones.
  const templates = nameInlineTemplates(spec.templates);
  const byName = new Map(templates.map((template) => [template.name, template]));
  const needsEntrypoint = root.kind === 'Workflow' || cron;
  if (spec.entrypoint === undefined) {
    if (needsEntrypoint) problems.push({ path: [...specPath, 'entrypoint'], message: 'spec.entrypoint is required.' });
  } else if (!byName.has(spec.entrypoint)) problems.push({ path: [...specPath, 'entrypoint'], message: `The entrypoint "${spec.entrypoint}" is not a template of this workflow.` });
  if (spec.onExit !== undefined && !byName.has(spec.onExit)) problems.push({ path: [...specPath, 'onExit'], message: `The exit handler "${spec.onExit}" is not a template of this workflow.` });

  const globals = new Scope();
  for (const key of GLOBALS) globals.add(key);
  for (const parameter of spec.arguments?.parameters ?? []) globals.add(`workflow.parameters.${parameter.name}`);
  for (const key of Object.keys(root.metadata?.labels ?? {})) globals.add(`workflow.labels.${key}`);
  for (const key of Object.keys(root.metadata?.annotations ?? {})) globals.add(`workflow.annotations.${key}`);
  for (const template of templates) {
    for (const parameter of template.outputs?.parameters ?? []) if (parameter.globalName) globals.add(`workflow.outputs.parameters.${parameter.globalName}`);
    for (const artifact of template.outputs?.artifacts ?? []) if (artifact.globalName) globals.add(`workflow.outputs.artifacts.${artifact.globalName}`);
  }
  checkTags(spec.arguments ?? {}, [...specPath, 'arguments'], globals, problems, 'spec.arguments');

  templates.forEach((template, index) => {
    const path = [...specPath, 'templates', index];
    const where = `template "${template.name}"`;
    const scope = new Scope(globals);
    for (const parameter of template.inputs?.parameters ?? []) scope.add(`inputs.parameters.${parameter.name}`);
    // Argo defines the list of all inputs for every template (SubstituteParams), even an empty one.
    scope.add('inputs.parameters');
    for (const artifact of template.inputs?.artifacts ?? []) {
      scope.add(`inputs.artifacts.${artifact.name}`);
      if (artifact.path) scope.add(`inputs.artifacts.${artifact.name}.path`);
    }
    checkNames(template.inputs?.parameters ?? [], [...path, 'inputs', 'parameters'], 'Input parameter', PARAMETER_NAME_PATTERN, problems);
    checkNames(template.outputs?.parameters ?? [], [...path, 'outputs', 'parameters'], 'Output parameter', PARAMETER_NAME_PATTERN, problems);
    const type = templateType(template);
    if (type === 'dag') lintDag(template, path, scope, byName, problems);
    else if (type === 'steps') lintSteps(template, path, scope, byName, problems);
    else {
      if (template.activeDeadlineSeconds === undefined && type === 'none') problems.push({ path, message: `${where} has no type (container, containerSet, script, resource, suspend, http, dag or steps).` });
      if (POD_TYPES.has(type)) scope.add('pod.name');
      scope.add('node.name');
      if (type === 'containerSet') lintContainerSet(template, path, problems);
      if (template.retryStrategy) for (const key of ['retries', 'lastRetry.exitCode', 'lastRetry.status', 'lastRetry.duration', 'lastRetry.message']) scope.add(key);
      for (const artifact of template.outputs?.artifacts ?? []) if (artifact.path) scope.add(`outputs.artifacts.${artifact.name}.path`);
      for (const parameter of template.outputs?.parameters ?? []) if (parameter.valueFrom?.path) scope.add(`outputs.parameters.${parameter.name}.path`);
      const { name: _name, retryStrategy, ...rest } = template;
      checkTags(rest, path, scope, problems, where);
      if (retryStrategy?.expression) {
        const retryScope = new Scope(scope).add('lastRetry.exitCode').add('lastRetry.status').add('lastRetry.duration').add('lastRetry.message');
        for (const variable of variablesOfExpression(retryStrategy.expression)) {
          if (!retryScope.hasOrContains(variable)) problems.push({ path: [...path, 'retryStrategy', 'expression'], message: `${where}: ${variable} in the retry expression does not resolve.` });
        }
      }
    }
    if (template.activeDeadlineSeconds !== undefined && (type === 'dag' || type === 'steps')) {
      problems.push({ path: [...path, 'activeDeadlineSeconds'], message: `${where}: activeDeadlineSeconds is only valid for leaf templates.` });
    }
  });
  return problems;
}

function checkTaskTemplate(task: ArgoTask, path: Array<string | number>, byName: Map<string, ArgoTemplate>, problems: ArgoLintProblem[], where: string): ArgoTemplate | undefined {
  // A template of another WorkflowTemplate: it lives in the cluster, not in this document.
  if ((task as { templateRef?: unknown }).templateRef !== undefined) return undefined;
  const template = byName.get(task.template);
  if (!template) problems.push({ path: [...path, 'template'], message: `${where}: template "${task.template}" does not exist.` });
  return template;
}

function addItems(scope: Scope, task: ArgoTask): void {
  if (task.withItems) {
    scope.add('item');
    for (const item of task.withItems) if (item && typeof item === 'object' && !Array.isArray(item)) for (const key of Object.keys(item)) scope.add(`item.${key}`);
  }
  if (task.withParam !== undefined) scope.add('item').addPrefix('item.');
  if (task.withSequence !== undefined) scope.add('item');
}

function lintDag(template: ArgoTemplate, path: Array<string | number>, scope: Scope, byName: Map<string, ArgoTemplate>, problems: ArgoLintProblem[]): void {
  const tasks = template.dag!.tasks;
  const tasksPath = [...path, 'dag', 'tasks'];
  if (tasks.length === 0) problems.push({ path: tasksPath, message: `template "${template.name}" must have at least one task.` });
  checkNames(tasks, tasksPath, 'Task', NAME_PATTERN, problems);
  const byTask = new Map(tasks.map((task) => [task.name, task]));
  const usesDepends = tasks.some((task) => task.depends !== undefined);
  const dependencies = new Map<string, string[]>();
  tasks.forEach((task, index) => {
    const at = [...tasksPath, index];
    const where = `template "${template.name}" task "${task.name}"`;
    let names: string[] = [];
    if (task.depends !== undefined) {
      const terms = dependsTerms(task.depends);
      if (typeof terms === 'string') problems.push({ path: [...at, 'depends'], message: `${where}: ${terms}.` });
      else names = terms.map((term) => term.task);
    }
    if (task.dependencies) names.push(...task.dependencies);
    if (usesDepends && task.dependencies?.length) problems.push({ path: [...at, 'dependencies'], message: `template "${template.name}" cannot use both depends and dependencies.` });
    if (usesDepends && task.continueOn) problems.push({ path: [...at, 'continueOn'], message: `template "${template.name}" cannot use continueOn with depends.` });
    if ((usesDepends || (task.dependencies?.length ?? 0) > 0) && /^[0-9]/.test(task.name)) problems.push({ path: [...at, 'name'], message: `${where}: a task name cannot begin with a digit when the DAG uses depends or dependencies.` });
    for (const name of names) if (!byTask.has(name)) problems.push({ path: [...at, task.depends !== undefined ? 'depends' : 'dependencies'], message: `${where}: dependency "${name}" is not a task of this DAG.` });
    dependencies.set(task.name, [...new Set(names.filter((name) => byTask.has(name)))]);
    checkTaskTemplate(task, at, byName, problems, where);
  });
  // Cycles, by depth-first search from every task; the finishing order is a topological order.
  const state = new Map<string, 'visiting' | 'done'>();
  const finished = new Map<string, number>();
  let cyclic = false;
  // One trail for the whole search (pushed and popped), not a copy per edge: a copy costs the
  // depth of the DAG, which made a deep DAG's lint quadratic.
  const trail: string[] = [];
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      cyclic = true;
      problems.push({ path: tasksPath, message: `template "${template.name}" has a dependency cycle: ${[...trail.slice(trail.indexOf(name)), name].join(' -> ')}.` });
      return;
    }
    state.set(name, 'visiting');
    trail.push(name);
    for (const dependency of dependencies.get(name) ?? []) visit(dependency);
    trail.pop();
    state.set(name, 'done');
    finished.set(name, finished.size);
  };
  for (const task of tasks) visit(task.name);
  const graph = dagTaskGraph(dependencies, cyclic ? undefined : finished, (name) => {
    const task = byTask.get(name)!;
    const outputs = new Scope();
    addOutputs(outputs, 'tasks', name, byName.get(task.template), task.withItems !== undefined || task.withParam !== undefined || task.withSequence !== undefined, true);
    return outputs;
  });
  tasks.forEach((task, index) => {
    const taskScope = new TaskScope(scope, task.name, graph);
    addItems(taskScope, task);
    checkTags(task, [...tasksPath, index], taskScope, problems, `template "${template.name}" task "${task.name}"`);
  });
  checkTags(template.outputs ?? {}, [...path, 'outputs'], new TaskScope(scope, undefined, graph), problems, `template "${template.name}" outputs`);
}

function lintSteps(template: ArgoTemplate, path: Array<string | number>, scope: Scope, byName: Map<string, ArgoTemplate>, problems: ArgoLintProblem[]): void {
  const groups = template.steps!;
  const stepScope = new Scope(scope);
  const allNames = new Set<string>();
  groups.forEach((group, groupIndex) => {
    const at = [...path, 'steps', groupIndex];
    checkNames(group, at, 'Step', NAME_PATTERN, problems);
    group.forEach((step, index) => {
      if (allNames.has(step.name)) problems.push({ path: [...at, index, 'name'], message: `template "${template.name}" step name "${step.name}" is not unique.` });
      allNames.add(step.name);
      const where = `template "${template.name}" step "${step.name}"`;
      checkTaskTemplate(step, [...at, index], byName, problems, where);
      const scoped = new Scope(stepScope);
      addItems(scoped, step);
      checkTags(step, [...at, index], scoped, problems, where);
    });
    for (const step of group) addOutputs(stepScope, 'steps', step.name, byName.get(step.template), step.withItems !== undefined || step.withParam !== undefined || step.withSequence !== undefined, true);
  });
  checkTags(template.outputs ?? {}, [...path, 'outputs'], stepScope, problems, `template "${template.name}" outputs`);
}

import { applyStepDefaults, refsOfStep, type BackendV1Warning, type DatasetClaim, type Step, type Workflow, type WorkflowParameter } from '@couler/ir';
import type { ResolvedAirflowSettings } from '../airflow-settings';
import { pythonBlockString, pythonLiteral, pythonString } from '../python/python-literal';
import { call, code, dict, list, printExpression, type PythonExpression } from '../python/python-expression';
import { lowerAirflowDatasets } from './airflow-datasets';
import { collectUnsupportedConstructs } from './construct-support';
import { checkHookSupport } from './hook-support';
import { decidesInTask, decidesItself, itemsTaskOf, planDag, type DagPlan, type DagTask } from './dag-plan';
import { conditionHook } from './condition-hook';
import { statusHookCheck } from './status-hook';
import { isKubectlStep, kubectlItemsExpression, kubectlTaskLines } from './kubectl-task';
import { plain, seconds } from './pod-fields';
import { helpersWithTheirUses, PYTHON_HELPERS, type PythonHelper } from './python-helpers';
import type { PythonNames } from './python-names';
import { renderCondition, type ConditionNeeds } from './render-condition';
import { outputCall, templatedPython, valueSegments, type ValueContext } from './render-value';
import { itemsExpression, podTaskLines, pushesOutputs, runtimeKeywords, statement, valueScope, type StepTaskContext } from './step-task';
import { UnsupportedCollector } from './unsupported';
import { airflowPools, checkSynchronization } from './airflow-pools';
import { checkAirflowLimits } from './check-airflow-limits';
import { planLargeValues } from './large-values';
import { readOutputs } from './read-outputs';
import { callItemsExpression, callLines, groupFunctionLines, groupFunctionNames } from './sub-workflow-groups';
import { checkSubWorkflowSupport } from './sub-workflow-support';
import { expandSequences } from './expand-sequences';

/** What the DAG file holds, for tests and for the structural check. */
export interface AirflowDagSummary {
  readonly dagId: string;
  /** The task id of each step (of its first iteration, in a loop). */
  readonly stepTasks: Readonly<Record<string, string>>;
  readonly tasks: ReadonlyArray<{ readonly taskId: string; readonly operator: string; readonly upstream: ReadonlyArray<string>; readonly triggerRule?: string; /** Its pod has the transfer sidecar. */ readonly sidecar?: true; /** A hook, written as_teardown(). */ readonly teardown?: true; /** A status hook: the task ids its pre_execute check reads. */ readonly watches?: ReadonlyArray<string> }>;
  readonly params: ReadonlyArray<string>;
  /** The `@task_group` function written for each sub-workflow definition called, by definition name. */
  readonly taskGroups?: Readonly<Record<string, string>>;
}

export interface AirflowCompileResult {
  /** The DAG file's Python source. */
  readonly source: string;
  readonly summary: AirflowDagSummary;
  readonly warnings: ReadonlyArray<BackendV1Warning>;
  /** The volume claims of the workflow's datasets, to apply beside the DAG (none without datasets). */
  readonly claims: ReadonlyArray<DatasetClaim>;
}

const PARAM_TYPES = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', list: 'array', json: undefined } as const;

function paramExpression(parameter: WorkflowParameter): PythonExpression {
  const type = parameter.type === undefined ? undefined : PARAM_TYPES[parameter.type];
  return call('Param', parameter.default === undefined ? [] : [plain(parameter.default)], [
    ['type', type === undefined ? undefined : plain(type)],
    ['enum', parameter.enum === undefined ? undefined : plain(parameter.enum)],
    ['description', parameter.description === undefined ? undefined : plain(parameter.description)],
  ]);
}

function contextLines(needs: ConditionNeeds): string[] {
  return [
    ...(needs.ti ? ['ti = context["ti"]'] : []),
    ...(needs.params ? ['params = context["params"]'] : []),
    ...(needs.dag ? ['dag = context["dag"]'] : []),
    ...(needs.runId ? ['run_id = context["run_id"]'] : []),
    ...(needs.dagRun ? ['dag_run = context["dag_run"]'] : []),
  ];
}

const indent = (lines: ReadonlyArray<string>, depth: number) => lines.map((line) => (line === '' ? '' : `${'    '.repeat(depth)}${line}`));

function checkBackendLimits(workflow: Workflow, settings: ResolvedAirflowSettings, unsupported: UnsupportedCollector): void {
  collectUnsupportedConstructs(workflow, settings, unsupported);
  checkHookSupport(workflow, unsupported);
  checkSubWorkflowSupport(workflow, unsupported);
  checkAirflowLimits(workflow, settings, unsupported);
  checkSynchronization(workflow, unsupported);
}

/**
 * Compiles a valid workflow to the source of one Airflow DAG file. Pure and deterministic.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` listing everything Airflow cannot express.
 */
/**
 * The workflow's step defaults, as Airflow takes them: the default retry is the DAG's
 * `default_args` (as `retry`, which validation keeps from being given twice), which a task's own
 * `retries` and a sub-workflow's task group `default_args` override, as a step's and a call's
 * retry do; the time limits go on each task, where `timeoutSeconds` and `totalTimeoutSeconds` make
 * one `execution_timeout` together, so a step's own limit and a default one are both kept.
 */
function withAirflowStepDefaults(workflow: Workflow): Workflow {
  const defaults = workflow.spec.stepDefaults;
  if (defaults?.retry === undefined) return applyStepDefaults(workflow);
  const { retry, ...limits } = defaults;
  return applyStepDefaults({ ...workflow, spec: { ...workflow.spec, retry, stepDefaults: limits } });
}

export function compileToAirflow(declared: Workflow, settings: ResolvedAirflowSettings): AirflowCompileResult {
  // Datasets become a claim, a sync task ahead of the readers and read-only mounts: plain IR from here on.
  const { workflow, claims } = lowerAirflowDatasets(withAirflowStepDefaults(expandSequences(declared)));
  const unsupported = new UnsupportedCollector();
  checkBackendLimits(workflow, settings, unsupported);
  unsupported.throwIfAny(workflow.metadata.name);

  const plan = planDag(workflow);
  const warnings: BackendV1Warning[] = [];
  const names = plan.names;
  // Ruff's AIR001: a task's variable is its task id.
  const variables = new Map(plan.tasks.map((task) => [task.taskId, task.taskId]));
  const constants = new Map<string, { value: string; comment?: string }>();
  const outputsRead = readOutputs(workflow);
  const constantNames = new Map<string, string>();
  const context: StepTaskContext = {
    workflow,
    plan,
    namespace: settings.namespace,
    scriptMode: settings.scriptMode,
    airflowVersion: settings.airflowVersion,
    storage: settings,
    kubectlImage: settings.kubectlImage,
    largeValues: planLargeValues(workflow, settings.artifactStore !== undefined, settings.scriptMode),
    unsupported,
    readSteps: new Set(outputsRead.keys()),
    readOutputs: outputsRead,
    constant(preferredName, valueCode, comment) {
      const key = `${preferredName}\u0000${valueCode}`;
      const existing = constantNames.get(key);
      if (existing !== undefined) return existing;
      let name = preferredName;
      for (let counter = 2; constants.has(name); counter += 1) name = `${preferredName}_${counter}`;
      constants.set(name, { value: valueCode, ...(comment !== undefined && { comment }) });
      constantNames.set(key, name);
      return name;
    },
    itemsVariable: (task) => itemsTaskOf(plan, task),
    warn: (message, path, stepName) => warnings.push({ message, path, stepName }),
    sidecarTasks: new Set(),
    groupFunctions: groupFunctionNames(workflow, names),
  };

  const blocks = new Map<string, string[]>();
  const operators = new Map<string, string>();
  for (const task of plan.tasks) {
    const variable = variables.get(task.taskId)!;
    const { lines, operator } = taskLines(task, variable, context, names);
    blocks.set(task.taskId, lines);
    operators.set(task.taskId, operator);
  }
  unsupported.throwIfAny(workflow.metadata.name);

  // Sub-workflow definitions first: a call needs its task group function.
  const body: string[] = groupFunctionLines(workflow, context, (task, variable, scope) => taskLines(task, variable, scope, scope.plan.names));
  unsupported.throwIfAny(workflow.metadata.name);
  // Tasks of a concurrent group are written together in a TaskGroup, where the first one stands.
  const writtenGroups = new Set<string>();
  for (const task of plan.tasks) {
    if (task.group === undefined) {
      body.push(...blocks.get(task.taskId)!, '');
      continue;
    }
    if (writtenGroups.has(task.group)) continue;
    writtenGroups.add(task.group);
    body.push(`    with TaskGroup(group_id=${pythonString(task.group)}, prefix_group_id=False):`);
    const members = plan.tasks.filter((member) => member.group === task.group);
    members.forEach((member, index) => {
      body.push(...indent(blocks.get(member.taskId)!, 1));
      if (index < members.length - 1) body.push('');
    });
    body.push('');
  }
  for (const task of plan.tasks) {
    if (task.upstream.length === 0) continue;
    const upstream = task.upstream.map((id) => variables.get(id)!);
    body.push(printExpression(upstream.length === 1 ? code(upstream[0]!) : list(upstream.map(code)), 1, '', ` >> ${variables.get(task.taskId)!}`));
  }
  // Hooks are teardowns with no setup: Airflow runs one once what it watches is done, whatever
  // its state, and leaves its result out of the DAG run's (see DagTask.teardown).
  for (const task of plan.tasks) if (task.teardown) body.push(`    ${variables.get(task.taskId)!}.as_teardown()`);
  while (body.at(-1) === '') body.pop();

  const source = assembleFile(workflow, settings, body, constants, claims);
  return {
    source,
    summary: {
      dagId: workflow.metadata.name,
      stepTasks: Object.fromEntries([...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => [step.name, plan.taskIdOf(step.name, 1)])),
      tasks: plan.tasks.map((task) => ({
        taskId: task.taskId,
        operator: operators.get(task.taskId)!,
        upstream: task.upstream,
        ...(task.triggerRule !== undefined && { triggerRule: task.triggerRule }),
        ...(context.sidecarTasks.has(task.taskId) && { sidecar: true as const }),
        ...(task.teardown && { teardown: true as const }),
        ...(task.statusHook && { watches: task.statusHook.watched }),
      })),
      params: (workflow.spec.parameters ?? []).map((parameter) => parameter.name),
      ...(context.groupFunctions.size > 0 && { taskGroups: Object.fromEntries(context.groupFunctions) }),
    },
    warnings,
    claims,
  };
}

/**
 * For an exit-handler step, one check per main step output it reads: the step runs only if that
 * output was pushed (Couler's rule, from Tekton's finally: a reader of a value that was never
 * produced is skipped, not run with nothing).
 */
function producedChecks(step: Step, task: DagTask, context: StepTaskContext, needs: ConditionNeeds): string[] {
  if (task.phase !== 'exit') return [];
  const main = new Set(context.workflow.spec.steps.map((candidate) => candidate.name));
  const checks = new Set<string>();
  for (const { ref, path } of refsOfStep(step)) {
    if (ref.ref !== 'step' || !main.has(ref.step)) continue;
    const key = path[0] === 'inputs' && path[1] === 'artifacts' ? `artifact:${ref.output}` : ref.output;
    needs.ti = true;
    checks.add(outputCall('couler_produced', context.plan, ref.step, step, task.iteration, key));
  }
  return [...checks];
}

function taskLines(task: DagTask, variable: string, context: StepTaskContext, names: PythonNames): { lines: string[]; operator: string } {
  switch (task.role) {
    case 'step': {
      const step = task.step!;
      if (step.kind === 'subWorkflow') return { lines: callLines(step, task, variable, context), operator: 'task_group' };
      const hook = decidesInTask(step, context.inGroup !== undefined)
        ? conditionHook(step, task, context, names.allocate(`skip_${variable}_unless`), valueContextOf(task, context, ['steps', step.name, 'when']))
        : task.statusHook && statusHookCheck(step, task.statusHook, context.airflowVersion, names.allocate(`skip_${variable}_unless`));
      const before = hook?.lines ?? [];
      if (step.kind === 'script' && context.scriptMode === 'task') return { lines: [...before, ...workerTaskLines(step, task, variable, context, names.allocate(`run_${variable}`), hook?.name)], operator: 'task' };
      if (step.kind === 'suspend') return suspendTaskLines(step, task, variable, context, names);
      if (isKubectlStep(step)) return { lines: [...before, ...kubectlTaskLines(step, task, variable, context, hook?.name)], operator: 'KubernetesPodOperator' };
      if (step.kind !== 'container' && step.kind !== 'script') return { lines: [], operator: 'none' };
      return { lines: [...before, ...podTaskLines(step, task, variable, context, hook?.name)], operator: 'KubernetesPodOperator' };
    }
    case 'branch': {
      const step = task.step!;
      const needs: ConditionNeeds = { ti: false, params: false, dag: false, runId: false, dagRun: false };
      const parts = producedChecks(step, task, context, needs);
      if (step.when && !decidesItself(step)) parts.push(renderCondition(step.when, valueContextOf(task, context, ['steps', step.name, 'when']), needs));
      // Comparisons, `not` and parenthesised and/or all bind tighter than `and`.
      const condition = parts.join(' and ');
      const target = task.next![0]!;
      return {
        lines: functionTask('task.branch', task, names.allocate(`decide_${variable.replace(/__when$/, '')}`), variable, [
          ...contextLines(needs),
          `if ${condition}:`,
          `    return ${pythonString(target)}`,
          'return []',
        ], context),
        operator: 'task.branch',
      };
    }
    case 'items': {
      const step = task.step!;
      if (step.kind !== 'container' && step.kind !== 'script' && step.kind !== 'subWorkflow' && !isKubectlStep(step)) return { lines: [], operator: 'none' };
      const { expression, needsTi, needsParams } =
        step.kind === 'subWorkflow' ? callItemsExpression(step, task, context) : isKubectlStep(step) ? kubectlItemsExpression(step, task, context) : itemsExpression(step, task, context);
      return {
        lines: functionTask('task', task, names.allocate(`arguments_of_${variable.replace(/__items$/, '')}`), variable, [...contextLines({ ti: needsTi, params: needsParams, dag: false, runId: false, dagRun: false }), `return ${expression}`], context),
        operator: 'task',
      };
    }
    case 'check': {
      const loop = task.loop!;
      const needs: ConditionNeeds = { ti: false, params: false, dag: false, runId: false, dagRun: false };
      const reader = context.workflow.spec.steps.find((step) => step.name === loop.steps[0])!;
      const condition = renderCondition(loop.condition, { ...valueContextOf({ ...task, step: reader }, context, ['groups', loop.name, 'condition']) }, needs);
      const stop = `The loop "${loop.name}" stops: its condition is false after iteration ${task.iteration}.`;
      return {
        // Skipped itself when the loop ends, so that tasks of the next iteration that wait past a
        // skip can tell an iteration that never started (see planDag); trigger rules skip the rest.
        lines: functionTask('task', task, names.allocate(`repeat_${variable.replace(/__check_(\d+)$/, '_after_$1')}`), variable, [
          ...contextLines(needs),
          `if not (${condition}):`,
          // Laid out at its depth in the file (function bodies sit two levels into the DAG block).
          ...printExpression(call('AirflowSkipException', [plain(stop)]), 3, 'raise ').split('\n').map((line) => line.slice(8)),
        ], context),
        operator: 'task',
      };
    }
    case 'status':
      return {
        lines: [
          `@task(task_id=${pythonString(task.taskId)}, trigger_rule="none_failed")`,
          'def workflow_status():',
          '    """Runs only when no step failed; exit steps read a missing value as "Failed"."""',
          '    return "Succeeded"',
          '',
          `${variable} = workflow_status()`,
        ].map((line) => (line === '' ? '' : `    ${line}`)),
        operator: 'task',
      };
    case 'watcher':
      return {
        lines: [
          `@task(task_id=${pythonString(task.taskId)}, trigger_rule="one_failed", retries=0)`,
          'def fail_if_a_step_failed():',
          '    """Fails the run when a step failed: the exit handler\'s success would hide it."""',
          '    raise AirflowException("A step of the workflow failed.")',
          '',
          `${variable} = fail_if_a_step_failed()`,
        ].map((line) => (line === '' ? '' : `    ${line}`)),
        operator: 'task',
      };
  }
}

const valueContextOf = valueScope;

/**
 * A suspend step with a duration waits that long from the moment it starts, as Argo's does. On
 * Airflow 3, the standard provider's `WaitSensor` (deferred: the triggerer waits, no worker slot
 * is held); `TimeDeltaSensor` would count from the run's data interval instead. Airflow 2 has
 * `WaitSensor` only from 2.10 (apache/airflow#41557), so for 2.7+ a `@task` sleeps.
 */
function suspendTaskLines(step: Extract<Step, { kind: 'suspend' }>, task: DagTask, variable: string, context: StepTaskContext, names: PythonNames): { lines: string[]; operator: string } {
  const duration = step.suspend.durationSeconds ?? 0;
  for (const field of ['pod', 'volumes'] as const) {
    if (step[field] === undefined) continue;
    context.unsupported.add(['steps', step.name, field], `The airflow backend cannot express ${field} on suspend step "${step.name}": Airflow waits with a sensor on its worker, which has no pod of the step's.`, { stepName: step.name, hint: 'Remove it.' });
  }
  if (context.airflowVersion === 3) {
    const keywords: Array<readonly [string, PythonExpression | undefined]> = [
      ['task_id', plain(task.taskId)],
      ['time_to_wait', seconds(duration)],
      ['deferrable', plain(true)],
      ...runtimeKeywords(step, task, context),
    ];
    return { lines: [statement(`${variable} = `, call('WaitSensor', [], keywords))], operator: 'WaitSensor' };
  }
  return {
    lines: functionTask('task', task, names.allocate(`wait_${variable}`), variable, [`"""Waits ${duration} seconds, as the suspend step does."""`, `time.sleep(${duration})`], context),
    operator: 'task',
  };
}

/** A TaskFlow task: the decorated function, then its call. */
function functionTask(
  decorator: string,
  task: DagTask,
  functionName: string,
  variable: string,
  bodyLines: ReadonlyArray<string>,
  context: StepTaskContext,
  extra: ReadonlyArray<readonly [string, PythonExpression]> = [],
): string[] {
  const keywords = [['task_id', plain(task.taskId)] as const, ...extra, ...runtimeKeywords(undefined, task, context)];
  return [
    printExpression(call(decorator, [], keywords), 1, '@'),
    `    def ${functionName}(**context):`,
    ...indent(bodyLines, 2),
    '',
    `    ${variable} = ${functionName}()`,
  ];
}

/** A script step run on the Airflow worker (`scriptMode: 'task'`). */
function workerTaskLines(step: Extract<Step, { kind: 'script' }>, task: DagTask, variable: string, context: StepTaskContext, functionName: string, preExecute?: string): string[] {
  const refuse = (field: string, what: string) =>
    context.unsupported.add(['steps', step.name, field], `Script step "${step.name}" runs on the Airflow worker (scriptMode "task"), which has no ${what}.`, {
      stepName: step.name,
      hint: 'Use scriptMode "pod", or remove the field.',
    });
  if (step.env?.some((variable) => variable.value === undefined)) refuse('env', 'Kubernetes secrets or ConfigMaps to read');
  if (step.envFrom?.length) refuse('envFrom', 'Kubernetes secrets or ConfigMaps to read');
  if (step.resources) refuse('resources', 'per-task resources');
  if (step.volumeMounts?.length) refuse('volumeMounts', 'volumes');
  if (step.nodeSelector || step.tolerations?.length) refuse(step.nodeSelector ? 'nodeSelector' : 'tolerations', 'node to choose');
  if (step.serviceAccount !== undefined) refuse('serviceAccount', 'service account');
  if (step.script.workingDir !== undefined) refuse('script', 'working directory of its own');
  const source = context.constant(`${step.name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_SOURCE`, pythonBlockString(step.script.source));
  const valueContext = (item?: ValueContext['item']) => ({ ...valueContextOf(task, context, ['steps', step.name, 'script', 'args']), ...(item !== undefined && { item }) });
  const args = (item?: ValueContext['item']) => list((step.script.args ?? []).map((value) => code(templatedPython(valueSegments(value, valueContext(item))))));
  const env = dict((step.env ?? []).filter((entry) => entry.value !== undefined).map((entry) => [plain(entry.name), code(templatedPython(valueSegments(entry.value!, valueContext())))] as const));
  const outputs = pushesOutputs(step, context.readSteps) ? (step.outputs?.parameters ?? []).filter((output) => output.path !== undefined) : [];
  const outputsCode = dict(outputs.map((output) => [plain(output.name), code(`(${pythonString(output.path!)}, ${pythonLiteral(output.default ?? null)})`)] as const));
  const lines = [
    printExpression(
      call('task', [], [
        ['task_id', plain(task.taskId)],
        ['max_active_tis_per_dagrun', step.map?.parallelism === undefined ? undefined : plain(step.map.parallelism)],
        ...runtimeKeywords(step, task, context),
        ['pre_execute', preExecute === undefined ? undefined : code(preExecute)],
      ]),
      1,
      '@',
    ),
    `    def ${functionName}(args, env):`,
    printExpression(call('couler_run_script', [list(step.script.command.map(plain)), code(source), code('args'), code('env'), outputsCode]), 2, 'return '),
    '',
  ];
  if (step.map === undefined) return [...lines, statement(`${variable} = `, call(functionName, [args(), env]))];
  if (step.map.from !== undefined) return [...lines, `    ${variable} = ${functionName}.partial(env=${printExpression(env)}).expand(args=${context.itemsVariable(task)})`];
  const perItem = (step.map.items ?? []).map((item) => args({ literal: item }));
  return [...lines, statement(`${variable}_arguments = `, list(perItem)), statement(`${variable} = `, call(`${functionName}.partial`, [], [['env', env]]), `.expand(args=${variable}_arguments)`)];
}

const IMPORTS_2 = {
  DAG: 'from airflow import DAG',
  task: 'from airflow.decorators import task',
  task_group: 'from airflow.decorators import task_group',
  'task, task_group': 'from airflow.decorators import task, task_group',
  Param: 'from airflow.models.param import Param',
  TaskGroup: 'from airflow.utils.task_group import TaskGroup',
} as const;

function assembleFile(workflow: Workflow, settings: ResolvedAirflowSettings, body: ReadonlyArray<string>, constants: ReadonlyMap<string, { value: string; comment?: string }>, claims: ReadonlyArray<DatasetClaim>): string {
  const { spec } = workflow;
  const text = [...body, ...[...constants.values()].map((constant) => constant.value)].join('\n');
  const helpers = helpersWithTheirUses((Object.keys(PYTHON_HELPERS) as PythonHelper[]).filter((name) => new RegExp(`\\b${name}\\(`).test(text)));
  const macros = (['couler_output', 'couler_group_output', 'couler_group_input', 'couler_artifact', 'couler_group_artifact', 'couler_text', 'couler_duration', 'couler_failures'] as const).filter((name) => new RegExp(`\\{\\{ ${name}\\(`).test(text) || new RegExp(`\\{\\{ [^}]*\\b${name}\\(`).test(text));
  const [year, month, day] = settings.startDate.split('-').map(Number) as [number, number, number];
  const timezone = spec.cron?.timezone;
  const startDate = timezone === undefined
    ? call('datetime.datetime', [plain(year), plain(month), plain(day)], [['tzinfo', code('datetime.timezone.utc')]])
    : call('pendulum.datetime', [plain(year), plain(month), plain(day)], [['tz', plain(timezone)]]);
  const retry = spec.retry;
  const defaultArgs: Array<readonly [PythonExpression, PythonExpression]> = [];
  if (retry) {
    defaultArgs.push([plain('retries'), plain(retry.limit)]);
    if (retry.backoff) {
      defaultArgs.push([plain('retry_delay'), seconds(retry.backoff.durationSeconds)]);
      if ((retry.backoff.factor ?? 1) > 1) defaultArgs.push([plain('retry_exponential_backoff'), plain(true)]);
      if (retry.backoff.capSeconds !== undefined) defaultArgs.push([plain('max_retry_delay'), seconds(retry.backoff.capSeconds)]);
    }
  }
  if (spec.priority !== undefined) defaultArgs.push([plain('priority_weight'), plain(spec.priority)]);
  const dagCall = call('DAG', [], [
    ['dag_id', plain(workflow.metadata.name)],
    ['description', workflow.metadata.description === undefined ? undefined : plain(workflow.metadata.description)],
    ['schedule', plain(spec.cron?.schedule ?? null)],
    ['start_date', startDate],
    ['catchup', plain(false)],
    ['max_active_runs', spec.cron?.concurrencyPolicy === 'Forbid' ? plain(1) : undefined],
    ['max_active_tasks', spec.parallelism === undefined ? undefined : plain(spec.parallelism)],
    ['dagrun_timeout', spec.timeoutSeconds === undefined ? undefined : seconds(spec.timeoutSeconds)],
    ['is_paused_upon_creation', spec.cron?.suspend === true || spec.suspend === true ? plain(true) : undefined],
    ['default_args', defaultArgs.length === 0 ? undefined : dict(defaultArgs)],
    ['params', spec.parameters?.length ? dict(spec.parameters.map((parameter) => [plain(parameter.name), paramExpression(parameter)] as const)) : undefined],
    ['tags', plain(settings.tags)],
    ['user_defined_macros', macros.length === 0 ? undefined : dict(macros.map((name) => [plain(name), code(name)] as const))],
    // Jinja would drop a literal's final newline without it.
    ['jinja_environment_kwargs', dict([[plain('keep_trailing_newline'), plain(true)]])],
  ]);

  const everything = [text, printExpression(dagCall), ...helpers.map((name) => PYTHON_HELPERS[name].source)].join('\n');
  const standard = new Set<string>(helpers.flatMap((name) => [...PYTHON_HELPERS[name].imports]));
  if (/\bdatetime\./.test(everything)) standard.add('datetime');
  // Only the DAG's own tasks: the transfer tool's source (a string constant) sleeps too.
  if (/\btime\.sleep\(/.test(body.join('\n'))) standard.add('time');
  const third: string[] = [];
  if (/\bpendulum\./.test(everything)) third.push('import pendulum');
  const from: string[] = [];
  const v3: string[] = [];
  const uses = (pattern: RegExp) => pattern.test(everything);
  const sdk = { DAG: true, Param: uses(/\bParam\(/), TaskGroup: uses(/\bTaskGroup\(/), task: uses(/@task\b/), task_group: uses(/@task_group\b/) };
  if (settings.airflowVersion === 3) {
    for (const [name, used] of Object.entries(sdk)) if (used) v3.push(name);
    from.push(`from airflow.sdk import ${v3.join(', ')}`);
  } else {
    const decorators = sdk.task && sdk.task_group ? { task: false, task_group: false, 'task, task_group': true } : {};
    for (const [name, used] of Object.entries({ ...sdk, ...decorators })) if (used) from.push(IMPORTS_2[name as keyof typeof IMPORTS_2]);
  }
  const exceptions = ['AirflowException', 'AirflowSkipException'].filter((name) => uses(new RegExp(`\\b${name}\\(`)));
  if (exceptions.length > 0) from.push(`from airflow.exceptions import ${exceptions.join(', ')}`);
  if (uses(/\bWaitSensor\(/)) from.push('from airflow.providers.standard.sensors.time_delta import WaitSensor');
  if (uses(/\bKubernetesPodOperator\b/)) from.push('from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator');
  if (uses(/\bk8s\./)) from.push('from kubernetes.client import models as k8s');
  from.sort((a, b) => (a.split(' ')[1]! < b.split(' ')[1]! ? -1 : a.split(' ')[1]! > b.split(' ')[1]! ? 1 : 0));

  const header = [
    `"""Airflow ${settings.airflowVersion} DAG ${pythonString(workflow.metadata.name).slice(1, -1)}, compiled by Couler.${poolsNote(workflow)}${claimsNote(claims)}"""`,
    '',
    ...[...standard].sort().map((module) => `import ${module}`),
    ...(standard.size > 0 ? [''] : []),
    ...third,
    ...from,
  ];
  // Blank lines as isort and Black lay them out: two around functions and before the DAG, one
  // between constants, one after the imports unless a function follows.
  const blocks: Array<{ kind: 'def' | 'constant' | 'dag'; text: string }> = [
    ...helpers.map((name) => ({ kind: 'def' as const, text: PYTHON_HELPERS[name].source.trimEnd() })),
    ...[...constants].map(([name, constant]) => ({ kind: 'constant' as const, text: `${constant.comment === undefined ? '' : `# ${constant.comment}\n`}${name} = ${constant.value}` })),
    { kind: 'dag', text: [printExpression(dagCall, 0, 'with ', ' as dag:'), ...body].join('\n') },
  ];
  let file = header.join('\n');
  blocks.forEach((block, index) => {
    const previous = index === 0 ? undefined : blocks[index - 1]!;
    const blankLines = previous === undefined ? (block.kind === 'def' ? 2 : 1) : previous.kind === 'constant' && block.kind === 'constant' ? 1 : 2;
    file += `${'\n'.repeat(blankLines + 1)}${block.text}`;
  });
  return `${file}\n`;
}

/** The pools the tasks run in, with the commands that create them: Airflow queues a task whose pool is missing forever. */
function poolsNote(workflow: Workflow): string {
  const pools = airflowPools(workflow);
  if (pools.length === 0) return '';
  // Lock names are DNS-1123 labels: nothing in a pool's name or description needs quoting.
  const commands = pools.map((pool) => `    airflow pools set ${pool.name} ${pool.slots} '${pool.description}'`);
  return `\n\nCreate the pools its tasks run in before the first run:\n\n${commands.join('\n')}\n`;
}

/** The dataset claims the pods mount: Kubernetes leaves a pod whose claim is missing pending. */
function claimsNote(claims: ReadonlyArray<DatasetClaim>): string {
  if (claims.length === 0) return '';
  // Claim names are couler-dataset-<DNS-1123 name>: nothing in them needs quoting.
  const names = claims.map((claim) => `    ${claim.metadata.name}`);
  return `\n\nApply the volume claims of its datasets before the first run (kubectl apply -f the\n.datasets.yaml file written beside this one):\n\n${names.join('\n')}\n`;
}

export type { DagPlan };

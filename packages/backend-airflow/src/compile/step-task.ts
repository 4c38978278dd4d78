import { pickContainerRuntime, refsOfValue, TRANSFER_SOURCE, type ContainerRuntime, type ContainerStep, type ScriptStep, type Step, type Value, type Workflow } from '@couler/ir';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonBlockString, pythonString } from '../python/python-literal';
import { call, code, dict, flatExpression, list, printExpression, type PythonExpression } from '../python/python-expression';
import type { DagPlan, DagTask } from './dag-plan';
import { baseContainerWith, downwardEnvVar, podSpecKeywords, resolvedPod, userInitContainers, userSidecars } from './pod-spec-keywords';
import { containerResources, envFrom, nodeSelector, plain, referencedEnvVar, seconds, stringMap, templated, tolerations, volumes } from './pod-fields';
import type { ResolvedAirflowSettings } from '../airflow-settings';
import type { LargeValuePlan } from './large-values';
import { packedLength, podTransfer, type PodTransfer } from './pod-transfer';
import { carriedEnvNames, podWrapper, SCRIPT_ENV, SCRIPT_PATH } from './pod-wrapper';
import { checkProcessSize } from './check-process-size';
import { poolOfStep } from './airflow-pools';
import { pieceOffsets, utf8Bytes } from './process-limits';
import { groupInputCall, outputCall, templatedPython, valueSegments, type MapItem, type Segment, type ValueContext } from './render-value';
import type { UnsupportedCollector } from './unsupported';

/** What writing one step task needs from the rest of the compiler. */
export interface StepTaskContext {
  readonly workflow: Workflow;
  readonly plan: DagPlan;
  readonly namespace: string | undefined;
  readonly scriptMode: 'pod' | 'task';
  readonly airflowVersion: 2 | 3;
  readonly storage: Pick<ResolvedAirflowSettings, 'artifactStore' | 'transferImage' | 'gitImage' | 'xcomMaxBytes'>;
  /** Image of the pods running kubectl for job and resource steps. */
  readonly kubectlImage: string;
  readonly largeValues: LargeValuePlan;
  readonly unsupported: UnsupportedCollector;
  /** Steps some other step, condition or map reads an output of. */
  readonly readSteps: ReadonlySet<string>;
  /** Of each such step, the names of the outputs read (artifacts by name too). */
  readonly readOutputs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Registers a module-level constant and returns its name. */
  constant(preferredName: string, valueCode: string, comment?: string): string;
  /** The variable of the task that builds a mapped step's arguments (its `items` task). */
  itemsVariable(task: DagTask): string;
  warn(message: string, path: ReadonlyArray<string | number>, stepName: string): void;
  /** Task ids whose pods get the transfer sidecar, for the summary. */
  readonly sidecarTasks: Set<string>;
  /** The task group function written for each sub-workflow definition, by definition name. */
  readonly groupFunctions: ReadonlyMap<string, string>;
  /** Inside a sub-workflow's task group function (see ValueContext.inGroup). */
  readonly inGroup?: 0;
}

type PodStep = ContainerStep | ScriptStep;

const body = (step: PodStep) => (step.kind === 'container' ? step.container : step.script);

/** Whether the step must push its outputs to XCom: someone reads them, or it declares some (artifacts push their URLs). */
export function pushesOutputs(step: Step, readSteps: ReadonlySet<string>): boolean {
  return readSteps.has(step.name) || (step.outputs?.parameters?.length ?? 0) > 0 || (step.outputs?.artifacts?.length ?? 0) > 0;
}

/** The retry, timeout and trigger-rule keywords every kind of task takes. */
export function runtimeKeywords(step: Step | undefined, task: DagTask, context: Pick<StepTaskContext, 'warn'>): Array<readonly [string, PythonExpression | undefined]> {
  const retry = step?.retry;
  const pool = step && poolOfStep(step);
  const backoff = retry?.backoff;
  const factor = backoff?.factor;
  if (step && factor !== undefined && factor !== 1 && factor !== 2) {
    context.warn(`Airflow's exponential backoff doubles the delay at each try; step "${step.name}" asks for a factor of ${factor}, which becomes 2.`, ['steps', step.name, 'retry', 'backoff', 'factor'], step.name);
  }
  return [
    ['retries', retry ? plain(retry.limit) : undefined],
    ['retry_delay', backoff ? seconds(backoff.durationSeconds) : undefined],
    ['retry_exponential_backoff', factor !== undefined && factor > 1 ? plain(true) : undefined],
    ['max_retry_delay', backoff?.capSeconds !== undefined ? seconds(backoff.capSeconds) : undefined],
    // The task's execution includes creating its pod and waiting for it Pending: the total limit too.
    ['execution_timeout', step && (step.timeoutSeconds !== undefined || step.totalTimeoutSeconds !== undefined) ? seconds(Math.min(step.timeoutSeconds ?? Infinity, step.totalTimeoutSeconds ?? Infinity)) : undefined],
    ['trigger_rule', task.triggerRule === undefined ? undefined : plain(task.triggerRule)],
    ['pool', pool === undefined ? undefined : plain(pool.name)],
    // Airflow 2.9+; refused when the DAG is written for Airflow 2 (see construct-support). Not templated: literal text.
    ['task_display_name', step?.displayName === undefined ? undefined : plain(step.displayName)],
  ];
}

function valueContext(task: DagTask, context: StepTaskContext, path: ReadonlyArray<string | number>, item?: ValueContext['item']): ValueContext {
  return { ...valueScope(task, context, path), ...(item !== undefined && { item }) };
}

/** How values of a task's step are rendered: its plan, its iteration, whether it is inside a task group. */
export function valueScope(task: DagTask, context: StepTaskContext, path: ReadonlyArray<string | number>): ValueContext {
  return {
    plan: context.plan,
    step: task.step!,
    iteration: task.iteration,
    namespace: context.namespace,
    airflowVersion: context.airflowVersion,
    unsupported: context.unsupported,
    path,
    ...(context.inGroup !== undefined && { inGroup: context.inGroup }),
  };
}

const readsItem = (value: Value | undefined) => refsOfValue(value).some((ref) => ref.ref === 'item' || ref.ref === 'input');

/** The container's argument list, env values and image, for one map item (or none). */
function itemFields(step: PodStep, task: DagTask, context: StepTaskContext, wrapped: boolean, item?: ValueContext['item']): { args: Segment[][]; env: Array<[string, Segment[]]>; image: Segment[] } {
  const { command, args, image } = body(step);
  const argsPath = ['steps', step.name, step.kind, 'args'];
  const words: Segment[][] = [];
  if (wrapped) {
    for (const word of command ?? []) words.push([{ kind: 'text', text: word }]);
    if (step.kind === 'script') words.push([{ kind: 'text', text: SCRIPT_PATH }]);
  }
  for (const [index, value] of (args ?? []).entries()) words.push(valueSegments(value, valueContext(task, context, [...argsPath, index], item)));
  const env: Array<[string, Segment[]]> = [];
  for (const variable of step.env ?? []) {
    if (variable.value !== undefined) env.push([variable.name, valueSegments(variable.value, valueContext(task, context, ['steps', step.name, 'env', variable.name], item))]);
  }
  const imageSegments = typeof image === 'string' ? [{ kind: 'text' as const, text: image }] : valueSegments(image, valueContext(task, context, ['steps', step.name, step.kind, 'image'], item));
  return { args: words, env, image: imageSegments };
}

const segmentsList = (words: Segment[][]) => list(words.map((segments) => code(templatedPython(segments))));
const envDict = (env: Array<[string, Segment[]]>) => dict(env.map(([name, segments]) => [code(pythonString(name)), code(templatedPython(segments))] as const));

/** Which operator fields of a mapped step depend on the item, besides its arguments. */
interface ItemVaries {
  readonly env: boolean;
  readonly image: boolean;
}

function itemVaries(step: PodStep): ItemVaries {
  return { env: (step.env ?? []).some((variable) => readsItem(variable.value)), image: readsItem(body(step).image) };
}

/**
 * What one map item expands: its argument list, or (`expand_kwargs`) a dict of the arguments
 * and of the env values and image when those depend on the item too.
 */
function expandedValue(fields: ReturnType<typeof itemFields>, varies: ItemVaries): PythonExpression {
  if (!varies.env && !varies.image) return segmentsList(fields.args);
  return dict([
    [plain('arguments'), segmentsList(fields.args)],
    ...(varies.env ? [[plain('env_vars'), envDict(fields.env)] as const] : []),
    ...(varies.image ? [[plain('image'), code(templatedPython(fields.image))] as const] : []),
  ]);
}

/**
 * A container or script step as a `KubernetesPodOperator` (or, mapped, its `.partial()` and
 * `.expand()`). Returns the statement lines, indented for the DAG's `with` block.
 */
export function podTaskLines(step: PodStep, task: DagTask, variable: string, context: StepTaskContext, preExecute?: string): string[] {
  const { workflow } = context;
  const container = body(step);
  const pushes = pushesOutputs(step, context.readSteps);
  if ((pushes || (step.inputs?.artifacts?.length ?? 0) > 0) && step.kind === 'container' && container.command === undefined) {
    context.unsupported.add(['steps', step.name, 'container', 'command'], `Step "${step.name}" has outputs that are read or artifacts, but no command: the airflow backend wraps a step's command to push its outputs to XCom and move its artifacts, and cannot wrap an image's entrypoint.`, {
      stepName: step.name,
      hint: 'Give the step its command explicitly.',
    });
  }
  const transfer = stepTransfer(step, task, context, pushes);
  if (transfer?.sidecar) context.sidecarTasks.add(task.taskId);
  const wrapped = step.kind === 'script' || pushes || transfer !== undefined;
  // A script's source travels in the environment, cut in pieces under Linux's limit for one variable.
  const sourcePieces = step.kind === 'script' ? pieceOffsets(step.script.source) : [];
  const wrapperSource = podWrapper({ script: sourcePieces.length, outputs: pushes ? (step.outputs?.parameters ?? []) : undefined, ...(transfer !== undefined && { transfer: transfer.wrapper }) });
  const wrapperName = transfer?.sidecar ? `${constantName(step.name)}_WRAPPER` : step.kind === 'script' && !pushes ? 'RUN_SCRIPT' : 'RUN_AND_PUSH_OUTPUTS';
  const wrapper = wrapped ? context.constant(wrapperName, pythonBlockString(escapeJinjaText(wrapperSource)), 'Runs a step\'s command in its pod; see the couler backend-airflow README.') : undefined;
  const source = step.kind === 'script' ? context.constant(`${constantName(step.name)}_SOURCE`, pythonBlockString(step.script.source)) : undefined;
  const cmds = wrapper !== undefined ? list([plain('sh'), plain('-c'), code(wrapper), plain('couler')]) : container.command ? list(container.command.map(templated)) : undefined;

  const mapped = step.map;
  const varies = mapped === undefined ? { env: false, image: false } : itemVaries(step);
  const envVaries = varies.env;
  const fixed = itemFields(step, task, context, wrapped);
  if (envVaries && (transfer?.baseEnv.length ?? 0) > 0) {
    context.unsupported.add(['steps', step.name, 'env'], `Step "${step.name}" is mapped with environment values that depend on the item and also moves artifacts or large values; Airflow maps env_vars as one plain dict.`, { stepName: step.name });
  }
  if (envVaries && (step.env ?? []).some((variable) => variable.value === undefined)) {
    context.unsupported.add(['steps', step.name, 'env'], `Step "${step.name}" is mapped with environment values that depend on the item and also reads secrets or ConfigMaps into its environment; Airflow maps env_vars as one plain dict.`, { stepName: step.name });
  }
  const envList = [
    ...fixed.env.map(([name, segments]) => call('k8s.V1EnvVar', [], [['name', templated(name)], ['value', code(templatedPython(segments))]])),
    ...(step.env ?? []).map(referencedEnvVar).filter((value) => value !== undefined),
    ...(step.env ?? []).map(downwardEnvVar).filter((value) => value !== undefined),
    ...(source !== undefined ? carriedEnv(source, sourcePieces) : []),
    ...(transfer?.baseEnv ?? []),
  ];
  const xcomInputs = (transfer?.wrapper.inputs ?? []).filter((input) => input.kind === 'xcom');
  const processText = (fields: ReturnType<typeof itemFields>) => {
    const prefix = wrapped ? (container.command?.length ?? 0) + (step.kind === 'script' ? 1 : 0) : 0;
    const carried = [step.kind === 'script' ? step.script.source : '', ...(step.inputs?.artifacts ?? []).map((artifact) => artifact.raw ?? '')];
    return {
      command: [...(wrapped ? ['sh', '-c', wrapperSource, 'couler'] : []), ...(wrapped ? fields.args.slice(0, prefix).map((segments) => segments.map((segment) => (segment.kind === 'text' ? segment.text : '')).join('')) : (container.command ?? []))],
      args: fields.args.slice(prefix),
      env: fields.env,
      // An artifact carried in XCom counts as large as XCom lets it be (see podTransfer).
      carriedBytes: carried.reduce((sum, text) => sum + utf8Bytes(text), 0) + xcomInputs.length * packedLength(context.storage.xcomMaxBytes),
      carriedPieces:
        sourcePieces.length +
        (step.inputs?.artifacts ?? []).filter((artifact) => artifact.raw !== undefined).reduce((sum, artifact) => sum + pieceOffsets(artifact.raw!).length, 0) +
        xcomInputs.reduce((sum, input) => sum + input.pieces, 0),
    };
  };
  checkProcessSize(step, processText(fixed), context.unsupported);
  for (const item of mapped?.items ?? []) checkProcessSize(step, processText(itemFields(step, task, context, wrapped, { literal: item as MapItem })), context.unsupported);
  const { volumes: podVolumes, mounts } = volumes(workflow, step, transfer?.shared);
  const keywords: Array<readonly [string, PythonExpression | undefined]> = [
    ['task_id', plain(task.taskId)],
    ['namespace', context.namespace === undefined ? undefined : templated(context.namespace)],
    // A templated field: an image read from a parameter or an output is rendered when the task runs.
    ['image', varies.image ? undefined : code(templatedPython(fixed.image))],
    ['cmds', cmds],
    // A mapped step expands its arguments (with its env when that depends on the item too).
    ['arguments', mapped !== undefined ? undefined : fixed.args.length > 0 ? segmentsList(fixed.args) : undefined],
    ['env_vars', envVaries || envList.length === 0 ? undefined : list(envList)],
    ['env_from', envFrom(step)],
    ['container_resources', containerResources(step)],
    ['node_selector', nodeSelector(workflow, step)],
    ['tolerations', tolerations(workflow, step)],
    ['volumes', podVolumes],
    ['volume_mounts', mounts],
    ['image_pull_policy', container.imagePullPolicy === undefined ? undefined : plain(container.imagePullPolicy)],
    ...podAccessKeywords(workflow, step),
    ...podSpecKeywords(workflow, step, context.unsupported),
    ['full_pod_spec', fullPodSpec(container.workingDir, transfer, userSidecars(resolvedPod(workflow, step)), resolvedPod(workflow, step)?.container)],
    // Not rendered by Airflow (not a templated field): the clone scripts are written as they are.
    ['init_containers', initContainers([...(transfer?.initContainers ?? []), ...userInitContainers(resolvedPod(workflow, step))])],
    ...podRunKeywords(step, task, context, pushes, preExecute),
  ];
  return podOperatorLines(variable, keywords, task, context, {
    byKeywords: varies.env || varies.image,
    perItem: (item) => expandedValue(itemFields(step, task, context, wrapped, { literal: item }), varies),
  });
}

/** Who the pod runs as and what it is tagged with: pull secrets, service account, labels, annotations. */
export function podAccessKeywords(workflow: Workflow, step: Step): Array<readonly [string, PythonExpression | undefined]> {
  return [
    ['image_pull_secrets', workflow.spec.imagePullSecrets?.length ? list(workflow.spec.imagePullSecrets.map((name) => call('k8s.V1LocalObjectReference', [], [['name', plain(name)]]))) : undefined],
    ['service_account_name', (step.serviceAccount ?? workflow.spec.serviceAccount) === undefined ? undefined : plain(step.serviceAccount ?? workflow.spec.serviceAccount)],
    // The workflow's pod metadata under the step's own.
    ['labels', stringMap(workflow.spec.podMetadata?.labels || step.labels ? { ...workflow.spec.podMetadata?.labels, ...step.labels } : undefined)],
    ['annotations', stringMap(workflow.spec.podMetadata?.annotations || step.annotations ? { ...workflow.spec.podMetadata?.annotations, ...step.annotations } : undefined)],
    ['hostnetwork', workflow.spec.hostNetwork ? plain(true) : undefined],
    // KubernetesPodOperator fails the task when its pod has not started after this long.
    ['startup_timeout_seconds', step.pendingTimeoutSeconds !== undefined ? plain(step.pendingTimeoutSeconds) : undefined],
  ];
}

/** XCom, pod clean-up, retries and timeouts, map parallelism, the per-item condition hook, docs. */
export function podRunKeywords(step: Step, task: DagTask, context: StepTaskContext, pushes: boolean, preExecute: string | undefined): Array<readonly [string, PythonExpression | undefined]> {
  return [
    ['do_xcom_push', pushes ? plain(true) : undefined],
    ['on_finish_action', context.workflow.spec.podGC?.strategy === 'OnPodSuccess' ? plain('delete_succeeded_pod') : undefined],
    ...runtimeKeywords(step, task, context),
    ['max_active_tis_per_dagrun', step.map?.parallelism === undefined ? undefined : plain(step.map.parallelism)],
    // Each map index decides its own condition before its pod starts (see condition-hook).
    ['pre_execute', preExecute === undefined ? undefined : code(preExecute)],
    ['doc_md', step.description === undefined ? undefined : plain(step.description)],
  ];
}

/**
 * The operator's statement; of a mapped step, `.partial()` with the fields that do not depend
 * on the item and `.expand()` of its arguments (`expand_kwargs` with `byKeywords`: a dict of
 * the fields that do), per literal item or from the step's items task.
 */
export function podOperatorLines(
  variable: string,
  keywords: ReadonlyArray<readonly [string, PythonExpression | undefined]>,
  task: DagTask,
  context: Pick<StepTaskContext, 'itemsVariable'>,
  expansion: { readonly byKeywords: boolean; readonly perItem: (item: MapItem) => PythonExpression },
): string[] {
  const mapped = task.step!.map;
  if (mapped === undefined) return [statement(`${variable} = `, call('KubernetesPodOperator', [], keywords))];
  const partial = call('KubernetesPodOperator.partial', [], keywords);
  const expandWith = (values: string) => (expansion.byKeywords ? `.expand_kwargs(${values})` : `.expand(arguments=${values})`);
  if (mapped.from !== undefined) return [statement(`${variable} = `, partial, expandWith(context.itemsVariable(task)))];
  const valuesName = `${variable}_${expansion.byKeywords ? 'kwargs' : 'arguments'}`;
  const perItemValues = (mapped.items ?? []).map((item) => expansion.perItem(item as MapItem));
  return [statement(`${valuesName} = `, list(perItemValues)), statement(`${variable} = `, partial, expandWith(valuesName))];
}

/**
 * The variables carrying a file's text (`COULER_SCRIPT`, a script step's source): its constant,
 * or slices of it when the text is cut in pieces (Python slices a `str` by code point, as pieceOffsets counts).
 */
export function carriedEnv(source: string, ranges: ReadonlyArray<readonly [number, number]>, base = SCRIPT_ENV): PythonExpression[] {
  return carriedEnvNames(base, ranges.length).map((name, index) => {
    const [start, end] = ranges[index]!;
    const slice = ranges.length === 1 ? source : `${source}[${index === 0 ? '' : start}:${index === ranges.length - 1 ? '' : end}]`;
    return call('k8s.V1EnvVar', [], [['name', plain(name)], ['value', call('couler_escape', [code(slice)])]]);
  });
}

export const constantName = (stepName: string) => stepName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();

/** The pod's transfer sidecar, wrapper steps and env, or `undefined` when it moves nothing. */
function stepTransfer(step: PodStep, task: DagTask, context: StepTaskContext, pushes: boolean): PodTransfer | undefined {
  const { storage } = context;
  return podTransfer(step, task.iteration, {
    workflow: context.workflow,
    plan: context.plan,
    store: storage.artifactStore,
    transferImage: storage.transferImage,
    xcomMaxBytes: storage.xcomMaxBytes,
    unsupported: context.unsupported,
    values: pushes ? context.largeValues.modeOf(step.name) : undefined,
    readsSpilledOutputs: context.largeValues.readsSpilled(step.name),
    gitImage: storage.gitImage,
    gitScriptConstant: (index, script) => context.constant(`${constantName(step.name)}_GIT_${index}`, pythonBlockString(script), `Clones input artifact ${index} of step "${step.name}" in its pod's init container.`),
    transferConstant: () => context.constant('COULER_TRANSFER_SOURCE', pythonBlockString(TRANSFER_SOURCE), 'The couler-transfer sidecar: moves artifacts and large values (stdlib Python: S3, OSS, GCS, HDFS, HTTP).'),
  });
}

/**
 * `full_pod_spec` for what the operator's own fields cannot say: the working directory, and the
 * transfer sidecar (the provider merges the first container with the operator's `base` and keeps
 * the others).
 */
function fullPodSpec(workingDir: string | undefined, transfer: PodTransfer | undefined, sidecars: ReadonlyArray<PythonExpression>, runtime?: ContainerRuntime): PythonExpression | undefined {
  const settings = pickContainerRuntime(runtime);
  if (workingDir === undefined && transfer?.sidecar === undefined && sidecars.length === 0 && Object.keys(settings).length === 0) return undefined;
  // Probes, ports, hooks, … have no operator argument: they ride on the base container, which the provider merges field by field.
  const base =
    Object.keys(settings).length > 0
      ? baseContainerWith(settings, workingDir)
      : call('k8s.V1Container', [], [['name', plain('base')], ['working_dir', workingDir === undefined ? undefined : plain(workingDir)]]);
  return call('k8s.V1Pod', [], [['spec', call('k8s.V1PodSpec', [], [['containers', list([base, ...(transfer?.sidecar ? [transfer.sidecar.container] : []), ...sidecars])]])]]);
}

const initContainers = (containers: ReadonlyArray<PythonExpression>): PythonExpression | undefined => (containers.length === 0 ? undefined : list(containers));

/** The list a step mapped over an output or a parameter is mapped over, read at run time. */
export function mapSource(step: Step, task: DagTask, context: Pick<StepTaskContext, 'plan'>): { source: string; needsTi: boolean; needsParams: boolean } {
  const from = step.map!.from!;
  if (from.ref === 'step') return { source: `couler_items(${outputCall('couler_output', context.plan, from.step, step, task.iteration, from.output)})`, needsTi: true, needsParams: false };
  // Inside a task group, a parameter is an input of the call.
  if (context.plan.inGroup) return { source: `couler_items(${groupInputCall(step, 0, from.name)})`, needsTi: true, needsParams: false };
  return { source: `couler_items(params[${pythonString(from.name)}])`, needsTi: false, needsParams: true };
}

/** The body of a mapped step's items task: one argument list (or kwargs dict) per item. */
export function itemsExpression(step: PodStep, task: DagTask, context: StepTaskContext): { expression: string; needsTi: boolean; needsParams: boolean } {
  const { source, needsTi, needsParams } = mapSource(step, task, context);
  const wrapped = step.kind === 'script' || pushesOutputs(step, context.readSteps) || (step.inputs?.artifacts?.length ?? 0) > 0 || context.largeValues.readsSpilled(step.name);
  const perItem = expandedValue(itemFields(step, task, context, wrapped, 'runtime'), itemVaries(step));
  return { expression: `[${flatExpression(perItem)} for item in ${source}]`, needsTi, needsParams };
}

/** `lead` + the expression + `tail`, laid out at the DAG block's indentation. */
export function statement(lead: string, expression: PythonExpression, tail = ''): string {
  return printExpression(expression, 1, lead, tail);
}

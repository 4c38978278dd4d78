import { kubeflowJobManifestTemplate, objectQueryFile, RESULT_OUTPUT, resourceWaitScript, type JobStep, type ResourceStep, type Value } from '@couler/ir';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonBlockString } from '../python/python-literal';
import { code, flatExpression, list, type PythonExpression } from '../python/python-expression';
import { checkProcessSize } from './check-process-size';
import type { DagTask } from './dag-plan';
import { kubectlWrapper, MANIFEST_ENV, type PushedQuery } from './kubectl-wrapper';
import { nodeSelector, plain, templated, tolerations } from './pod-fields';
import { shellQuote } from './pod-wrapper';
import { pieceOffsets, utf8Bytes } from './process-limits';
import { templatedPython, valueSegments, type MapItem, type Segment, type ValueContext } from './render-value';
import { podSpecKeywords, resolvedPod } from './pod-spec-keywords';
import { carriedEnv, constantName, mapSource, podAccessKeywords, podOperatorLines, podRunKeywords, type StepTaskContext } from './step-task';

/** A step the airflow backend runs as a pod running `kubectl`. */
export type KubectlStep = JobStep | ResourceStep;

export const isKubectlStep = (step: { kind: string }): step is KubectlStep => step.kind === 'job' || step.kind === 'resource';

/** The values of a job step's manifest known only at run time, in the order its wrapper reads them (`$1`, `$2` …). */
function runTimeValues(step: KubectlStep): ReadonlyArray<Value> {
  return step.kind === 'job' ? kubeflowJobManifestTemplate(step, step.name).values : [];
}

/** The step's `arguments`: each run-time value rendered for one map item (or none, or `runtime` in the items task). */
function argumentSegments(step: KubectlStep, task: DagTask, context: StepTaskContext, item?: ValueContext['item']): Segment[][] {
  const path = ['steps', step.name, 'job', 'args'];
  return runTimeValues(step).map((value) =>
    valueSegments(value, { plan: context.plan, step, iteration: task.iteration, namespace: context.namespace, airflowVersion: context.airflowVersion, unsupported: context.unsupported, path, ...(item !== undefined && { item }) }),
  );
}

const argumentList = (words: Segment[][]) => list(words.map((segments) => code(templatedPython(segments))));

/**
 * Outputs read from the created object that someone reads (another step, a condition, the
 * workflow's global outputs), as kubectl queries. kubectl evaluates JSONPath only, and the
 * object has no standard output: anything else read is refused.
 */
function pushedQueries(step: KubectlStep, context: StepTaskContext): PushedQuery[] {
  const read = context.readOutputs.get(step.name) ?? new Set<string>();
  const queries: PushedQuery[] = [];
  if (read.has(RESULT_OUTPUT)) {
    context.unsupported.add(['steps', step.name, 'outputs'], `Step "${step.name}" is a ${step.kind} step, which has no standard output, and another step reads its "${RESULT_OUTPUT}".`, {
      stepName: step.name,
      hint: 'Read an output declared with { jsonPath } from the created object instead (job-name, job-id).',
    });
  }
  for (const output of step.outputs?.parameters ?? []) {
    if (!read.has(output.name) && output.global !== true) continue;
    if (output.jsonPath === undefined) {
      context.unsupported.add(['steps', step.name, 'outputs', 'parameters', output.name], `Output "${output.name}" of step "${step.name}" is read with a jq filter, which the airflow backend cannot evaluate: its pod runs kubectl, which reads JSONPath only.`, {
        stepName: step.name,
        hint: 'Declare the output with { jsonPath }, e.g. { jsonPath: "{.status.succeeded}" }.',
      });
      continue;
    }
    queries.push({ name: output.name, jsonPath: output.jsonPath, file: objectQueryFile(queries.length) });
  }
  return queries;
}

/** Fields a kubectl pod cannot honour: it runs no code of the user's, and moves no files. */
function refuseFieldsOfOtherPods(step: KubectlStep, context: StepTaskContext): void {
  const refuse = (field: string, what: string, hint: string) =>
    context.unsupported.add(['steps', step.name, field], `Step "${step.name}" is a ${step.kind} step with ${what}: the airflow backend runs it as a pod running kubectl, which would not pass them on to the object it creates.`, { stepName: step.name, hint });
  const inManifest = step.kind === 'job' ? 'Give them to the job\'s roles (their image, args and resources) instead.' : 'Write them into the manifest instead.';
  if (step.env?.length || step.envFrom?.length) refuse(step.env?.length ? 'env' : 'envFrom', 'environment variables', inManifest);
  if (step.volumeMounts?.length) refuse('volumeMounts', 'volume mounts', inManifest);
  if (step.resources !== undefined) refuse('resources', 'resources', inManifest);
  if (step.inputs?.artifacts?.length || step.outputs?.artifacts?.length) {
    refuse(step.inputs?.artifacts?.length ? 'inputs' : 'outputs', 'artifacts', 'Move the files in a container step before or after it, or compile for the argo backend.');
  }
}

/**
 * A job step (a Kubeflow training job) or a resource step (`runJob`, a raw manifest) as a
 * `KubernetesPodOperator` in the `kubectlImage`, running `kubectlWrapper`: the object is
 * created, waited for, and its outputs pushed to XCom. The pod needs a service account allowed
 * to create and read the object's kind (the step's or the workflow's `serviceAccount`).
 */
export function kubectlTaskLines(step: KubectlStep, task: DagTask, variable: string, context: StepTaskContext, preExecute?: string): string[] {
  refuseFieldsOfOtherPods(step, context);
  const path = ['steps', step.name];
  const queries = pushedQueries(step, context);
  let wrapperSource: string;
  let env: PythonExpression[] = [];
  let carried = '';
  let carriedPieces = 0;
  if (step.kind === 'job') {
    wrapperSource = kubectlWrapper({ kind: 'job', template: kubeflowJobManifestTemplate(step, step.name), queries });
  } else {
    const waitScript = resourceWaitScript(step, path, shellQuote);
    if ((waitScript !== undefined || queries.length > 0) && step.resource.action === 'delete') {
      context.unsupported.add([...path, 'resource'], `Step "${step.name}" deletes its object and also has ${waitScript !== undefined ? 'success or failure conditions' : 'outputs read from the object'}.`, {
        stepName: step.name,
        hint: 'A deleted object has no fields to wait for or read: drop them, or delete in a step of its own.',
      });
    }
    const manifest = step.resource.manifest.endsWith('\n') ? step.resource.manifest : `${step.resource.manifest}\n`;
    // The manifest travels in the environment, in pieces under Linux's limit for one variable.
    const ranges = pieceOffsets(manifest);
    env = carriedEnv(context.constant(`${constantName(step.name)}_MANIFEST`, pythonBlockString(manifest)), ranges, MANIFEST_ENV);
    carried = manifest;
    carriedPieces = ranges.length;
    wrapperSource = kubectlWrapper({ kind: 'resource', resource: step.resource, pieces: ranges.length, waitScript, queries });
  }
  const wrapper = context.constant(`${constantName(step.name)}_KUBECTL`, pythonBlockString(escapeJinjaText(wrapperSource)), `Creates step ${JSON.stringify(step.name)}'s object with kubectl and waits for it; see the couler backend-airflow README.`);

  const fixed = argumentSegments(step, task, context);
  const checkSize = (args: Segment[][]) =>
    checkProcessSize(step, { command: ['sh', '-c', wrapperSource, 'couler'], args, env: [], carriedBytes: utf8Bytes(carried), carriedPieces }, context.unsupported);
  checkSize(fixed);
  for (const item of step.map?.items ?? []) checkSize(argumentSegments(step, task, context, { literal: item as MapItem }));

  const keywords: Array<readonly [string, PythonExpression | undefined]> = [
    ['task_id', plain(task.taskId)],
    ['namespace', context.namespace === undefined ? undefined : templated(context.namespace)],
    ['image', templated(context.kubectlImage)],
    ['cmds', list([plain('sh'), plain('-c'), code(wrapper), plain('couler')])],
    ['arguments', step.map !== undefined || fixed.length === 0 ? undefined : argumentList(fixed)],
    ['env_vars', env.length === 0 ? undefined : list(env)],
    ['node_selector', nodeSelector(context.workflow, step)],
    ['tolerations', tolerations(context.workflow, step)],
    ...podAccessKeywords(context.workflow, step),
    ...kubectlPodKeywords(step, context),
    ...podRunKeywords(step, task, context, queries.length > 0, preExecute),
  ];
  return podOperatorLines(variable, keywords, task, context, { byKeywords: false, perItem: (item) => argumentList(argumentSegments(step, task, context, { literal: item })) });
}

/** The body of a mapped kubectl step's items task: one argument list per item of the list it is mapped over. */
export function kubectlItemsExpression(step: KubectlStep, task: DagTask, context: StepTaskContext): { expression: string; needsTi: boolean; needsParams: boolean } {
  const { source, needsTi, needsParams } = mapSource(step, task, context);
  return { expression: `[${flatExpression(argumentList(argumentSegments(step, task, context, 'runtime')))} for item in ${source}]`, needsTi, needsParams };
}

/**
 * Pod settings of the pod that runs kubectl: those of the pod (security context, scheduling,
 * DNS) apply to it; containers and volumes of the user's do not, and a Kubeflow job's replicas
 * are not this pod.
 */
function kubectlPodKeywords(step: KubectlStep, context: StepTaskContext): Array<readonly [string, PythonExpression | undefined]> {
  const pod = resolvedPod(context.workflow, step);
  const refuse = (field: string, why: string) =>
    context.unsupported.add(field === 'volumes' ? ['steps', step.name, 'volumes'] : ['steps', step.name, 'pod', field], `The airflow backend cannot express ${field} on ${step.kind} step "${step.name}": ${why}.`, { stepName: step.name, hint: 'Remove it, or run the work in a container step.' });
  if (step.kind === 'job' && pod) {
    refuse(Object.keys(pod)[0]!, "Airflow would give it to the pod that creates the Kubeflow job with kubectl, not to the job's replicas");
    return [];
  }
  if (step.volumes?.length) refuse('volumes', 'the step runs kubectl, which mounts no volume of the user\'s');
  for (const field of ['initContainers', 'sidecars', 'containerSecurityContext', 'container'] as const) if (step.pod?.[field] !== undefined) refuse(field, 'the step runs kubectl, not a container of the user\'s');
  const { containerSecurityContext: _container, initContainers: _init, sidecars: _sidecars, container: _runtime, ...podLevel } = pod ?? {};
  return podSpecKeywords(context.workflow, step, context.unsupported, podLevel);
}

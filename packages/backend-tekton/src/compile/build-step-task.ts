import {
  createJobCommand,
  JOB_MANIFEST_FILE,
  JSON_STRING_FUNCTION,
  kubeflowJobManifestTemplate,
  kubernetesResources,
  objectQueryFile as objectOutputFile,
  RESOURCE_MANIFEST_FILE,
  resourceCommand,
  resourceWaitScript,
  RESULT_OUTPUT,
  refsOfValue,
  TRANSFER_SOURCE,
  WAIT_JOB_FUNCTION,
  writeJobManifestCommand,
  type ObjectQuery,
  type OutputArtifact,
  type Step,
  type Value,
  type Workflow,
  downwardEnvSource,
} from '@couler/ir';
import type { ResolvedTektonCompileOptions } from '../tekton-compile-options';
import { ITERATION_RESULT } from './build-fan-in-task';
import type { ReadKind } from './consumption';
import { dollarParamSpec } from './escape-variables';
import type { ReferenceTargets } from './render-reference';
import { NameAllocator, resultNameFor } from './name-allocator';
import { outputRoute, planArtifactTransfers, TRANSFER_DIRECTORY, urlResultName } from './plan-artifact-transfers';
import { checkProcessLimits, fitsScriptArgument, sourceChunks } from './process-limits';
import { shellQuote } from './shell';
import { requireCommand, TaskValues } from './task-values';
import type { Json, TektonParam } from './tekton-types';
import { TRANSFER_MOUNT, TRANSFER_VOLUME_SPEC, transferSteps } from './transfer-steps';
import { taskPodFields } from './tekton-pod-spec';
import { unsupported } from './unsupported';
import { DATA_WORKSPACE, STDOUT_FILE, wrapperScript, type WrapperResult } from './wrapper-script';

export interface StepTask {
  readonly taskSpec: Json;
  readonly params: TektonParam[];
  /** Whether the task mounts the data workspace (artifacts, spilled results). */
  readonly usesData: boolean;
}

export interface StepTaskContext {
  readonly taskName: string;
  readonly path: ReadonlyArray<string | number>;
  readonly options: ResolvedTektonCompileOptions;
  readonly targets: ReferenceTargets;
  /** How each output of this step is read by others. */
  readonly reads: ReadonlyMap<string, ReadonlySet<ReadKind>>;
  /** Result names of this step's outputs (see `planResultNames`). */
  readonly resultNames: ReadonlyMap<string, string>;
  readonly volumes: ReadonlyMap<string, Json>;
  /** The workflow, for its pod-spec defaults. */
  readonly workflow: Workflow;
  readonly workspaceVolumes: ReadonlySet<string>;
  /** The step runs as a matrix: each iteration also records its index for the fan-in task. */
  readonly mapped: boolean;
  /** The output artifact a step declares (to read an input artifact where its producer wrote it). */
  producedArtifact(step: string, name: string): OutputArtifact | undefined;
}

/** Script bytes kept free for the wrapper's own lines when a source is written into it. */
const SCRIPT_RESERVE_BYTES = 16 * 1024;

/** Termination-message bytes kept for the iteration index of a mapped step (its JSON entry). */
const ITERATION_RESULT_BYTES = 64;

const SOURCE_FILE = '/tmp/couler-source';

function shebang(command: ReadonlyArray<string>, source: string): string {
  if (source.startsWith('#!')) return source;
  const interpreter = command.length === 1 && command[0]!.startsWith('/') ? command[0]! : `/usr/bin/env ${command.length > 1 ? '-S ' : ''}${command.join(' ')}`;
  return `#!${interpreter}\n${source}`;
}

/**
 * One IR step as a Tekton task: a single step running the container, the script or (for jobs
 * and resources) `kubectl`; when outputs, artifacts or large values are involved, under a
 * generated `/bin/sh` wrapper (see `wrapperScript`).
 */
/**
 * Result names for the outputs of one step that other tasks read as values, and for the URL of
 * each artifact it uploads (keyed by the artifact's name): output names made valid Tekton result
 * names, unique within the task.
 */
export function planResultNames(step: Step, reads: ReadonlyMap<string, ReadonlySet<ReadKind>>, options: Pick<ResolvedTektonCompileOptions, 'artifactStore'>): Map<string, string> {
  const names = new NameAllocator(63, step.map ? [ITERATION_RESULT] : []);
  const out = new Map<string, string>();
  const parameters = new Set((step.outputs?.parameters ?? []).map((output) => output.name));
  for (const [output, kinds] of reads) {
    if (![...kinds].some((kind) => kind !== 'artifact')) continue;
    if (output !== RESULT_OUTPUT && !parameters.has(output)) continue;
    out.set(output, names.claim(resultNameFor(output)));
  }
  for (const artifact of step.outputs?.artifacts ?? []) {
    if (outputRoute(artifact, options) !== 'workspace') out.set(artifact.name, names.claim(urlResultName(artifact.name)));
  }
  return out;
}

export function buildStepTask(step: Step, context: StepTaskContext): StepTask {
  const { options, path, taskName } = context;
  const dollar = 'couler-dollar';
  const transfers = planArtifactTransfers(step, { taskName, path, options, targets: context.targets, producedArtifact: context.producedArtifact, urlResultOf: context.targets.resultOf });
  const values = new TaskValues(step, context.targets, path, dollar, [...(step.inputs?.parameters ?? []).map((input) => input.name), ...transfers.params.map((param) => param.spec.name)]);

  // Outputs read from the object a job step created (`jsonPath`), after it finished.
  const objectQueries: ObjectQuery[] = [];
  // Results: every output another task reads as a value, in a `when`, or as a list.
  const results: Array<WrapperResult & { type: 'string' | 'array' }> = [];
  const declared = new Map((step.outputs?.parameters ?? []).map((output) => [output.name, output]));
  const readOutputs = [...context.reads.entries()].filter(([, kinds]) => [...kinds].some((kind) => kind !== 'artifact'));
  for (const [output, kinds] of readOutputs) {
    const parameter = declared.get(output);
    let file = parameter?.path;
    if (output !== RESULT_OUTPUT && !file) {
      if (!parameter) continue; // An artifact: passed through the data workspace.
      file = objectQueryFile(step, parameter, objectQueries, [...path, 'outputs', 'parameters', output]);
    }
    if (output === RESULT_OUTPUT && step.kind !== 'container' && step.kind !== 'script') {
      throw unsupported(`step.${step.kind}`, `the standard output of a ${step.kind} step`, { path: [...path, 'outputs'], stepName: step.name });
    }
    const result = context.resultNames.get(output)!;
    const array = kinds.has('array');
    const spill = options.largeResults === 'workspace' && !array && !kinds.has('when');
    results.push({
      result,
      type: array ? 'array' : 'string',
      file: output === RESULT_OUTPUT ? STDOUT_FILE : file!,
      share: 0,
      spill,
      ...(parameter?.default !== undefined && { default: parameter.default }),
      outputName: output,
    });
  }
  // Tekton's termination message holds every result of a step, JSON-encoded: give each result
  // an equal share, halved for the encoding.
  // The last step of the task writes every result the task has in its termination message: the
  // URLs of uploaded artifacts take their bytes first.
  const iteration = context.mapped && results.length > 0;
  const budget = options.resultLimitBytes - (iteration ? ITERATION_RESULT_BYTES : 0) - transfers.resultBytes;
  if (transfers.resultBytes > 0 && budget < results.length * 64) {
    throw unsupported('output-artifacts', `the URLs of ${transfers.uploads.length} uploaded artifacts (up to ${transfers.resultBytes} bytes of results${results.length ? ', besides the step\'s other outputs' : ''}) within the ${options.resultLimitBytes} bytes of results one step may write`, {
      path: [...path, 'outputs', 'artifacts'],
      stepName: step.name,
      hint: 'Raise the resultLimitBytes setting (Tekton results written through sidecar logs may be larger), or shorten the artifact store URL and the artifact names.',
    });
  }
  for (const result of results) (result as { share: number }).share = Math.floor(budget / results.length / 2);

  const { outputArtifacts, inputArtifacts } = transfers;
  const rawArtifacts = (step.inputs?.artifacts ?? []).filter((artifact) => artifact.raw !== undefined).map((artifact) => ({ text: artifact.raw!, path: artifact.path, ...(artifact.mode !== undefined && { mode: artifact.mode }) }));

  const spillReads = options.largeResults === 'workspace' && [...(step.env ?? []).map((variable) => variable.value), ...(step.inputs?.parameters ?? []).map((input) => input.value), ...argsOf(step)].some((value) => TaskValues.readsStep(value));
  const usesData = transfers.usesData || results.some((result) => result.spill) || spillReads;
  const moves = transfers.downloads.length > 0 || transfers.uploads.length > 0 || transfers.clones.length > 0;
  // Text a substitution phase after params would replace reaches the process only through the shell.
  const shellText = [...commandOf(step), ...argsOf(step), ...(step.env ?? []).map((variable) => variable.value), ...(step.kind === 'script' ? [step.script.source] : [])].some((value) => values.needsShell(value));
  // A script too large for the argument Tekton places scripts with is written by the wrapper.
  const largeScript = step.kind === 'script' && !fitsScriptArgument(shebang(step.script.command, step.script.source));
  const wrapped = usesData || moves || results.length > 0 || rawArtifacts.length > 0 || step.kind === 'job' || step.kind === 'resource' || shellText || largeScript;

  const tektonStep: Json = { name: 'main' };
  const env: Json[] = [];
  const exports: Array<{ name: string; word: string }> = [];
  for (const variable of step.env ?? []) {
    const downward = downwardEnvSource(variable);
    if (downward) env.push({ name: variable.name, valueFrom: downward });
    else if (variable.secretKeyRef) env.push({ name: variable.name, valueFrom: { secretKeyRef: variable.secretKeyRef } });
    else if (variable.configMapKeyRef) env.push({ name: variable.name, valueFrom: { configMapKeyRef: variable.configMapKeyRef } });
    else if (wrapped && (refsOfValue(variable.value).length > 0 || values.needsShell(variable.value))) exports.push({ name: variable.name, word: values.shellWord(variable.value!) });
    else env.push({ name: variable.name, value: values.text(variable.value ?? '', `environment variable "${variable.name}"`) });
  }

  let command = '';
  /** Shell functions a resource step's command calls to wait for its conditions. */
  let waitScript = '';
  let source: { text: string; file: string; variables?: string[] } | undefined;
  let image: Value;
  switch (step.kind) {
    case 'container': {
      image = step.container.image;
      if (!wrapped) {
        if (step.container.command) tektonStep.command = step.container.command.map((word) => values.literal(word, 'the command'));
        if (step.container.args) tektonStep.args = step.container.args.map((arg) => values.text(arg, 'the arguments'));
      } else {
        const words = requireCommand(step, step.container.command, shellText ? 'has text Tekton would replace, such as "$(context.taskRun.name)", in its arguments or environment' : 'has outputs, artifacts or large inputs');
        command = [...words.map(shellQuote), ...(step.container.args ?? []).map((arg) => values.shellWord(arg))].join(' ');
      }
      if (step.container.workingDir !== undefined) tektonStep.workingDir = values.literal(step.container.workingDir, 'the working directory');
      if (step.container.imagePullPolicy) tektonStep.imagePullPolicy = step.container.imagePullPolicy;
      break;
    }
    case 'script': {
      image = step.script.image;
      if (!wrapped) {
        tektonStep.script = values.literal(shebang(step.script.command, step.script.source), 'the script');
        if (step.script.args) tektonStep.args = step.script.args.map((arg) => values.text(arg, 'the arguments'));
      } else {
        source = { text: step.script.source, file: SOURCE_FILE };
        command = [...step.script.command.map(shellQuote), SOURCE_FILE, ...(step.script.args ?? []).map((arg) => values.shellWord(arg))].join(' ');
      }
      if (step.script.workingDir !== undefined) tektonStep.workingDir = values.literal(step.script.workingDir, 'the working directory');
      if (step.script.imagePullPolicy) tektonStep.imagePullPolicy = step.script.imagePullPolicy;
      break;
    }
    case 'job': {
      image = options.kubectlImage;
      // Arguments known only at run time (the map item, another step's output) are written into
      // the manifest by the shell, each JSON-escaped; literals are in the manifest as they are.
      const template = kubeflowJobManifestTemplate(step, taskName);
      if (template.values.length === 0) source = { text: template.pieces.join(''), file: JOB_MANIFEST_FILE };
      const write = template.values.length === 0 ? '' : `${writeJobManifestCommand(template, template.values.map((value) => values.shellWord(value)), shellQuote)} && `;
      command = `${write}${createJobCommand(objectQueries, shellQuote)}`;
      break;
    }
    case 'resource': {
      image = options.kubectlImage;
      const conditions = resourceWaitScript(step, path, shellQuote);
      if ((conditions || objectQueries.length > 0) && step.resource.action === 'delete') {
        throw unsupported('step.resource', `${conditions ? 'success or failure conditions' : 'outputs read from the object'} of a resource step that deletes it`, { path: [...path, 'resource'], stepName: step.name, hint: 'A deleted object has no fields to wait for or read: drop them, or delete in a step of its own.' });
      }
      source = { text: step.resource.manifest.endsWith('\n') ? step.resource.manifest : `${step.resource.manifest}\n`, file: RESOURCE_MANIFEST_FILE };
      waitScript = conditions ?? '';
      command = resourceCommand(step.resource, conditions !== undefined, objectQueries, shellQuote);
      break;
    }
    case 'suspend': {
      if (step.suspend.durationSeconds === undefined) {
        throw unsupported('step.suspend', 'a suspend step without a duration (Tekton cannot pause a run until resumed)', { path: [...path, 'suspend'], stepName: step.name, hint: 'Give the step a duration: it becomes a task that sleeps.' });
      }
      image = options.helperImage;
      tektonStep.command = ['sleep'];
      tektonStep.args = [String(step.suspend.durationSeconds)];
      break;
    }
    default: {
      const kind = (step as { kind: string }).kind;
      throw unsupported(`step.${kind}`, `${kind} steps`, { path: [...path, kind], stepName: step.name });
    }
  }
  tektonStep.image = values.text(image, 'the image');

  if (wrapped) {
    const { env: inputEnv, fromStep } = values.shellInputs();
    // A large source or manifest travels base64-encoded in environment chunks, and the wrapper
    // writes it to its file: the script itself stays small enough for Tekton to place.
    if (source && !fitsScriptArgument(source.text, SCRIPT_RESERVE_BYTES)) {
      const chunks = sourceChunks(source.text);
      source = { ...source, variables: chunks.map((_, index) => `COULER_SOURCE_${index}`) };
      inputEnv.push(...chunks.map((chunk, index) => ({ name: `COULER_SOURCE_${index}`, value: chunk })));
    }
    let script = wrapperScript({
      resolve: options.largeResults === 'workspace' ? fromStep : [],
      exports,
      inputArtifacts,
      rawArtifacts,
      command,
      ...(source && { source }),
      captureStdout: results.some((result) => result.file === STDOUT_FILE),
      results,
      outputArtifacts,
      taskName,
      ...(iteration && { iterationResult: ITERATION_RESULT }),
    });
    if (step.kind === 'job') script = script.replace('couler_status=0\n', `${WAIT_JOB_FUNCTION}${command.includes('couler_json ') ? JSON_STRING_FUNCTION : ''}couler_status=0\n`);
    if (waitScript) script = script.replace('couler_status=0\n', `${waitScript}couler_status=0\n`);
    tektonStep.script = script;
    env.unshift(...inputEnv);
  }
  if (env.length) tektonStep.env = env;
  if (step.envFrom?.length) {
    tektonStep.envFrom = step.envFrom.map((source) => ({
      ...(source.prefix !== undefined && { prefix: source.prefix }),
      ...(source.secretRef && { secretRef: source.secretRef }),
      ...(source.configMapRef && { configMapRef: source.configMapRef }),
    }));
  }
  const resources = kubernetesResources(step.resources);
  if (resources) tektonStep.computeResources = resources;

  const volumeMounts: Json[] = [];
  const pod = taskPodFields(step, context.workflow, (text) => values.literal(text, 'a pod setting'), path);
  const volumes: Json[] = [...pod.volumes];
  const declaredVolume = (name: string) => context.volumes.get(name);
  // Workflow volumes a sidecar mounts belong to the task too.
  for (const sidecar of pod.sidecars) {
    for (const mount of (sidecar.volumeMounts as Array<{ name: string }> | undefined) ?? []) {
      const volume = declaredVolume(mount.name);
      if (volume && !volumes.some((known) => known.name === mount.name)) volumes.push(volume);
    }
  }
  const workspaces: Json[] = [];
  for (const mount of step.volumeMounts ?? []) {
    if (context.workspaceVolumes.has(mount.name)) {
      workspaces.push({ name: mount.name, mountPath: values.literal(mount.mountPath, `the mount path of volume "${mount.name}"`), ...(mount.readOnly && { readOnly: true }) });
      continue;
    }
    volumeMounts.push({ name: mount.name, mountPath: values.literal(mount.mountPath, `the mount path of volume "${mount.name}"`), ...(mount.readOnly && { readOnly: true }), ...(mount.subPath !== undefined && { subPath: values.literal(mount.subPath, `the subPath of volume "${mount.name}"`) }) });
    if (!volumes.some((volume) => volume.name === mount.name)) volumes.push(declaredVolume(mount.name)!);
  }
  if (moves) {
    if (context.volumes.has(TRANSFER_MOUNT.name)) {
      throw unsupported('workflow.volumes', `a volume named "${TRANSFER_MOUNT.name}" in a step that moves artifacts (Couler names the volume its transfer steps share so)`, { path: [...path, 'volumeMounts'], stepName: step.name, hint: 'Rename the volume.' });
    }
    if ((step.volumeMounts ?? []).some((mount) => mount.mountPath.replace(/\/+$/, '') === TRANSFER_DIRECTORY)) {
      throw unsupported('volume-mounts', `a volume mounted at ${TRANSFER_DIRECTORY} in a step that moves artifacts (Couler's transfer steps share that directory)`, { path: [...path, 'volumeMounts'], stepName: step.name, hint: 'Mount the volume elsewhere.' });
    }
    volumeMounts.push(TRANSFER_MOUNT);
    volumes.push(TRANSFER_VOLUME_SPEC);
  }
  if (volumeMounts.length) tektonStep.volumeMounts = volumeMounts;
  if (pod.volumeDevices) tektonStep.volumeDevices = pod.volumeDevices;
  if (usesData) workspaces.push({ name: DATA_WORKSPACE });
  const around = moves
    ? transferSteps(transfers, {
        image: values.literal(options.transferImage, 'the transferImage setting'),
        gitImage: values.literal(options.gitImage, 'the gitImage setting'),
        literal: (text, field) => values.literal(text, field),
        source: values.literal(TRANSFER_SOURCE, 'the transfer tool'),
        mapped: context.mapped,
      })
    : undefined;
  if (around) volumes.push(...around.volumes);

  checkProcessLimits(
    {
      argv: [...commandOf(step).map((value, index) => ({ value, path: [...path, step.kind, 'command', index] })), ...argsOf(step).map((value, index) => ({ value, path: [...path, step.kind, 'args', index] }))],
      env: (step.env ?? []).filter((variable) => variable.value !== undefined).map((variable) => ({ name: variable.name, value: variable.value, path: [...path, 'env', variable.name] })),
    },
    tektonStep,
    { stepName: step.name, path },
  );
  const params = [...values.specs, ...transfers.params.map((param) => param.spec)];
  if (values.usesDollar) params.unshift(dollarParamSpec(dollar));
  const uploaded = transfers.uploads.map((upload) => ({ name: upload.result, type: 'string' }));
  const taskSteps = [...(around?.clones ?? []), ...(around?.before ? [around.before] : []), tektonStep, ...(around?.after ? [around.after] : [])];
  // Under a restricted pod security policy every container needs the context, Couler's own steps too.
  if (pod.securityContext) for (const each of taskSteps) each.securityContext = structuredClone(pod.securityContext);
  const taskSpec: Json = {
    ...((step.labels || step.annotations) && { metadata: { ...(step.labels && { labels: step.labels }), ...(step.annotations && { annotations: step.annotations }) } }),
    ...(step.description !== undefined && { description: step.description }),
    ...(params.length && { params }),
    ...((results.length || uploaded.length) && { results: [...results.map((result) => ({ name: result.result, type: result.type })), ...(iteration ? [{ name: ITERATION_RESULT, type: 'string' }] : []), ...uploaded] }),
    ...(workspaces.length && { workspaces }),
    ...(volumes.length && { volumes }),
    steps: taskSteps,
    ...(pod.sidecars.length && { sidecars: pod.sidecars }),
  };
  return { taskSpec, params: [...values.passed, ...transfers.params.map((param) => param.passed)], usesData };
}

function commandOf(step: Step): Value[] {
  if (step.kind === 'container') return step.container.command ?? [];
  if (step.kind === 'script') return step.script.command;
  return [];
}

function argsOf(step: Step): Value[] {
  if (step.kind === 'container') return step.container.args ?? [];
  if (step.kind === 'script') return step.script.args ?? [];
  return [];
}

/**
 * Where the wrapper finds an output read from the object a job or resource step created:
 * kubectl's JSONPath writes it to a file once the step succeeded, as Argo's resource template
 * reads `jsonPath`.
 */
function objectQueryFile(step: Step, parameter: NonNullable<NonNullable<Step['outputs']>['parameters']>[number], queries: ObjectQuery[], path: ReadonlyArray<string | number>): string {
  const stepName = step.name;
  if (step.kind !== 'job' && step.kind !== 'resource') {
    throw unsupported('output-parameters', `output "${parameter.name}" read from the created object (jsonPath/jqFilter) of a ${step.kind} step`, { path, stepName, hint: 'Tekton reads results from files: write the value to a file and declare it with { path }.' });
  }
  if (parameter.jsonPath === undefined) {
    throw unsupported('output-parameters', `output "${parameter.name}" read with a jq filter`, { path, stepName, hint: 'Tekton runs kubectl, which evaluates JSONPath only: declare the output with { jsonPath }.' });
  }
  const file = objectOutputFile(queries.length);
  queries.push({ jsonPath: parameter.jsonPath, file });
  return file;
}

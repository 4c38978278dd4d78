import { downwardEnvSource, kubernetesVolume, type Step, type Workflow } from '@couler/ir';
import type { ArgoArtifact, ArgoArtifactLocation, ArgoContainer, ArgoParameter, ArgoTemplate, ArgoTemplateRef } from './argo-types';
import { assertContainerSetExpressible, compileContainerSet, containerSetRetryStrategy } from './container-set-template';
import { escapeTemplateText } from './escape-template-text';
import { assertHttpExpressible, compileHttp } from './http-template';
import { assertPluginExpressible, compilePlugin } from './plugin-template';
import { assertDataExpressible, compileData } from './data-template';
import { jobConditions, jobManifest, type PodExtras } from './job-manifest';
import { LeafInputs } from './leaf-inputs';
import { mapArtifactLocation } from './map-artifact-location';
import { mapEnv, secretSelector } from './map-env';
import { mapMemoize, memoizedCache } from './map-memoize';
import { mapMetrics } from './map-metrics';
import { mapResources } from './map-resources';
import { exprMember } from './render-condition';
import { mapRetryStrategy, retryReadsLog } from './map-retry-strategy';
import { applyPodSpec, containerClaims, containerRuntime, containerSecurityContext } from './pod-spec-fields';
import { argoSynchronization } from './synchronization';
import { unsupported } from './unsupported';

/** A volume mount with its paths escaped: Argo substitutes `{{…}}` in them as in every string of a template. */
function escapedMount(mount: NonNullable<Step['volumeMounts']>[number]): NonNullable<Step['volumeMounts']>[number] {
  return { ...mount, mountPath: escapeTemplateText(mount.mountPath), ...(mount.subPath !== undefined && { subPath: escapeTemplateText(mount.subPath) }) };
}

/** The node annotation Argo's UI shows as the step's name. */
const DISPLAY_NAME_ANNOTATION = 'workflows.argoproj.io/display-name';

/** Settings of the whole compile that leaf templates read. */
export interface LeafContext {
  readonly workflow: Workflow;
  readonly memoizeConfigMap: string;
  /** Global output names already handed out, to keep `globalName`s unique. */
  claimGlobalName(wanted: string, stepName: string): string;
  /** Every parameter a leaf reads arrives as its own input (inside a sub-workflow's DAG template). */
  readonly globalsAsInputs?: boolean;
}

/** A leaf template and the inputs its calling task must fill in. */
export interface CompiledLeaf {
  /** The step's own template; absent for a templateRef step, which calls another document's. */
  readonly template?: ArgoTemplate;
  /** What a templateRef step's task calls instead of a template of this document. */
  readonly templateRef?: ArgoTemplateRef;
  readonly inputs: LeafInputs;
  /** Input artifacts that come from another step's output. */
  readonly passedArtifacts: ReadonlyArray<PassedArtifact>;
}

/**
 * The template of one step: container, script, container set, http request, resource (raw
 * manifest or Kubeflow job) or suspend, with its inputs, outputs and per-step settings (retry,
 * timeout, memoize, …).
 * Fields that a kind of step cannot carry are refused by name rather than dropped.
 */
export function compileLeafTemplate(step: Step, templateName: string, path: ReadonlyArray<string | number>, context: LeafContext): CompiledLeaf {
  if ((step.kind === 'templateRef' || step.kind === 'subWorkflow') && step.synchronization) {
    throw unsupported('synchronization', `synchronization on a ${step.kind} step: Argo locks the template a task calls, and this step calls ${step.kind === 'templateRef' ? "another document's template, which Couler does not write" : 'the sub-workflow\'s template, shared by every call'}`, {
      path: [...path, 'synchronization'],
      stepName: step.name,
      hint: step.kind === 'templateRef' ? 'Set synchronization in the referenced template, or on the workflow.' : 'Take the lock on the steps inside the sub-workflow, or on the workflow.',
    });
  }
  if (step.kind === 'templateRef') return compileTemplateRef(step, path, context.workflow);
  if (step.kind === 'subWorkflow') return compileSubWorkflowCall(step, path);
  const spec = context.workflow.spec;
  const cache = memoizedCache(step, context.workflow);
  // A derived memoize key hashes the inputs, so whatever varies at run time must be one.
  const inputs = new LeafInputs(step, path, { globalsAsInputs: context.globalsAsInputs === true || (cache !== undefined && cache.key === undefined) });
  const template: ArgoTemplate = { name: templateName };

  const podOnly = (field: string, present: unknown) => {
    if (present === undefined || present === false || (Array.isArray(present) && present.length === 0)) return;
    throw unsupported(field, `${field} on a ${step.kind} step, which runs no container of its own`, {
      path: [...path, field],
      stepName: step.name,
      hint: 'Remove it, or make the step a container or script step.',
    });
  };
  if (step.kind === 'suspend' || step.kind === 'resource') {
    podOnly('env', step.env);
    podOnly('envFrom', step.envFrom);
    podOnly('resources', step.resources);
    podOnly('volumeMounts', step.volumeMounts);
    podOnly('daemon', step.daemon);
  }
  if (step.kind === 'suspend') {
    podOnly('pod', step.pod);
    podOnly('volumes', step.volumes);
  }
  if (step.kind === 'job') podOnly('daemon', step.daemon);
  if (step.kind === 'http') assertHttpExpressible(step, path);
  if (step.kind === 'plugin') assertPluginExpressible(step, path);
  if (step.kind === 'data') assertDataExpressible(step, path);
  if (step.kind === 'containerSet') assertContainerSetExpressible(step, path);

  if (step.labels || step.annotations) {
    template.metadata = {
      ...(step.labels && { labels: { ...step.labels } }),
      ...(step.annotations && { annotations: Object.fromEntries(Object.entries(step.annotations).map(([key, value]) => [key, escapeTemplateText(value)])) }),
    };
  }
  if (step.daemon) template.daemon = true;
  // Argo's UI names a node by this annotation of its template; Argo substitutes tags in it.
  if (step.displayName !== undefined) template.annotations = { [DISPLAY_NAME_ANNOTATION]: escapeTemplateText(step.displayName) };
  const metrics = mapMetrics(step.metrics, 'template', path, step.name);
  if (metrics) template.metrics = metrics;
  // An http step has no pod to give a deadline to: its timeout bounds the request (compileHttp).
  if (step.timeoutSeconds !== undefined && step.kind !== 'http') template.activeDeadlineSeconds = String(step.timeoutSeconds);
  // Durations, as Argo's `timeout`/`pendingTimeout` are (the controller enforces both, Pending included).
  if (step.totalTimeoutSeconds !== undefined) template.timeout = `${step.totalTimeoutSeconds}s`;
  if (step.pendingTimeoutSeconds !== undefined) template.pendingTimeout = `${step.pendingTimeoutSeconds}s`;
  const retry = step.retry ?? spec.retry;
  const inPodRetry = retry && step.kind === 'containerSet' ? containerSetRetryStrategy(retry, step.timeoutSeconds) : undefined;
  if (retry && !inPodRetry) template.retryStrategy = mapRetryStrategy(retry, step.retry ? [...path, 'retry'] : ['retry'], step.name);
  if (step.serviceAccount !== undefined && step.kind !== 'job') template.serviceAccountName = step.serviceAccount;
  if (step.nodeSelector && step.kind !== 'job') template.nodeSelector = { ...step.nodeSelector };
  if (step.tolerations?.length && step.kind !== 'job') template.tolerations = step.tolerations.map((toleration) => ({ ...toleration }));
  applyPodSpec(template, step, context.workflow, path);
  if (step.synchronization) template.synchronization = argoSynchronization(step.synchronization);
  if (step.archiveLogs !== undefined) template.archiveLocation = { archiveLogs: step.archiveLogs };
  const securityContext = containerSecurityContext(step, context.workflow);
  const runtime = step.kind === 'container' || step.kind === 'script' || step.kind === 'containerSet' ? containerRuntime(step, context.workflow, path) : undefined;

  // Inputs: artifacts (from another step, a location, or inline text).
  const passedArtifacts: PassedArtifact[] = [];
  const inputArtifacts: ArgoArtifact[] = (step.inputs?.artifacts ?? []).map((artifact) => {
    if (step.kind === 'suspend' || step.kind === 'resource' || step.kind === 'job' || step.kind === 'plugin') {
      throw unsupported('input-artifacts', `input artifacts on a ${step.kind} step, which has no container to put the files in`, {
        path: [...path, 'inputs', 'artifacts', artifact.name],
        stepName: step.name,
      });
    }
    if (artifact.from) passedArtifacts.push({ name: artifact.name, from: { step: artifact.from.step, output: artifact.from.output } });
    // In a sub-workflow's body: the DAG template's own input artifact, passed on by the task.
    if (artifact.input !== undefined) passedArtifacts.push({ name: artifact.name, input: artifact.input });
    return {
      name: artifact.name,
      // Argo substitutes `{{…}}` in every string of a template, a path too.
      path: escapeTemplateText(artifact.path),
      ...(artifact.location && mapArtifactLocation(artifact.location, { path: [...path, 'inputs', 'artifacts', artifact.name, 'location'], stepName: step.name })),
      ...(artifact.raw !== undefined && { raw: { data: escapeTemplateText(artifact.raw) } }),
      ...(artifact.mode !== undefined && { mode: artifact.mode }),
      ...(artifact.recurseMode && { recurseMode: true }),
      ...(artifact.subPath !== undefined && { subPath: escapeTemplateText(artifact.subPath) }),
      ...(artifact.optional && { optional: true }),
    };
  });

  // Outputs.
  const outputParameters: ArgoParameter[] = (step.outputs?.parameters ?? []).map((parameter) => {
    const valueFrom = {
      ...(parameter.path !== undefined && { path: escapeTemplateText(parameter.path) }),
      ...(parameter.jsonPath !== undefined && { jsonPath: parameter.jsonPath }),
      ...(parameter.jqFilter !== undefined && { jqFilter: parameter.jqFilter }),
      ...(parameter.default !== undefined && { default: escapeTemplateText(parameter.default) }),
    };
    return {
      name: parameter.name,
      valueFrom,
      ...(parameter.global && { globalName: context.claimGlobalName(parameter.name, step.name) }),
      ...(parameter.description !== undefined && { description: escapeTemplateText(parameter.description) }),
    };
  });
  const outputArtifacts: ArgoArtifact[] = (step.outputs?.artifacts ?? []).map((artifact) => {
    if (step.kind !== 'container' && step.kind !== 'script' && step.kind !== 'containerSet') {
      throw unsupported('output-artifacts', `output artifacts on a ${step.kind} step, which writes no files Argo can collect`, {
        path: [...path, 'outputs', 'artifacts', artifact.name],
        stepName: step.name,
      });
    }
    if (artifact.location?.type === 'git') {
      throw unsupported('artifact.git', 'a Git location for an output artifact: Argo only reads from Git', {
        path: [...path, 'outputs', 'artifacts', artifact.name],
        stepName: step.name,
        hint: 'Store the output in S3, GCS, OSS, Azure, HDFS or the default artifact repository.',
      });
    }
    return {
      name: artifact.name,
      // Argo substitutes `{{…}}` in every string of a template, a path too.
      path: escapeTemplateText(artifact.path),
      ...(artifact.location && mapArtifactLocation(artifact.location, { path: [...path, 'outputs', 'artifacts', artifact.name, 'location'], stepName: step.name })),
      ...(artifact.global && { globalName: context.claimGlobalName(artifact.name, step.name) }),
      ...((artifact.archive || artifact.compressionLevel !== undefined) && {
        archive: artifact.archive === 'none' ? { none: {} } : { tar: artifact.compressionLevel === undefined ? {} : { compressionLevel: artifact.compressionLevel } },
      }),
      ...(artifact.optional && { optional: true }),
      ...(artifact.artifactGC && { artifactGC: { strategy: artifact.artifactGC } }),
    };
  });

  switch (step.kind) {
    case 'container':
    case 'script': {
      const body = step.kind === 'container' ? step.container : step.script;
      const args = body.args?.map((arg) => inputs.render(arg, 'args'));
      const container: ArgoContainer = {
        // A reference (one image per map item, an image another step picked) is an input parameter.
        image: inputs.render(body.image, 'image'),
        ...(body.command && { command: body.command.map((part) => escapeTemplateText(part)) }),
        ...(args && { args }),
        ...(body.workingDir !== undefined && { workingDir: escapeTemplateText(body.workingDir) }),
      };
      const env = mapEnv(step.env, inputs);
      if (env) container.env = env;
      if (step.envFrom?.length) container.envFrom = step.envFrom.map((source) => ({ ...source }));
      const resources = mapResources(step.resources);
      const claims = containerClaims(step, context.workflow);
      if (resources || claims) container.resources = { ...resources, ...(claims && { claims }) };
      if (step.volumeMounts?.length) container.volumeMounts = step.volumeMounts.map(escapedMount);
      if (body.imagePullPolicy !== undefined) container.imagePullPolicy = body.imagePullPolicy;
      if (retryReadsLog(retry)) container.terminationMessagePolicy = 'FallbackToLogsOnError';
      if (securityContext) container.securityContext = securityContext;
      Object.assign(container, runtime);
      if (step.kind === 'container') template.container = container;
      else template.script = { ...container, source: escapeTemplateText(step.script.source) };
      break;
    }
    case 'resource': {
      const resource = step.resource;
      if (resource.mergeStrategy !== undefined && resource.action !== 'patch') {
        throw unsupported('step.resource', `mergeStrategy with action "${resource.action}": Argo applies it to patches only`, {
          path: [...path, 'resource', 'mergeStrategy'],
          stepName: step.name,
        });
      }
      template.resource = {
        action: resource.action,
        ...(resource.setOwnerReference !== undefined && { setOwnerReference: resource.setOwnerReference }),
        ...(resource.successCondition !== undefined && { successCondition: escapeTemplateText(resource.successCondition) }),
        ...(resource.failureCondition !== undefined && { failureCondition: escapeTemplateText(resource.failureCondition) }),
        ...(resource.mergeStrategy !== undefined && { mergeStrategy: resource.mergeStrategy }),
        manifest: escapeTemplateText(resource.manifest),
      };
      break;
    }
    case 'job': {
      const volumes = (step.volumeMounts ?? []).map((mount) => podVolume(context.workflow, mount.name)).filter((volume) => volume !== undefined);
      const extras: PodExtras = {
        env: (step.env ?? []).map((variable) =>
          downwardEnvSource(variable)
            ? { name: variable.name, valueFrom: downwardEnvSource(variable) }
            : variable.secretKeyRef
            ? { name: variable.name, valueFrom: { secretKeyRef: secretSelector(variable.secretKeyRef) } }
            : variable.configMapKeyRef
              ? { name: variable.name, valueFrom: { configMapKeyRef: secretSelector(variable.configMapKeyRef) } }
              : { name: variable.name, value: variable.value ?? '' },
        ),
        envFrom: (step.envFrom ?? []).map((source) => ({ ...source })),
        volumeMounts: (step.volumeMounts ?? []).map(escapedMount),
        volumes: [...new Map(volumes.map((volume) => [volume.name, volume])).values()],
        ...(step.nodeSelector && { nodeSelector: { ...step.nodeSelector } }),
        tolerations: (step.tolerations ?? []).map((toleration) => ({ ...toleration })),
        ...(step.serviceAccount !== undefined && { serviceAccountName: step.serviceAccount }),
      };
      template.resource = {
        action: 'create',
        setOwnerReference: true,
        ...jobConditions(step),
        manifest: jobManifest(step, { exprRef: inputs.exprRef }, extras),
      };
      break;
    }
    case 'suspend':
      template.suspend = step.suspend.durationSeconds === undefined ? {} : { duration: String(step.suspend.durationSeconds) };
      break;
    case 'containerSet':
      template.containerSet = compileContainerSet(step, inputs, inPodRetry);
      if (retryReadsLog(retry)) for (const node of template.containerSet.containers) node.terminationMessagePolicy = 'FallbackToLogsOnError';
      if (securityContext) for (const node of template.containerSet.containers) node.securityContext = structuredClone(securityContext);
      break;
    case 'http':
      template.http = compileHttp(step, inputs);
      break;
    case 'plugin':
      template.plugin = compilePlugin(step, inputs, path);
      break;
    case 'data':
      template.data = compileData(step, path);
      break;
  }

  if (step.kind === 'suspend' && step.cache && step.cache.enabled !== false) {
    throw unsupported('cache', 'memoization of a suspend step', { path: [...path, 'cache'], stepName: step.name });
  }
  const parameters = inputs.parameters();
  if (cache) {
    const runtimeInputs = parameters.map((parameter) => ({ exprRef: exprMember('inputs.parameters', parameter.name), uses: inputs.usesOf(parameter.name) }));
    template.memoize = mapMemoize(step, cache, runtimeInputs, context.memoizeConfigMap, step.cache ? [...path, 'cache'] : ['cache']);
  }

  if (parameters.length > 0 || inputArtifacts.length > 0) {
    template.inputs = {
      ...(parameters.length > 0 && { parameters }),
      ...(inputArtifacts.length > 0 && { artifacts: inputArtifacts }),
    };
  }
  if (outputParameters.length > 0 || outputArtifacts.length > 0) {
    template.outputs = {
      ...(outputParameters.length > 0 && { parameters: outputParameters }),
      ...(outputArtifacts.length > 0 && { artifacts: outputArtifacts }),
    };
  }
  return { template: orderTemplate(template), inputs, passedArtifacts };
}

/**
 * Fields of a step that live on the template it runs, so a task calling another WorkflowTemplate's
 * template cannot set them: that template has its own. Refused by name rather than dropped.
 */
const TEMPLATE_FIELDS = ['env', 'envFrom', 'resources', 'volumeMounts', 'retry', 'timeoutSeconds', 'totalTimeoutSeconds', 'pendingTimeoutSeconds', 'metrics', 'displayName', 'cache', 'nodeSelector', 'tolerations', 'serviceAccount', 'labels', 'annotations', 'daemon', 'pod', 'volumes'] as const;

/**
 * A templateRef step: no template of its own; its declared inputs become the task's arguments
 * (parameters by value, artifacts from other steps). Workflow-wide retry and cache defaults
 * belong to the templates of this document, not to another WorkflowTemplate's.
 */
function compileTemplateRef(step: Extract<Step, { kind: 'templateRef' }>, path: ReadonlyArray<string | number>, workflow: Workflow): CompiledLeaf {
  // The workflow's container defaults are written on this document's templates; another's has its own.
  const containerDefault = (['containerSecurityContext', 'initContainers', 'sidecars', 'container'] as const).find((field) => workflow.spec.pod?.[field] !== undefined);
  if (containerDefault) {
    throw unsupported('step.templateRef', `the workflow-wide ${containerDefault} for a step that runs template "${step.templateRef.template}" of WorkflowTemplate "${step.templateRef.name}": Argo has no workflow field for it, and that template is not this document's to change`, {
      path: ['pod', containerDefault],
      stepName: step.name,
      hint: `Set ${containerDefault} on that template, or on each of this workflow's steps instead of the workflow.`,
    });
  }
  refuseTemplateFields(step, path, 'step.templateRef', `template "${step.templateRef.template}" of WorkflowTemplate "${step.templateRef.name}"`);
  const passedArtifacts = (step.inputs?.artifacts ?? []).map((artifact) => {
    if (!artifact.from) {
      throw unsupported('step.templateRef', 'an input artifact with a location or inline text for a templateRef step; Argo passes it another step\'s artifact only', {
        path: [...path, 'inputs', 'artifacts', artifact.name],
        stepName: step.name,
        hint: 'Give the location in the referenced template, or produce the file in an earlier step.',
      });
    }
    return { name: artifact.name, from: { step: artifact.from.step, output: artifact.from.output } };
  });
  const { name, template, clusterScope } = step.templateRef;
  return { templateRef: { name, template, ...(clusterScope !== undefined && { clusterScope }) }, inputs: new LeafInputs(step, path), passedArtifacts };
}

/**
 * An artifact a task passes to its template: another step's (`from`), the enclosing DAG
 * template's input (`input`, in a sub-workflow's body), or a location (a call's argument).
 */
export interface PassedArtifact {
  readonly name: string;
  readonly from?: { step: string; output: string };
  readonly input?: string;
  readonly location?: ArgoArtifactLocation;
}

/** Fields that belong to a template, refused on a step that calls a template defined elsewhere. */
function refuseTemplateFields(step: Step, path: ReadonlyArray<string | number>, construct: 'step.templateRef' | 'step.subWorkflow', runs: string): void {
  for (const field of TEMPLATE_FIELDS) {
    const value = step[field];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    throw unsupported(construct, `${field} on a step that runs ${runs}, which has its own`, {
      path: [...path, field],
      stepName: step.name,
      hint: `Set ${field} on that template, or remove it here.`,
    });
  }
}

/**
 * A call of a sub-workflow: its task runs the definition's DAG template (one per definition,
 * written by `compileToArgo`) with the call's arguments; `map` on the call is the task's
 * withItems/withParam, as for any step.
 */
function compileSubWorkflowCall(step: Extract<Step, { kind: 'subWorkflow' }>, path: ReadonlyArray<string | number>): CompiledLeaf {
  refuseTemplateFields(step, path, 'step.subWorkflow', `sub-workflow "${step.subWorkflow.name}"`);
  const passedArtifacts = (step.subWorkflow.artifacts ?? []).map(
    (argument): PassedArtifact => ({
      name: argument.name,
      ...(argument.from && { from: { step: argument.from.step, output: argument.from.output } }),
      ...(argument.input !== undefined && { input: argument.input }),
      ...(argument.location && { location: mapArtifactLocation(argument.location, { path: [...path, 'subWorkflow', 'artifacts', argument.name, 'location'], stepName: step.name }) }),
    }),
  );
  return { inputs: new LeafInputs(step, path), passedArtifacts };
}

/** The Kubernetes volume a job's pods need for a mount, from the workflow's volumes. */
function podVolume(workflow: Workflow, name: string): ({ name: string } & Record<string, unknown>) | undefined {
  const volume = workflow.spec.volumes?.find((candidate) => candidate.name === name);
  if (volume) return kubernetesVolume(volume) as { name: string } & Record<string, unknown>;
  const claim = workflow.spec.volumeClaimTemplates?.find((candidate) => candidate.name === name);
  // Argo names the claims it creates for a run `<workflow name>-<template name>`.
  if (claim) return { name, persistentVolumeClaim: { claimName: `{{workflow.name}}-${claim.name}` } };
  return undefined;
}

const TEMPLATE_KEY_ORDER: ReadonlyArray<keyof ArgoTemplate> = [
  'name',
  'metadata',
  'annotations',
  'daemon',
  'activeDeadlineSeconds',
  'timeout',
  'pendingTimeout',
  'retryStrategy',
  'metrics',
  'memoize',
  'synchronization',
  'archiveLocation',
  'parallelism',
  'serviceAccountName',
  'nodeSelector',
  'tolerations',
  'securityContext',
  'affinity',
  'priorityClassName',
  'schedulerName',
  'hostAliases',
  'automountServiceAccountToken',
  'podSpecPatch',
  'podResources',
  'resourceClaims',
  'volumes',
  'initContainers',
  'inputs',
  'outputs',
  'container',
  'script',
  'containerSet',
  'sidecars',
  'http',
  'plugin',
  'data',
  'resource',
  'suspend',
  'dag',
  'failFast',
  'steps',
];

/** Templates list their keys in one fixed order, so diffs between versions stay small. */
export function orderTemplate(template: ArgoTemplate): ArgoTemplate {
  const ordered: Record<string, unknown> = {};
  for (const key of TEMPLATE_KEY_ORDER) if (template[key] !== undefined) ordered[key] = template[key];
  return ordered as unknown as ArgoTemplate;
}

import { containerRuntimeFields, kubernetesContainer, kubernetesPodFields, kubernetesVolume, pickContainerRuntime, podSpecFields, resolvePodSpec, yamlLibrary, type ContainerRuntime, type PodSpec, type Step, type Workflow } from '@couler/ir';
import type { ArgoTemplate, ArgoWorkflowSpec } from './argo-types';
import { escapeTemplateText, refuseTemplateText } from './escape-template-text';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;
type Json = Record<string, unknown>;

/**
 * Pod-spec controls on Argo. The workflow's go where Argo reads them for every pod
 * (WorkflowSpec `securityContext`, `affinity`, `podPriorityClassName`, `schedulerName`,
 * `hostAliases`, `dnsPolicy`, `dnsConfig`, `automountServiceAccountToken`, `podSpecPatch`,
 * `podMetadata`), a step's on its template. What WorkflowSpec has no field for (the container's
 * security context, init containers, sidecars) is written on every template that runs the
 * user's container; a template has no `dnsPolicy`/`dnsConfig`, so a step's go into its
 * `podSpecPatch`.
 */

/** Every string of a workflow-level value, refused when it holds `{{` (see `refuseTemplateText`). */
export function refuseTags<T>(value: T, path: Path): T {
  const walk = (node: unknown, at: Path): unknown => {
    if (typeof node === 'string') return refuseTemplateText(node, { what: 'a workflow-wide pod setting', path: at });
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...at, index]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, field]) => [refuseTemplateText(key, { what: 'a workflow-wide pod setting', path: [...at, key] }), walk(field, [...at, key])]));
    }
    return node;
  };
  return walk(value, path) as T;
}

/** Every string of a template-level value escaped (values) or refused (map keys) for Argo's tags. */
function escapeTags<T>(value: T, path: Path, stepName: string): T {
  const walk = (node: unknown, at: Path): unknown => {
    if (typeof node === 'string') return escapeTemplateText(node);
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...at, index]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, field]) => [refuseTemplateText(key, { what: 'a key of a pod setting', path: [...at, key], stepName }), walk(field, [...at, key])]));
    }
    return node;
  };
  return walk(value, path) as T;
}

/** The patch text as an object, or the reason Argo would fail to apply it. */
function parsePatch(text: string, path: Path, stepName?: string): Json {
  let parsed: unknown;
  try {
    parsed = yamlLibrary().parse(text);
  } catch (error) {
    parsed = error;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || parsed instanceof Error) {
    throw unsupported('step.podSpecPatch', `a podSpecPatch that is not a YAML or JSON mapping of pod spec fields${parsed instanceof Error ? ` (${parsed.message.split('\n')[0]})` : ''}`, {
      path,
      ...(stepName !== undefined && { stepName }),
      hint: 'Write the patch as a mapping, e.g. \'{"terminationGracePeriodSeconds": 5}\' or "containers:\\n- name: main\\n  ...".',
    });
  }
  return parsed as Json;
}

/**
 * Argo's executor (the wait container) talks to the API server with the pod's token: Argo's
 * validation refuses `automountServiceAccountToken: false` unless `executor.serviceAccountName`
 * names another account, which the IR does not carry.
 */
function refuseNoToken(pod: PodSpec | undefined, path: Path, stepName?: string): void {
  if (pod?.automountServiceAccountToken !== false) return;
  throw unsupported('pod.automountServiceAccountToken', "automountServiceAccountToken: false: Argo's executor needs a service account token, and Argo refuses the workflow unless executor.serviceAccountName gives it another account, which Couler does not set", {
    path: [...path, 'pod', 'automountServiceAccountToken'],
    ...(stepName !== undefined && { stepName }),
    hint: 'Leave the token mounted on Argo (remove the option, or set it to true), or run on Tekton or Airflow.',
  });
}

/** Pod-level requests and limits in Kubernetes' shape (CPU and memory only), or undefined. */
function podResources(resources: PodSpec['podResources']): ArgoTemplate['podResources'] {
  if (!resources) return undefined;
  const list = (entries: { cpu?: string | undefined; memory?: string | undefined } | undefined) =>
    entries && (entries.cpu !== undefined || entries.memory !== undefined) ? { ...(entries.cpu !== undefined && { cpu: entries.cpu }), ...(entries.memory !== undefined && { memory: entries.memory }) } : undefined;
  const requests = list(resources.requests);
  const limits = list(resources.limits);
  return requests || limits ? { ...(requests && { requests }), ...(limits && { limits }) } : undefined;
}

/** The pod's DRA claims without the container-side `request` (that goes in the container's `resources.claims`). */
function podResourceClaims(claims: PodSpec['resourceClaims']): ArgoTemplate['resourceClaims'] {
  if (!claims?.length) return undefined;
  return claims.map(({ request: _request, ...claim }) => claim);
}

/**
 * The claims the step's own container uses: each of its pod's, as Argo replaces the workflow's
 * list with a template's as a whole.
 */
export function containerClaims(step: Step, workflow: Workflow): Array<{ name: string; request?: string }> | undefined {
  const claims = resolvePodSpec(workflow.spec.pod, step.pod)?.resourceClaims;
  if (!claims?.length) return undefined;
  return claims.map((claim) => ({ name: claim.name, ...(claim.request !== undefined && { request: claim.request }) }));
}

/** The WorkflowSpec fields of the workflow's pod controls and pod metadata. */
export function workflowPodSpec(workflow: Workflow): Partial<ArgoWorkflowSpec> {
  const { pod, podMetadata } = workflow.spec;
  const out: Json = {};
  refuseNoToken(pod, []);
  if (pod) {
    const { priorityClassName, ...fields } = kubernetesPodFields(pod);
    Object.assign(out, refuseTags(fields, ['pod']));
    if (priorityClassName !== undefined) out.podPriorityClassName = priorityClassName;
    const resources = podResources(pod.podResources);
    if (resources) out.podResources = resources;
    const claims = podResourceClaims(pod.resourceClaims);
    if (claims) out.resourceClaims = refuseTags(claims, ['pod', 'resourceClaims']);
    if (pod.podSpecPatch !== undefined) {
      parsePatch(pod.podSpecPatch, ['pod', 'podSpecPatch']);
      out.podSpecPatch = refuseTemplateText(pod.podSpecPatch, { what: 'a workflow-wide podSpecPatch', path: ['pod', 'podSpecPatch'] });
    }
  }
  if (podMetadata) out.podMetadata = refuseTags(structuredClone(podMetadata), ['podMetadata']);
  return out as Partial<ArgoWorkflowSpec>;
}

/** Kinds whose template runs a container of the user's, where container settings apply. */
const RUNS_USER_CONTAINER = new Set(['container', 'script', 'containerSet']);
const CONTAINER_FIELDS = ['containerSecurityContext', 'initContainers', 'sidecars', 'container', 'resourceClaims'] as const;

/**
 * Writes a step's pod controls, its own volumes and the workflow's container defaults on its
 * template. Refuses them where Argo has no pod of the step's to put them on.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the field and the step.
 */
export function applyPodSpec(template: ArgoTemplate, step: Step, workflow: Workflow, path: Path): void {
  const own = step.pod;
  const refuse = (field: string, why: string, hint: string) => {
    throw unsupported(`step.pod.${field}`, `${field} on ${why}`, { path: [...path, ...(field === 'volumes' ? [] : ['pod']), field], stepName: step.name, hint });
  };
  if (step.kind === 'job') {
    const field = podSpecFields(resolvePodSpec(workflow.spec.pod, own))[0] ?? (step.volumes?.length ? 'volumes' : undefined);
    if (field) {
      refuse(field, `a ${step.kind} step: Argo would give it to the pod that creates the Kubeflow job, not to the job's replicas`, 'Set it in the replicas\' pod template through runJob with your own manifest, or remove it.');
    }
    return;
  }
  if (!RUNS_USER_CONTAINER.has(step.kind)) {
    for (const field of CONTAINER_FIELDS) if (own?.[field] !== undefined) refuse(field, `a ${step.kind} step, which runs no container of the user's`, 'Remove it, or make the step a container or script step.');
  }
  const escaped = <T>(value: T, field: string): T => escapeTags(value, [...path, 'pod', field], step.name);
  refuseNoToken(own, path, step.name);
  if (own) {
    const { priorityClassName, dnsPolicy, dnsConfig, ...fields } = kubernetesPodFields(own);
    Object.assign(template, escapeTags(fields, [...path, 'pod'], step.name));
    if (priorityClassName !== undefined) template.priorityClassName = priorityClassName as string;
    const resources = podResources(own.podResources);
    if (resources) template.podResources = resources;
    const claims = podResourceClaims(own.resourceClaims);
    if (claims) template.resourceClaims = claims;
    const patch = own.podSpecPatch === undefined ? undefined : parsePatch(own.podSpecPatch, [...path, 'pod', 'podSpecPatch'], step.name);
    if (dnsPolicy !== undefined || dnsConfig !== undefined) {
      // A template has no dnsPolicy or dnsConfig of its own: they go in its pod patch.
      const clash = ['dnsPolicy', 'dnsConfig'].find((key) => patch && key in patch);
      if (clash) refuse(clash, 'a step whose podSpecPatch sets it too', 'Set it in one place: the option or the patch.');
      template.podSpecPatch = escapeTemplateText(JSON.stringify({ ...patch, ...(dnsPolicy !== undefined && { dnsPolicy }), ...(dnsConfig !== undefined && { dnsConfig }) }));
    } else if (own.podSpecPatch !== undefined) {
      template.podSpecPatch = escapeTemplateText(own.podSpecPatch);
    }
  }
  if (step.volumes?.length) template.volumes = escapeTags(step.volumes.map(kubernetesVolume), [...path, 'volumes'], step.name);
  if (!RUNS_USER_CONTAINER.has(step.kind)) return;
  const resolved = resolvePodSpec(workflow.spec.pod, own);
  if (resolved?.initContainers?.length) template.initContainers = escaped(resolved.initContainers.map(kubernetesContainer), 'initContainers');
  if (resolved?.sidecars?.length) template.sidecars = escaped(resolved.sidecars.map(kubernetesContainer), 'sidecars');
}

/** The security context of the step's own container(s), or undefined. */
export function containerSecurityContext(step: Step, workflow: Workflow): Json | undefined {
  const context = resolvePodSpec(workflow.spec.pod, step.pod)?.containerSecurityContext;
  return context && structuredClone(context);
}

/**
 * The probes, ports, lifecycle hooks, termination message path, resize policy and block devices
 * of the step's own container (the workflow's with the step's over them), or undefined. A
 * container set has several containers and the IR gives the settings of one: refused there.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND on a containerSet step.
 */
export function containerRuntime(step: Step, workflow: Workflow, path: Path): ContainerRuntime | undefined {
  const settings = resolvePodSpec(workflow.spec.pod, step.pod)?.container;
  const fields = containerRuntimeFields(settings);
  if (fields.length === 0) return undefined;
  if (step.kind === 'containerSet') {
    const own = step.pod?.container !== undefined;
    throw unsupported(`step.pod.container.${fields[0]}`, `${fields[0]} on a containerSet step: its pod runs several containers, and one setting for all of them would repeat ports and probes that belong to one`, {
      path: own ? [...path, 'pod', 'container', fields[0]!] : ['pod', 'container', fields[0]!],
      stepName: step.name,
      hint: own ? 'Remove it from the step, or run the container that serves as its own container step.' : 'Set it on the steps that need it instead of the workflow.',
    });
  }
  return escapeTags(pickContainerRuntime(settings), [...path, 'pod', 'container'], step.name);
}

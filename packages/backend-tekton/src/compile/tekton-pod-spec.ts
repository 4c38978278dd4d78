import { containerRuntimeFields, kubernetesContainer, kubernetesPodFields, kubernetesVolume, resolvePodSpec, type PodContainer, type PodSpec, type Step, type Volume, type Workflow } from '@couler/ir';
import type { Json } from './tekton-types';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/**
 * Pod-spec controls on Tekton. Pod-level fields go in the PipelineRun's pod templates
 * (`taskRunTemplate.podTemplate` for the workflow, `taskRunSpecs[].podTemplate` for a step,
 * which Tekton uses instead of the run's for that task's fields); the container security context
 * on every step of the task, sidecars as Task sidecars. Tekton has no init containers of the
 * user's and no pod patch: those are refused.
 */

/** Why Tekton cannot carry a field, and what to do instead. */
const REFUSED: Partial<Record<keyof PodSpec, { why: string; hint: string }>> = {
  initContainers: {
    why: "Tekton's pod template and Task have no init containers (Tekton's own init containers prepare the steps)",
    hint: 'Run the work as a step before this one, or as a command at the start of the step.',
  },
  podResources: {
    why: "pod-level requests and limits: Tekton's pod template has no resources field (Tekton sets the containers' resources, and the Task's computeResources)",
    hint: 'Set resources on the step (its container), or compile for Argo (podResources).',
  },
  resourceClaims: {
    why: "dynamic resource allocation claims: Tekton's pod template has no resourceClaims, and a Task step cannot ask for a claim",
    hint: 'Compile for Argo (resourceClaims), or reserve the device through a node selector and the resource in the step\'s resources.',
  },
  podSpecPatch: {
    why: 'a pod patch: Tekton builds the pod from the Task and the pod template and applies no patch',
    hint: 'Set the field through its own option (securityContext, affinity, dnsConfig, …), or compile for Argo.',
  },
};

/**
 * The pod-template fields of a pod spec (Tekton's `PodTemplate` has Kubernetes' names).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for what Tekton has no place for.
 */
export function tektonPodTemplate(pod: PodSpec | undefined, path: Path, stepName?: string): Json {
  for (const [field, reason] of Object.entries(REFUSED) as Array<[keyof PodSpec, { why: string; hint: string }]>) {
    const value = pod?.[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    throw unsupported(`pod.${field}`, reason.why, { path: [...path, 'pod', field], ...(stepName !== undefined && { stepName }), hint: reason.hint });
  }
  return kubernetesPodFields(pod);
}

/** The pod template of one step's TaskRun: the workflow's fields with the step's over them. */
export function stepPodTemplate(step: Step, workflow: Workflow, path: Path): Json | undefined {
  if (!step.pod) return undefined;
  tektonPodTemplate(step.pod, path, step.name);
  const fields = tektonPodTemplate(resolvePodSpec(workflow.spec.pod, step.pod), path, step.name);
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** Every string of a Task field through `literal` (Tekton substitutes `$(…)` in Task fields). */
export function literalStrings<T>(value: T, literal: (text: string) => string): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return literal(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, walk(field)]));
    return node;
  };
  return walk(value) as T;
}

/**
 * The Task fields of a step's pod spec: its sidecars (the workflow's first), the security
 * context every step of the task runs with, and the step's own volumes.
 */
export function taskPodFields(step: Step, workflow: Workflow, literal: (text: string) => string, path: Path = ['steps', step.name]): { sidecars: Json[]; securityContext?: Json; volumes: Json[]; volumeDevices?: Json[] } {
  const resolved = resolvePodSpec(workflow.spec.pod, step.pod);
  for (const [index, sidecar] of (resolved?.sidecars ?? []).entries()) {
    refuseSidecarFields(sidecar, step, step.pod?.sidecars?.includes(sidecar) ? [...path, 'pod', 'sidecars', index] : ['pod', 'sidecars', index]);
  }
  const sidecars = (resolved?.sidecars ?? []).map((sidecar) => literalStrings(kubernetesContainer(sidecar), literal));
  const securityContext = resolved?.containerSecurityContext && structuredClone(resolved.containerSecurityContext);
  const volumes = (step.volumes ?? []).map((volume: Volume) => literalStrings(kubernetesVolume(volume), literal));
  const container = resolved?.container;
  for (const field of containerRuntimeFields(container)) {
    if (field === 'volumeDevices') continue;
    const own = step.pod?.container?.[field] !== undefined;
    throw unsupported(`pod.container.${field}`, `${field} on a step's own container: a Tekton v1 Step has no ${field} (only a Task's sidecars have probes, ports and lifecycle hooks)`, {
      path: own ? [...path, 'pod', 'container', field] : ['pod', 'container', field],
      stepName: step.name,
      hint: 'Run the process that needs it as a sidecar of the step, or compile for Argo or Airflow.',
    });
  }
  const volumeDevices = container?.volumeDevices?.length ? literalStrings(structuredClone(container.volumeDevices) as unknown as Json[], literal) : undefined;
  return { sidecars, ...(securityContext && { securityContext }), volumes, ...(volumeDevices && { volumeDevices }) };
}

/** Container fields Kubernetes has and a Tekton v1 Sidecar does not. */
const SIDECAR_MISSING = ['resizePolicy', 'restartPolicyRules'] as const;

function refuseSidecarFields(sidecar: PodContainer, step: Step, at: Path): void {
  const field = SIDECAR_MISSING.find((name) => sidecar[name] !== undefined);
  if (!field) return;
  throw unsupported(`pod.sidecars.${field}`, `${field} on sidecar "${sidecar.name}": a Tekton v1 Sidecar has no ${field}`, { path: [...at, field], stepName: step.name, hint: `Remove ${field} from the sidecar, or compile for Argo.` });
}

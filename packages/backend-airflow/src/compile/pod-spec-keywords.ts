import { downwardEnvSource, kubernetesContainer, type ContainerRuntime, kubernetesVolume, resolvePodSpec, type EnvVar, type PodSpec, type Step, type Volume, type Workflow } from '@couler/ir';
import { escapeJinjaText } from '../python/jinja-text';
import { call, type PythonExpression } from '../python/python-expression';
import { plain, templated } from './pod-fields';
import type { UnsupportedCollector } from './unsupported';

/**
 * Pod-spec controls on Airflow, as KubernetesPodOperator arguments (cncf.kubernetes provider,
 * `operators/pod.py`): `security_context` and `container_security_context` (dicts in
 * Kubernetes' JSON form, which the operator takes as they are), `affinity` (converted from a
 * dict by the operator), `priority_class_name`, `schedulername`, `host_aliases`, `dnspolicy`,
 * `dns_config`, `automount_service_account_token`, `init_containers`; sidecars join the base
 * container in `full_pod_spec`, which the operator merges with the pod it builds. The
 * workflow's fields with the step's over them: Airflow has no workflow-wide pod.
 *
 * Arguments that need client objects are built by `couler_k8s` from the same JSON, as the
 * provider's own converters read dicts. None of these arguments is templated; volumes are, for
 * their name, claim and ConfigMap name only, which are escaped.
 */

/** A Kubernetes client object of `kind` built from its JSON form in the DAG file. */
const k8sObject = (kind: string, json: unknown): PythonExpression => call('couler_k8s', [plain(json), plain(kind)]);

/** The fields of the pod spec the step runs with, or undefined. */
export function resolvedPod(workflow: Workflow, step: Step): PodSpec | undefined {
  return resolvePodSpec(workflow.spec.pod, step.pod);
}

/**
 * The operator's pod-spec keywords for a step's pod.
 *
 * @returns keywords to add; refusals go to `unsupported`.
 */
export function podSpecKeywords(workflow: Workflow, step: Step, unsupported: UnsupportedCollector, pod = resolvedPod(workflow, step)): Array<readonly [string, PythonExpression | undefined]> {
  if (!pod) return [];
  if (pod.podSpecPatch !== undefined) {
    unsupported.add(step.pod?.podSpecPatch !== undefined ? ['steps', step.name, 'pod', 'podSpecPatch'] : ['pod', 'podSpecPatch'], `The airflow backend cannot express a podSpecPatch ("pod.podSpecPatch"), used by "${step.name}": KubernetesPodOperator has no pod patch; its full_pod_spec is a whole pod merged field by field, not a strategic-merge patch.`, {
      stepName: step.name,
      hint: 'Set the field through its own option (securityContext, affinity, dnsConfig, …), or compile for Argo.',
    });
  }
  for (const [field, why] of [
    ['podResources', "pod-level requests and limits: KubernetesPodOperator sets the container's resources (container_resources), and Couler does not write a pod-level budget into its full_pod_spec"],
    ['resourceClaims', "dynamic resource allocation claims: KubernetesPodOperator has no argument for a pod's resourceClaims, and Couler does not write them into its full_pod_spec"],
  ] as const) {
    if (pod[field] === undefined) continue;
    unsupported.add(step.pod?.[field] !== undefined ? ['steps', step.name, 'pod', field] : ['pod', field], `The airflow backend cannot express ${why} ("pod.${field}"), used by "${step.name}".`, {
      stepName: step.name,
      hint: field === 'podResources' ? 'Set resources on the step (its container), or compile for Argo (podResources).' : 'Compile for Argo (resourceClaims).',
    });
  }
  const json = <T>(value: T | undefined) => (value === undefined ? undefined : plain(structuredClone(value)));
  return [
    ['security_context', json(pod.securityContext)],
    ['container_security_context', json(pod.containerSecurityContext)],
    ['affinity', json(pod.affinity)],
    ['priority_class_name', json(pod.priorityClassName)],
    ['schedulername', json(pod.schedulerName)],
    ['host_aliases', pod.hostAliases?.length ? k8sObject('list[V1HostAlias]', pod.hostAliases) : undefined],
    ['dnspolicy', json(pod.dnsPolicy)],
    ['dns_config', pod.dnsConfig ? k8sObject('V1PodDNSConfig', pod.dnsConfig) : undefined],
    ['automount_service_account_token', json(pod.automountServiceAccountToken)],
  ];
}

/** The user's init containers, as client objects (after Couler's own, which fetch the inputs). */
export function userInitContainers(pod: PodSpec | undefined): PythonExpression[] {
  return (pod?.initContainers ?? []).map((container) => k8sObject('V1Container', kubernetesContainer(container)));
}

/** The user's sidecars, as client objects for `full_pod_spec`. */
export function userSidecars(pod: PodSpec | undefined): PythonExpression[] {
  return (pod?.sidecars ?? []).map((container) => k8sObject('V1Container', kubernetesContainer(container)));
}

/**
 * A volume as the operator's `volumes` takes it: a dict in Kubernetes' JSON form, which it
 * converts; the fields Airflow renders (name, claim name, ConfigMap name) escaped for Jinja.
 */
export function volumeExpression(volume: Volume): PythonExpression {
  const json = kubernetesVolume(volume) as Record<string, Record<string, unknown> | string>;
  json.name = escapeJinjaText(volume.name);
  if (volume.persistentVolumeClaim) json.persistentVolumeClaim = { ...volume.persistentVolumeClaim, claimName: escapeJinjaText(volume.persistentVolumeClaim.claimName) };
  if (volume.configMap) json.configMap = { ...structuredClone(volume.configMap), name: escapeJinjaText(volume.configMap.name) };
  return plain(json);
}

/** A downward-API variable as a client object (its name is rendered, so escaped), or undefined. */
export function downwardEnvVar(variable: EnvVar): PythonExpression | undefined {
  const source = downwardEnvSource(variable);
  return source && call('k8s.V1EnvVar', [], [['name', templated(variable.name)], ['value_from', k8sObject('V1EnvVarSource', source)]]);
}

/**
 * The operator's base container with the step's probes, ports, lifecycle hooks, termination
 * message path, resize policy and block devices, for `full_pod_spec` (the operator has no
 * argument for them; the provider merges this container into the one it builds).
 */
export function baseContainerWith(runtime: ContainerRuntime, workingDir: string | undefined): PythonExpression {
  return k8sObject('V1Container', { name: 'base', ...(workingDir !== undefined && { workingDir }), ...structuredClone(runtime) });
}

import type { EnvVar } from '../schema/step';
import type { PodContainer, PodSpec, Volume } from '../schema/pod-spec';
import { kubernetesResources } from './kubectl/kubernetes-resources';

/**
 * IR pod-spec controls → Kubernetes `core/v1` objects, as every Kubernetes engine writes them
 * (Argo templates, Tekton pod templates and sidecars, Airflow's pod template). Plain data in,
 * plain data out: each backend escapes the text for its own template language afterwards.
 */

type KubernetesObject = Record<string, unknown>;

/** A volume in Kubernetes' shape: only `ephemeral` differs from the IR's. */
export function kubernetesVolume(volume: Volume): KubernetesObject {
  if (!volume.ephemeral) return structuredClone(volume) as KubernetesObject;
  const { accessModes, storage, storageClassName } = volume.ephemeral;
  return {
    name: volume.name,
    ephemeral: {
      volumeClaimTemplate: {
        spec: { accessModes: [...accessModes], resources: { requests: { storage } }, ...(storageClassName !== undefined && { storageClassName }) },
      },
    },
  };
}

/** An init container or sidecar in Kubernetes' shape. */
export function kubernetesContainer(container: PodContainer): KubernetesObject {
  const { resources, ...rest } = structuredClone(container);
  const mapped = kubernetesResources(resources);
  return { ...rest, ...(mapped && { resources: mapped }) };
}

/** The downward-API source of an env variable, or undefined when it has none. */
export function downwardEnvSource(variable: EnvVar): KubernetesObject | undefined {
  if (variable.fieldRef) return { fieldRef: { apiVersion: variable.fieldRef.apiVersion ?? 'v1', fieldPath: variable.fieldRef.fieldPath } };
  if (variable.resourceFieldRef) return { resourceFieldRef: structuredClone(variable.resourceFieldRef) };
  return undefined;
}

/** The pod-level fields of a pod spec (not the containers), under Kubernetes' names. */
export function kubernetesPodFields(pod: PodSpec | undefined): KubernetesObject {
  if (!pod) return {};
  const copy = structuredClone(pod);
  return {
    ...(copy.securityContext && { securityContext: copy.securityContext }),
    ...(copy.affinity && { affinity: copy.affinity }),
    ...(copy.priorityClassName !== undefined && { priorityClassName: copy.priorityClassName }),
    ...(copy.schedulerName !== undefined && { schedulerName: copy.schedulerName }),
    ...(copy.hostAliases?.length && { hostAliases: copy.hostAliases }),
    ...(copy.dnsPolicy !== undefined && { dnsPolicy: copy.dnsPolicy }),
    ...(copy.dnsConfig && { dnsConfig: copy.dnsConfig }),
    ...(copy.automountServiceAccountToken !== undefined && { automountServiceAccountToken: copy.automountServiceAccountToken }),
  };
}

import type { Affinity, ContainerSecurityContext, DnsConfig, HostAlias, PodContainer, PodMetadata, PodSecurityContext, PodSpec, Volume } from '@couler/ir';

/**
 * Pod-spec controls, under Kubernetes' and Argo's own names: options of every step that runs a
 * pod, and of `configWorkflow` (a default for every step; a step's own replace them, its
 * `hostAliases`, `initContainers` and `sidecars` add to the workflow's).
 */
export interface PodOptions {
  /** The pod's security context: runAsUser, runAsNonRoot, fsGroup, seccompProfile, … */
  securityContext?: PodSecurityContext;
  /** The step's container's security context: allowPrivilegeEscalation, capabilities, readOnlyRootFilesystem, … */
  containerSecurityContext?: ContainerSecurityContext;
  affinity?: Affinity;
  /** Containers run to completion, in order, before the step's. */
  initContainers?: PodContainer[];
  /** Containers run beside the step's and stopped when it ends. */
  sidecars?: PodContainer[];
  /** A strategic-merge patch of the pod spec, as YAML or JSON text (Argo only). */
  podSpecPatch?: string;
  priorityClassName?: string;
  schedulerName?: string;
  /** Entries of the pod's /etc/hosts. */
  hostAliases?: HostAlias[];
  dnsPolicy?: PodSpec['dnsPolicy'];
  dnsConfig?: DnsConfig;
  automountServiceAccountToken?: boolean;
}

export const POD_OPTION_KEYS = {
  securityContext: true,
  containerSecurityContext: true,
  affinity: true,
  initContainers: true,
  sidecars: true,
  podSpecPatch: true,
  priorityClassName: true,
  schedulerName: true,
  hostAliases: true,
  dnsPolicy: true,
  dnsConfig: true,
  automountServiceAccountToken: true,
} as const satisfies Record<keyof PodOptions, true>;

/** Workflow-wide pod settings besides the controls: what every pod is labelled with. */
export interface WorkflowPodOptions extends PodOptions {
  podMetadata?: PodMetadata;
}

/** Step options that add volumes to the step's pod only. */
export interface StepVolumeOptions {
  /** Volumes of this step's pod only (hostPath, nfs, csi, configMap/secret with items, ephemeral, …). */
  volumes?: Volume[];
}

/**
 * The IR pod spec the options set, or undefined when they set none. Values are copied as they
 * are: the IR's schema checks them (label syntax, dnsPolicy, IP addresses) with their path.
 */
export function toPodSpec(options: PodOptions): PodSpec | undefined {
  const pod: Record<string, unknown> = {};
  for (const key of Object.keys(POD_OPTION_KEYS) as Array<keyof PodOptions>) {
    const value = options[key];
    if (value === undefined) continue;
    pod[key] = structuredClone(value);
  }
  return Object.keys(pod).length > 0 ? (pod as PodSpec) : undefined;
}

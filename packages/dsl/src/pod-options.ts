import type { Affinity, PodResourceClaim, PodResources, ContainerRuntime, ContainerSecurityContext, DnsConfig, HostAlias, PodContainer, PodMetadata, PodSecurityContext, PodSpec, Volume } from '@couler/ir';

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
  /**
   * Requests and limits of the whole pod (cpu, memory), shared by its containers: Kubernetes'
   * pod-level resources, which need the PodLevelResources feature gate (beta since 1.34).
   */
  podResources?: PodResources;
  /**
   * Dynamic resource allocation claims (Kubernetes DRA) allocated before the pod starts: each an
   * existing ResourceClaim or a ResourceClaimTemplate; the step's own container uses every one.
   * A step's list replaces the workflow's.
   */
  resourceClaims?: PodResourceClaim[];
}

/**
 * How Kubernetes watches and treats the step's own container (Kubernetes' names): probes, ports,
 * lifecycle hooks, termination message path, in-place resize policy, raw block devices. On
 * `configWorkflow` a default for every step; a step's own replace them one by one.
 */
export interface ContainerRuntimeOptions {
  /** Restarts the container when it fails: exactly one of exec, httpGet, tcpSocket, grpc. */
  livenessProbe?: ContainerRuntime['livenessProbe'];
  /** Marks the container ready for a Service's traffic (a daemon step others call). */
  readinessProbe?: ContainerRuntime['readinessProbe'];
  /** Holds the other probes back until it succeeds. */
  startupProbe?: ContainerRuntime['startupProbe'];
  ports?: ContainerRuntime['ports'];
  /** Hooks run in the container: postStart, preStop (exec, httpGet or sleep). */
  lifecycle?: ContainerRuntime['lifecycle'];
  /** Where the container writes the message Kubernetes keeps when it ends. */
  terminationMessagePath?: string;
  /** Whether an in-place resize of cpu or memory restarts the container. */
  resizePolicy?: ContainerRuntime['resizePolicy'];
  /** Raw block devices from the pod's claims (volumeMode: Block). */
  volumeDevices?: ContainerRuntime['volumeDevices'];
}

export const CONTAINER_RUNTIME_OPTION_KEYS = {
  livenessProbe: true,
  readinessProbe: true,
  startupProbe: true,
  ports: true,
  lifecycle: true,
  terminationMessagePath: true,
  resizePolicy: true,
  volumeDevices: true,
} as const satisfies Record<keyof ContainerRuntimeOptions, true>;

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
  podResources: true,
  resourceClaims: true,
} as const satisfies Record<keyof PodOptions, true>;

/** Workflow-wide pod settings besides the controls: what every pod is labelled with. */
export interface WorkflowPodOptions extends PodOptions, ContainerRuntimeOptions {
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
export function toPodSpec(options: PodOptions & ContainerRuntimeOptions): PodSpec | undefined {
  const pod: Record<string, unknown> = {};
  for (const key of Object.keys(POD_OPTION_KEYS) as Array<keyof PodOptions>) {
    const value = options[key];
    if (value === undefined) continue;
    pod[key] = structuredClone(value);
  }
  const container: Record<string, unknown> = {};
  for (const key of Object.keys(CONTAINER_RUNTIME_OPTION_KEYS) as Array<keyof ContainerRuntimeOptions>) {
    if (options[key] !== undefined) container[key] = structuredClone(options[key]);
  }
  if (Object.keys(container).length > 0) pod.container = container;
  return Object.keys(pod).length > 0 ? (pod as PodSpec) : undefined;
}

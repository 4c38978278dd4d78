import * as z from 'zod';
import { QuantitySchema, ResourcesSchema, VolumeMountSchema, sortKeys, type Resources, type VolumeMount } from './common';
import { ContainerRuntimeSchema, RestartPolicyRuleSchema, containerRuntimeShape, type ContainerRuntime, type RestartPolicyRule } from './container-runtime';
import { AnnotationMapSchema, Dns1123SubdomainSchema, IpAddressSchema, LabelMapSchema } from './kubernetes-names';
import { DNS1123_LABEL_PATTERN } from './names';

/**
 * Pod-spec controls: how the pod of a step is secured, scheduled, named on the network and
 * given helper containers. Set on the workflow (a default for every step) and on a step; the
 * step's field replaces the workflow's, except the lists (`hostAliases`, `initContainers`,
 * `sidecars`), where the workflow's come first and the step's after (`resolvePodSpec`). Argo
 * applies a workflow's and a step's `podSpecPatch` both, in that order; the other engines have
 * no pod patch. Shapes follow Kubernetes' `core/v1` names, so a platform team's
 * manifests read the same here. The pod spec's `container` (probes, ports, lifecycle, …, see
 * `container-runtime.ts`) is the step's own container's; it merges field by field.
 */

const SeccompProfileSchema = z
  .strictObject({
    type: z.enum(['RuntimeDefault', 'Localhost', 'Unconfined']),
    localhostProfile: z.string().min(1).optional().meta({ description: 'Only with type Localhost.' }),
  })
  .meta({ id: 'SeccompProfile' });

const SeLinuxOptionsSchema = z
  .strictObject({ user: z.string().optional(), role: z.string().optional(), type: z.string().optional(), level: z.string().optional() })
  .meta({ id: 'SeLinuxOptions' });

const userIdShape = {
  runAsUser: z.number().int().min(0).optional(),
  runAsGroup: z.number().int().min(0).optional(),
  runAsNonRoot: z.boolean().optional(),
  seccompProfile: SeccompProfileSchema.optional(),
  seLinuxOptions: SeLinuxOptionsSchema.optional(),
};

/** The pod's security context (Kubernetes `PodSecurityContext`). */
export const PodSecurityContextSchema = z
  .strictObject({
    ...userIdShape,
    fsGroup: z.number().int().min(0).optional(),
    fsGroupChangePolicy: z.enum(['OnRootMismatch', 'Always']).optional(),
    supplementalGroups: z.array(z.number().int().min(0)).optional(),
    sysctls: z.array(z.strictObject({ name: z.string().regex(/^[a-z0-9]([-_a-z0-9]*[a-z0-9])?([./][a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/, 'a sysctl name such as "net.ipv4.ip_local_port_range"'), value: z.string() })).optional(),
  })
  .meta({ id: 'PodSecurityContext', description: 'Users, groups and kernel settings of every container of the pod.' });
export type PodSecurityContext = z.infer<typeof PodSecurityContextSchema>;

/** A container's security context (Kubernetes `SecurityContext`). */
export const ContainerSecurityContextSchema = z
  .strictObject({
    ...userIdShape,
    privileged: z.boolean().optional(),
    allowPrivilegeEscalation: z.boolean().optional(),
    readOnlyRootFilesystem: z.boolean().optional(),
    capabilities: z
      .strictObject({
        add: z.array(z.string().regex(/^[A-Z_0-9]+$/, 'a capability such as "NET_ADMIN" or "ALL"')).optional(),
        drop: z.array(z.string().regex(/^[A-Z_0-9]+$/, 'a capability such as "NET_ADMIN" or "ALL"')).optional(),
      })
      .optional(),
  })
  .meta({ id: 'ContainerSecurityContext', description: 'What one container may do; PSA "restricted" needs runAsNonRoot, no privilege escalation, capabilities drop ALL and a seccomp profile.' });
export type ContainerSecurityContext = z.infer<typeof ContainerSecurityContextSchema>;

const LabelSelectorSchema = z
  .strictObject({
    matchLabels: LabelMapSchema.optional(),
    matchExpressions: z
      .array(z.strictObject({ key: z.string().min(1), operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']), values: z.array(z.string()).optional() }))
      .optional(),
  })
  .meta({ id: 'LabelSelector' });

const NodeSelectorRequirementSchema = z.strictObject({
  key: z.string().min(1),
  operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
  values: z.array(z.string()).optional(),
});
const NodeSelectorTermSchema = z
  .strictObject({ matchExpressions: z.array(NodeSelectorRequirementSchema).optional(), matchFields: z.array(NodeSelectorRequirementSchema).optional() })
  .meta({ id: 'NodeSelectorTerm' });

const PodAffinityTermSchema = z
  .strictObject({
    topologyKey: z.string().min(1),
    labelSelector: LabelSelectorSchema.optional(),
    namespaces: z.array(z.string().min(1)).optional(),
    namespaceSelector: LabelSelectorSchema.optional(),
  })
  .meta({ id: 'PodAffinityTerm' });
const weight = z.number().int().min(1).max(100);
const PodAffinitySchema = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.array(PodAffinityTermSchema).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, podAffinityTerm: PodAffinityTermSchema })).optional(),
});

/** Kubernetes `Affinity`: on which nodes, and beside (or away from) which pods, the pod runs. */
export const AffinitySchema = z
  .strictObject({
    nodeAffinity: z
      .strictObject({
        requiredDuringSchedulingIgnoredDuringExecution: z.strictObject({ nodeSelectorTerms: z.array(NodeSelectorTermSchema).min(1) }).optional(),
        preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, preference: NodeSelectorTermSchema })).optional(),
      })
      .optional(),
    podAffinity: PodAffinitySchema.optional(),
    podAntiAffinity: PodAffinitySchema.optional(),
  })
  .meta({ id: 'Affinity' });
export type Affinity = z.infer<typeof AffinitySchema>;

/** Names Argo gives its own containers in a step's pod, refused for the user's. */
export const RESERVED_CONTAINER_NAMES = ['main', 'wait', 'init'] as const;

/** An init container or a sidecar: a container beside the step's own, with literal settings. */
export interface PodContainer extends ContainerRuntime {
  name: string;
  image: string;
  command?: string[] | undefined;
  args?: string[] | undefined;
  env?: Array<{ name: string; value: string }> | undefined;
  workingDir?: string | undefined;
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never' | undefined;
  resources?: Resources | undefined;
  volumeMounts?: VolumeMount[] | undefined;
  securityContext?: ContainerSecurityContext | undefined;
  restartPolicy?: 'Always' | 'OnFailure' | 'Never' | undefined;
  restartPolicyRules?: RestartPolicyRule[] | undefined;
}

// Typed by hand: the inferred type of the whole workflow would pass what TypeScript can write out.
export const PodContainerSchema: z.ZodType<PodContainer> = z
  .strictObject({
    name: z
      .string()
      .max(63)
      .regex(DNS1123_LABEL_PATTERN, 'a DNS-1123 label: lower-case letters, digits and "-"')
      .refine((name) => !(RESERVED_CONTAINER_NAMES as readonly string[]).includes(name), 'is the name of a container the engines add themselves (main, wait, init); choose another'),
    image: z.string().min(1),
    command: z.array(z.string()).optional(),
    args: z.array(z.string()).optional(),
    env: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })).optional(),
    workingDir: z.string().optional(),
    imagePullPolicy: z.enum(['Always', 'IfNotPresent', 'Never']).optional(),
    resources: ResourcesSchema.optional(),
    volumeMounts: z.array(VolumeMountSchema).optional(),
    securityContext: ContainerSecurityContextSchema.optional(),
    ...containerRuntimeShape,
    restartPolicy: z
      .enum(['Always', 'OnFailure', 'Never'])
      .optional()
      .meta({ description: 'Always on an init container makes it a native sidecar (Kubernetes 1.29+): started before the step and stopped after it. Elsewhere it needs the ContainerRestartRules feature gate (1.34+).' }),
    restartPolicyRules: z.array(RestartPolicyRuleSchema).max(20).optional().meta({ description: 'Restart on these exit codes (ContainerRestartRules, Kubernetes 1.34+); needs restartPolicy.' }),
  })
  .refine((container) => container.restartPolicyRules === undefined || container.restartPolicy !== undefined, {
    message: 'restartPolicyRules needs restartPolicy set too (Kubernetes refuses rules without it)',
    path: ['restartPolicyRules'],
  })
  .meta({ id: 'PodContainer', description: 'Text fields are literal: no references, no engine template tags.' });

export const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const;

export const HostAliasSchema = z
  .strictObject({ ip: IpAddressSchema, hostnames: z.array(Dns1123SubdomainSchema).min(1) })
  .meta({ id: 'HostAlias', description: 'An /etc/hosts entry of the pod.' });
export type HostAlias = z.infer<typeof HostAliasSchema>;

export const DnsConfigSchema = z
  .strictObject({
    nameservers: z.array(IpAddressSchema).max(3).optional(),
    searches: z.array(Dns1123SubdomainSchema).max(32).optional(),
    options: z.array(z.strictObject({ name: z.string().min(1).regex(/^[^\s:]+$/, 'a resolver option name, without spaces'), value: z.string().regex(/^\S*$/, 'a resolver option value, without spaces').optional() })).optional(),
  })
  .meta({ id: 'DnsConfig' });
export type DnsConfig = z.infer<typeof DnsConfigSchema>;

/**
 * Pod-level requests and limits (Kubernetes' PodLevelResources, beta since 1.34): a budget the
 * pod's containers share. Kubernetes takes only CPU and memory there.
 */
export const PodResourcesSchema = z
  .strictObject({
    requests: z.strictObject({ cpu: QuantitySchema.optional(), memory: QuantitySchema.optional() }).optional(),
    limits: z.strictObject({ cpu: QuantitySchema.optional(), memory: QuantitySchema.optional() }).optional(),
  })
  .meta({ id: 'PodResources', description: "Requests and limits of the whole pod, shared by its containers (the PodLevelResources feature gate, beta since Kubernetes 1.34)." });
export type PodResources = z.infer<typeof PodResourcesSchema>;

/**
 * A dynamic resource allocation claim of the pod (Kubernetes DRA): an existing ResourceClaim, or
 * a ResourceClaimTemplate made into a claim per pod. The step's own container uses it.
 */
export const PodResourceClaimSchema = z
  .strictObject({
    name: z.string().max(63).regex(DNS1123_LABEL_PATTERN, 'a DNS-1123 label: lower-case letters, digits and "-"'),
    resourceClaimName: Dns1123SubdomainSchema.optional(),
    resourceClaimTemplateName: Dns1123SubdomainSchema.optional(),
    request: z.string().max(63).regex(DNS1123_LABEL_PATTERN, 'a DNS-1123 label: lower-case letters, digits and "-"').optional().meta({ description: 'Only this request of the claim, not all of it.' }),
  })
  .meta({ id: 'PodResourceClaim', description: 'Exactly one of resourceClaimName, resourceClaimTemplateName.' });
export type PodResourceClaim = z.infer<typeof PodResourceClaimSchema>;

/** The pod-spec controls of a step, or of every step when set on the workflow. */
export const PodSpecSchema = z
  .strictObject({
    securityContext: PodSecurityContextSchema.optional(),
    containerSecurityContext: ContainerSecurityContextSchema.optional().meta({ description: "The step's own container's security context." }),
    affinity: AffinitySchema.optional(),
    initContainers: z.array(PodContainerSchema).optional().meta({ description: 'Run to completion, in order, before the step.' }),
    sidecars: z.array(PodContainerSchema).optional().meta({ description: 'Run beside the step and stopped when it ends.' }),
    podSpecPatch: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'A strategic-merge patch of the pod spec, as YAML or JSON text (Argo podSpecPatch); the step\'s container is named "main".' }),
    priorityClassName: Dns1123SubdomainSchema.optional(),
    schedulerName: Dns1123SubdomainSchema.optional(),
    hostAliases: z.array(HostAliasSchema).optional(),
    dnsPolicy: z.enum(DNS_POLICIES).optional(),
    dnsConfig: DnsConfigSchema.optional(),
    automountServiceAccountToken: z.boolean().optional(),
    podResources: PodResourcesSchema.optional(),
    resourceClaims: z.array(PodResourceClaimSchema).optional().meta({ description: "DRA claims allocated before the pod starts; the step's own container uses each (resources.claims)." }),
    container: ContainerRuntimeSchema.optional().meta({ description: "The step's own container's probes, ports, lifecycle hooks, termination message path, resize policy and raw block devices; a step's fields replace the workflow's one by one." }),
  })
  .meta({ id: 'PodSpec', description: 'Pod-spec controls: security, scheduling, DNS, helper containers.' });
export type PodSpec = z.infer<typeof PodSpecSchema>;

/** Labels and annotations of every pod of the workflow (Argo `podMetadata`). */
export const PodMetadataSchema = z
  .strictObject({ labels: LabelMapSchema.optional(), annotations: AnnotationMapSchema.optional() })
  .meta({ id: 'PodMetadata' });
export type PodMetadata = z.infer<typeof PodMetadataSchema>;

const KeyToPathSchema = z.strictObject({ key: z.string().min(1), path: z.string().min(1), mode: z.number().int().min(0).max(0o777).optional() });

/**
 * A volume a pod can mount. Exactly one source: a claim, an empty directory, a ConfigMap or a
 * Secret (whole, or the `items` given), a host path, an NFS export, a CSI driver, or an
 * ephemeral claim made for the pod and deleted with it.
 */
export const VolumeSchema = z
  .strictObject({
    name: z.string().min(1),
    persistentVolumeClaim: z.strictObject({ claimName: z.string().min(1), readOnly: z.boolean().optional() }).optional(),
    emptyDir: z.strictObject({ medium: z.string().optional(), sizeLimit: z.string().optional() }).optional(),
    configMap: z.strictObject({ name: z.string().min(1), items: z.array(KeyToPathSchema).optional(), defaultMode: z.number().int().min(0).max(0o777).optional(), optional: z.boolean().optional() }).optional(),
    secret: z.strictObject({ secretName: z.string().min(1), items: z.array(KeyToPathSchema).optional(), defaultMode: z.number().int().min(0).max(0o777).optional(), optional: z.boolean().optional() }).optional(),
    hostPath: z
      .strictObject({
        path: z.string().regex(/^\//, 'an absolute path on the node'),
        type: z.enum(['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']).optional(),
      })
      .optional(),
    nfs: z.strictObject({ server: z.string().min(1), path: z.string().regex(/^\//, 'an absolute path on the server'), readOnly: z.boolean().optional() }).optional(),
    csi: z
      .strictObject({
        driver: Dns1123SubdomainSchema,
        readOnly: z.boolean().optional(),
        fsType: z.string().optional(),
        volumeAttributes: z.record(z.string(), z.string()).overwrite(sortKeys).optional(),
      })
      .optional(),
    ephemeral: z
      .strictObject({
        accessModes: z.array(z.enum(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'])).min(1),
        storage: z.string().min(1),
        storageClassName: z.string().optional(),
      })
      .optional()
      .meta({ description: 'A claim made for the pod and deleted with it.' }),
  })
  .meta({ id: 'Volume', description: 'Exactly one of persistentVolumeClaim, emptyDir, configMap, secret, hostPath, nfs, csi, ephemeral.' });
export type Volume = z.infer<typeof VolumeSchema>;

/** The sources a volume has exactly one of. */
export const VOLUME_SOURCES = ['persistentVolumeClaim', 'emptyDir', 'configMap', 'secret', 'hostPath', 'nfs', 'csi', 'ephemeral'] as const;

/** The pod-spec fields present on a step's resolved pod spec, in a fixed order (for messages). */
export function podSpecFields(pod: PodSpec | undefined): Array<keyof PodSpec> {
  if (!pod) return [];
  return (Object.keys(PodSpecSchema.shape) as Array<keyof PodSpec>).filter((key) => {
    const value = pod[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}

/**
 * The pod spec a step runs with: the workflow's defaults, then the step's. A step's field
 * replaces the workflow's; lists add to them (the workflow's first), as Argo applies its
 * WorkflowSpec and Template fields.
 */
export function resolvePodSpec(workflowPod: PodSpec | undefined, stepPod: PodSpec | undefined): PodSpec | undefined {
  if (!workflowPod) return stepPod;
  if (!stepPod) return workflowPod;
  const joined = <T>(a: T[] | undefined, b: T[] | undefined) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  const resolved: PodSpec = {
    ...workflowPod,
    ...stepPod,
    ...(joined(workflowPod.hostAliases, stepPod.hostAliases) && { hostAliases: joined(workflowPod.hostAliases, stepPod.hostAliases) }),
    ...(joined(workflowPod.initContainers, stepPod.initContainers) && { initContainers: joined(workflowPod.initContainers, stepPod.initContainers) }),
    ...(joined(workflowPod.sidecars, stepPod.sidecars) && { sidecars: joined(workflowPod.sidecars, stepPod.sidecars) }),
    ...((workflowPod.container || stepPod.container) && { container: { ...workflowPod.container, ...stepPod.container } }),
  };
  return resolved;
}

import * as z from 'zod';

/**
 * How Kubernetes watches and treats one running container: health probes, the ports it declares,
 * hooks at its start and stop, where it writes its termination message, how it takes an in-place
 * resize, and raw block devices. Set for a step's own container (on the step, or on the workflow
 * as a default for every step) and for an init container or sidecar. Shapes are Kubernetes'
 * `core/v1` ones, so a platform team's manifests read the same here.
 */

type PortRef = number | string;
interface ExecAction { command: string[] }
interface HttpGetAction { port: PortRef; path?: string | undefined; host?: string | undefined; scheme?: 'HTTP' | 'HTTPS' | undefined; httpHeaders?: Array<{ name: string; value: string }> | undefined }
interface TcpSocketAction { port: PortRef; host?: string | undefined }

/** A health check of a container (Kubernetes `Probe`). */
export interface Probe {
  exec?: ExecAction | undefined;
  httpGet?: HttpGetAction | undefined;
  tcpSocket?: TcpSocketAction | undefined;
  grpc?: { port: number; service?: string | undefined } | undefined;
  initialDelaySeconds?: number | undefined;
  periodSeconds?: number | undefined;
  timeoutSeconds?: number | undefined;
  successThreshold?: number | undefined;
  failureThreshold?: number | undefined;
  terminationGracePeriodSeconds?: number | undefined;
}

interface LifecycleHandler { exec?: ExecAction | undefined; httpGet?: HttpGetAction | undefined; sleep?: { seconds: number } | undefined }
export interface Lifecycle { postStart?: LifecycleHandler | undefined; preStop?: LifecycleHandler | undefined }

export interface ContainerPort { containerPort: number; name?: string | undefined; protocol?: 'TCP' | 'UDP' | 'SCTP' | undefined; hostPort?: number | undefined; hostIP?: string | undefined }
export interface ResizePolicy { resourceName: 'cpu' | 'memory'; restartPolicy: 'NotRequired' | 'RestartContainer' }
export interface VolumeDevice { name: string; devicePath: string }
export interface RestartPolicyRule { action: 'Restart'; exitCodes?: { operator: 'In' | 'NotIn'; values?: number[] | undefined } | undefined }

const portNumber = z.number().int().min(1).max(65535);
/** IANA_SVC_NAME: what Kubernetes accepts as a port's name. */
const PortNameSchema = z
  .string()
  .max(15)
  .regex(/^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'a port name (IANA_SVC_NAME): at most 15 lower-case letters, digits and "-", with a letter');
const portRef = z.union([portNumber, PortNameSchema]);

const ExecActionSchema = z.strictObject({ command: z.array(z.string()).min(1) });
const HttpGetActionSchema = z.strictObject({
  port: portRef,
  path: z.string().regex(/^\//, 'an absolute HTTP path, starting with "/"').optional(),
  host: z.string().min(1).optional(),
  scheme: z.enum(['HTTP', 'HTTPS']).optional(),
  httpHeaders: z.array(z.strictObject({ name: z.string().regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, 'an HTTP header name'), value: z.string().regex(/^[^\r\n]*$/, 'a header value on one line') })).optional(),
});
const TcpSocketActionSchema = z.strictObject({ port: portRef, host: z.string().min(1).optional() });
const GrpcActionSchema = z.strictObject({ port: portNumber, service: z.string().optional() });

/** The actions a probe or hook takes: exactly one is set. */
const exactlyOne = (keys: readonly string[]) => (value: Record<string, unknown>) => keys.filter((key) => value[key] !== undefined).length === 1;

/** A health check of a container (Kubernetes `Probe`): exactly one of exec, httpGet, tcpSocket, grpc. */
export const ProbeSchema: z.ZodType<Probe> = z
  .strictObject({
    exec: ExecActionSchema.optional(),
    httpGet: HttpGetActionSchema.optional(),
    tcpSocket: TcpSocketActionSchema.optional(),
    grpc: GrpcActionSchema.optional(),
    initialDelaySeconds: z.number().int().min(0).optional(),
    periodSeconds: z.number().int().min(1).optional(),
    timeoutSeconds: z.number().int().min(1).optional(),
    successThreshold: z.number().int().min(1).optional(),
    failureThreshold: z.number().int().min(1).optional(),
    terminationGracePeriodSeconds: z.number().int().min(1).optional(),
  })
  .refine(exactlyOne(['exec', 'httpGet', 'tcpSocket', 'grpc']), 'a probe needs exactly one of exec, httpGet, tcpSocket, grpc')
  .meta({ id: 'Probe', description: 'A health check: exactly one of exec, httpGet, tcpSocket, grpc.' });

/** What a lifecycle hook runs (Kubernetes `LifecycleHandler`; its deprecated tcpSocket is left out). */
const LifecycleHandlerSchema = z
  .strictObject({ exec: ExecActionSchema.optional(), httpGet: HttpGetActionSchema.optional(), sleep: z.strictObject({ seconds: z.number().int().min(1) }).optional() })
  .refine(exactlyOne(['exec', 'httpGet', 'sleep']), 'a lifecycle hook needs exactly one of exec, httpGet, sleep');

export const LifecycleSchema: z.ZodType<Lifecycle> = z
  .strictObject({ postStart: LifecycleHandlerSchema.optional(), preStop: LifecycleHandlerSchema.optional() })
  .meta({ id: 'Lifecycle', description: 'Hooks run in the container right after it starts (postStart) and before it is stopped (preStop).' });

export const ContainerPortSchema: z.ZodType<ContainerPort> = z
  .strictObject({
    containerPort: portNumber,
    name: PortNameSchema.optional(),
    protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional(),
    hostPort: portNumber.optional(),
    hostIP: z.string().min(1).optional(),
  })
  .meta({ id: 'ContainerPort' });

export const ResizePolicySchema: z.ZodType<ResizePolicy> = z
  .strictObject({ resourceName: z.enum(['cpu', 'memory']), restartPolicy: z.enum(['NotRequired', 'RestartContainer']) })
  .meta({ id: 'ResizePolicy', description: 'Whether an in-place resize of cpu or memory restarts the container.' });

export const VolumeDeviceSchema: z.ZodType<VolumeDevice> = z
  .strictObject({ name: z.string().min(1), devicePath: z.string().regex(/^\//, 'an absolute path in the container') })
  .meta({ id: 'VolumeDevice', description: 'A raw block device from a claim of the pod (volumeMode: Block), at devicePath.' });

/** The fields every container of Couler's takes, the step's own and the helpers beside it. */
export const containerRuntimeShape = {
  livenessProbe: ProbeSchema.optional().meta({ description: 'Restarts the container when it fails.' }),
  readinessProbe: ProbeSchema.optional().meta({ description: 'Marks the container ready for traffic from a Service.' }),
  startupProbe: ProbeSchema.optional().meta({ description: 'Holds the other probes back until it succeeds; fails the container when it never does.' }),
  ports: z.array(ContainerPortSchema).optional(),
  lifecycle: LifecycleSchema.optional(),
  terminationMessagePath: z
    .string()
    .regex(/^\/[^\n]*$/, 'an absolute path in the container, on one line')
    .max(4096)
    .optional()
    .meta({ description: 'Where the container writes the message Kubernetes keeps when it ends (default /dev/termination-log).' }),
  resizePolicy: z.array(ResizePolicySchema).optional(),
  volumeDevices: z.array(VolumeDeviceSchema).optional(),
};

export interface ContainerRuntime {
  livenessProbe?: Probe | undefined;
  readinessProbe?: Probe | undefined;
  startupProbe?: Probe | undefined;
  ports?: ContainerPort[] | undefined;
  lifecycle?: Lifecycle | undefined;
  terminationMessagePath?: string | undefined;
  resizePolicy?: ResizePolicy[] | undefined;
  volumeDevices?: VolumeDevice[] | undefined;
}

/** The runtime settings of the step's own container, as one value (the pod spec's `container`). */
export const ContainerRuntimeSchema: z.ZodType<ContainerRuntime> = z
  .strictObject(containerRuntimeShape)
  .meta({ id: 'ContainerRuntime', description: "Probes, ports, lifecycle hooks, termination message path, resize policy and raw block devices of the step's own container." });

/** The container-runtime fields, in a fixed order (for messages and refusals). */
export const CONTAINER_RUNTIME_FIELDS = Object.keys(containerRuntimeShape) as Array<keyof ContainerRuntime>;

/** A restart rule of a container (Kubernetes `ContainerRestartRule`, 1.34+, feature gate ContainerRestartRules). */
export const RestartPolicyRuleSchema: z.ZodType<RestartPolicyRule> = z
  .strictObject({
    action: z.literal('Restart'),
    exitCodes: z.strictObject({ operator: z.enum(['In', 'NotIn']), values: z.array(z.number().int().min(0).max(255)).max(255).optional() }).optional(),
  })
  .meta({ id: 'RestartPolicyRule' });

/** The container-runtime fields set on a value, in a fixed order. */
export function containerRuntimeFields(value: ContainerRuntime | undefined): Array<keyof ContainerRuntime> {
  if (!value) return [];
  return CONTAINER_RUNTIME_FIELDS.filter((key) => value[key] !== undefined && !(Array.isArray(value[key]) && (value[key] as unknown[]).length === 0));
}

/** A copy of the container-runtime fields of a value (the step's resolved pod spec, a helper container), under Kubernetes' names. */
export function pickContainerRuntime(value: ContainerRuntime | undefined): ContainerRuntime {
  const picked: Record<string, unknown> = {};
  for (const key of containerRuntimeFields(value)) picked[key] = structuredClone(value![key]);
  return picked as ContainerRuntime;
}

import { describe, expect, test } from 'vitest';
import { container, unparsedWorkflow } from '../__tests__/workflows';
import { CoulerError } from '../errors/couler-error';
import { parseWorkflow } from '../serialization/parse-workflow';
import { validate } from '../validation/validate';
import { resolvePodSpec, type PodSpec } from './pod-spec';

/** The errors parsing the workflow throws, as `code path: message` lines. */
function refusals(steps: Record<string, unknown>[], spec: Record<string, unknown> = {}): string[] {
  try {
    const parsed = parseWorkflow(unparsedWorkflow(steps, spec));
    return validate(parsed).map((error) => `${error.code} ${error.path?.join('.')}: ${error.message}`);
  } catch (error) {
    if (!CoulerError.isInstance(error)) throw error;
    const all = (error as CoulerError & { errors?: CoulerError[] }).errors ?? [error];
    return all.map((each) => `${each.code} ${each.path?.join('.')}: ${each.message}`);
  }
}

const restricted: PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'In', values: ['a100'] }] }] } } },
  initContainers: [{ name: 'fetch', image: 'busybox:1.36', command: ['sh', '-c', 'echo hi'] }],
  sidecars: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.30', ports: [{ containerPort: 9901 }] }],
  podSpecPatch: '{"terminationGracePeriodSeconds": 5}',
  priorityClassName: 'high-priority',
  schedulerName: 'volcano',
  hostAliases: [{ ip: '10.0.0.7', hostnames: ['registry.internal'] }],
  dnsPolicy: 'None',
  dnsConfig: { nameservers: ['10.0.0.10', 'fd00::a'], searches: ['svc.cluster.local'], options: [{ name: 'ndots', value: '2' }] },
  automountServiceAccountToken: false,
};

describe('pod-spec controls in the IR', () => {
  test('a workflow and a step with every control, volumes of every source and downward env validate', () => {
    const step = container('train', {
      pod: restricted,
      env: [
        { name: 'POD_NAME', fieldRef: { fieldPath: 'metadata.name' } },
        { name: 'APP', fieldRef: { fieldPath: "metadata.labels['app']" } },
        { name: 'MEMORY', resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
      ],
      volumes: [
        { name: 'host', hostPath: { path: '/var/data', type: 'Directory' } },
        { name: 'share', nfs: { server: 'nfs.internal', path: '/exports/ml', readOnly: true } },
        { name: 'vault', csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: 'ml' } } },
        { name: 'conf', configMap: { name: 'settings', items: [{ key: 'a.yaml', path: 'a.yaml', mode: 0o440 }] } },
        { name: 'keys', secret: { secretName: 'keys', items: [{ key: 'id', path: 'id' }] } },
        { name: 'scratch', ephemeral: { accessModes: ['ReadWriteOnce'], storage: '10Gi' } },
      ],
      volumeMounts: [{ name: 'host', mountPath: '/data' }, { name: 'scratch', mountPath: '/scratch' }],
    });
    expect(refusals([step], { pod: restricted, podMetadata: { labels: { 'team.example.com/owner': 'ml' }, annotations: { note: '{{ $(rm -rf) }}\n"' } } })).toEqual([]);
  });

  test.each([
    ['a label value Kubernetes refuses', { podMetadata: { labels: { app: 'has space' } } }, 'INVALID_FIELD podMetadata.labels.app: podMetadata.labels.app: the value "has space" is not a label value'],
    ['a label key Kubernetes refuses', { podMetadata: { labels: { 'Bad_Prefix/app': 'x' } } }, 'INVALID_FIELD podMetadata.labels.Bad_Prefix/app: podMetadata.labels.Bad_Prefix/app: the key "Bad_Prefix/app" has a prefix that is not a DNS-1123 subdomain'],
    ['an annotation key with a template tag', { podMetadata: { annotations: { '{{workflow.name}}': 'x' } } }, 'INVALID_FIELD podMetadata.annotations.{{workflow.name}}: podMetadata.annotations.{{workflow.name}}: the key "{{workflow.name}}" needs a name'],
    ['a dnsPolicy not in the enum', { pod: { dnsPolicy: 'ClusterFirstish' } }, 'INVALID_FIELD pod.dnsPolicy'],
    ['a hostname with a shell substitution', { pod: { hostAliases: [{ ip: '10.0.0.1', hostnames: ['$(reboot)'] }] } }, 'INVALID_FIELD pod.hostAliases.0.hostnames.0'],
    ['an IP address that is not one', { pod: { hostAliases: [{ ip: '10.0.0.256', hostnames: ['a'] }] } }, 'INVALID_FIELD pod.hostAliases.0.ip'],
    ['a priority class with a newline', { pod: { priorityClassName: 'high\npriority' } }, 'INVALID_FIELD pod.priorityClassName'],
    ['a sidecar named as an Argo container', { pod: { sidecars: [{ name: 'wait', image: 'x' }] } }, 'INVALID_NAME pod.sidecars.wait.name: pod.sidecars.wait.name: is the name of a container the engines add themselves'],
    ['a resolver option with a space', { pod: { dnsConfig: { options: [{ name: 'ndots 2' }] } } }, 'INVALID_NAME pod.dnsConfig.options.ndots 2.name'],
  ])('%s is refused with the field path', (_, spec, expected) => {
    const found = refusals([container('a')], spec);
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });

  test('a downward field Kubernetes does not expose, a volume with two sources, a shadowed volume and an undeclared sidecar mount are refused', () => {
    const step = container('a', {
      env: [{ name: 'X', fieldRef: { fieldPath: 'spec.containers' } }],
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'two', hostPath: { path: '/a' }, nfs: { server: 's', path: '/b' } },
      ],
      pod: { sidecars: [{ name: 'side', image: 'x', volumeMounts: [{ name: 'cache', mountPath: '/c' }] }] },
    });
    expect(refusals([step], { volumes: [{ name: 'data', emptyDir: {} }] }).map((line) => line.split(':')[0])).toEqual(['INVALID_FIELD steps.a.env.X.fieldRef.fieldPath']);
    const valid = container('a', { volumes: step.volumes, pod: step.pod });
    expect(refusals([valid], { volumes: [{ name: 'data', emptyDir: {} }] }).map((line) => line.split(':')[0])).toEqual([
      'AMBIGUOUS_SOURCE steps.a.volumes.two',
      'INVALID_FIELD steps.a.volumes.data',
      'UNKNOWN_VOLUME steps.a.pod.sidecars.side.volumeMounts.cache',
    ]);
  });

  test("a step's fields replace the workflow's; its lists come after the workflow's", () => {
    const workflowPod: PodSpec = { dnsPolicy: 'Default', schedulerName: 'volcano', hostAliases: [{ ip: '10.0.0.1', hostnames: ['a'] }], sidecars: [{ name: 'log', image: 'fluent' }] };
    const stepPod: PodSpec = { dnsPolicy: 'None', hostAliases: [{ ip: '10.0.0.2', hostnames: ['b'] }] };
    expect(resolvePodSpec(workflowPod, stepPod)).toEqual({
      dnsPolicy: 'None',
      schedulerName: 'volcano',
      hostAliases: [
        { ip: '10.0.0.1', hostnames: ['a'] },
        { ip: '10.0.0.2', hostnames: ['b'] },
      ],
      sidecars: [{ name: 'log', image: 'fluent' }],
    });
    expect(resolvePodSpec(undefined, stepPod)).toBe(stepPod);
    expect(resolvePodSpec(workflowPod, undefined)).toBe(workflowPod);
  });
});

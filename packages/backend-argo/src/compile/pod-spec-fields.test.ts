import type { PodSpec } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { simulateArgo } from '../../test/support/simulate-argo';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

type Json = Record<string, unknown>;
const hostile = `{{workflow.name}} $(rm -rf /) {{ 7*7 }} '"\n✓`;

const workflowPod: PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'ml' } } } }] } },
  sidecars: [{ name: 'log', image: 'fluent-bit:3', args: ['--flag'] }],
  podSpecPatch: 'terminationGracePeriodSeconds: 5\n',
  priorityClassName: 'batch',
  schedulerName: 'volcano',
  hostAliases: [{ ip: '10.0.0.1', hostnames: ['registry.internal'] }],
  dnsPolicy: 'ClusterFirst',
  dnsConfig: { options: [{ name: 'ndots', value: '2' }] },
  automountServiceAccountToken: true,
};

describe('pod-spec controls on Argo', () => {
  it('go on WorkflowSpec for the workflow and on the template for a step, schema-valid and clean under the lint', () => {
    const step = container('train', {
      pod: {
        securityContext: { runAsUser: 2000, fsGroup: 3000 },
        initContainers: [{ name: 'fetch', image: 'busybox:1.36', command: ['sh', '-c', hostile], env: [{ name: 'X', value: hostile }] }],
        sidecars: [{ name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 9901 }], securityContext: { runAsNonRoot: true } }],
        podSpecPatch: '{"containers": [{"name": "main", "resources": {"limits": {"cpu": "1"}}}]}',
        priorityClassName: 'high',
        hostAliases: [{ ip: 'fd00::1', hostnames: ['db.internal'] }],
        dnsPolicy: 'None',
        dnsConfig: { nameservers: ['10.0.0.10'] },
      },
      env: [
        { name: 'NODE', fieldRef: { fieldPath: 'spec.nodeName' } },
        { name: 'MEMORY', resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
      ],
      volumes: [
        { name: 'host', hostPath: { path: '/var/data', type: 'Directory' } },
        { name: 'share', nfs: { server: 'nfs.internal', path: '/exports' } },
        { name: 'vault', csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: hostile } } },
        { name: 'conf', configMap: { name: 'settings', items: [{ key: 'a.yaml', path: 'a.yaml' }] } },
        { name: 'keys', secret: { secretName: 'keys', items: [{ key: 'id', path: 'id', mode: 0o400 }] } },
        { name: 'scratch', ephemeral: { accessModes: ['ReadWriteOnce'], storage: '10Gi', storageClassName: 'fast' } },
      ],
      volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
    });
    const checked = compileChecked(irWorkflow('pods', [step, container('plain')], { pod: workflowPod, podMetadata: { labels: { team: 'ml' }, annotations: { note: hostile.replaceAll('{{', '{ {') } } }));
    const spec = checked.document.spec as unknown as Json;
    expect(spec).toMatchObject({
      securityContext: workflowPod.securityContext,
      affinity: workflowPod.affinity,
      podPriorityClassName: 'batch',
      schedulerName: 'volcano',
      hostAliases: workflowPod.hostAliases,
      dnsPolicy: 'ClusterFirst',
      dnsConfig: workflowPod.dnsConfig,
      automountServiceAccountToken: true,
      podSpecPatch: 'terminationGracePeriodSeconds: 5\n',
      podMetadata: { labels: { team: 'ml' } },
    });
    const train = checked.template('train');
    expect(train).toMatchObject({ securityContext: { runAsUser: 2000, fsGroup: 3000 }, priorityClassName: 'high', hostAliases: [{ ip: 'fd00::1', hostnames: ['db.internal'] }] });
    // A template has no dnsPolicy: it joins the step's patch.
    expect(JSON.parse(train.podSpecPatch!)).toEqual({ containers: [{ name: 'main', resources: { limits: { cpu: '1' } } }], dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.10'] } });
    expect(train.container!.securityContext).toEqual(workflowPod.containerSecurityContext);
    expect(train.sidecars!.map((sidecar) => sidecar.name)).toEqual(['log', 'proxy']);
    expect(train.volumes!.find((volume) => volume.name === 'scratch')).toEqual({
      name: 'scratch',
      ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } }, storageClassName: 'fast' } } },
    });
    expect(train.container!.env).toEqual([
      { name: 'NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } },
      { name: 'MEMORY', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
    ]);
    // The workflow's container defaults reach every step that runs a container; its pod fields stay on WorkflowSpec.
    const plain = checked.template('plain');
    expect(plain.sidecars!.map((sidecar) => sidecar.name)).toEqual(['log']);
    expect(plain.securityContext).toBeUndefined();

    // Hostile text reaches the pod as written, after Argo's substitutions.
    const ran = simulateArgo(checked.document as unknown as Json, () => ({}));
    const resolved = ran.trace.find((entry) => entry.run.template === 'train')!.run.resolved;
    expect(resolved.initContainers![0]).toMatchObject({ command: ['sh', '-c', hostile], env: [{ name: 'X', value: hostile }] });
    expect((resolved.volumes!.find((volume) => volume.name === 'vault') as { csi: { volumeAttributes: Json } }).csi.volumeAttributes.secretProviderClass).toBe(hostile);
  });

  it('writes a mount path and sub-path holding "{{" so that the pod gets them as written', () => {
    const path = '/data/{{workflow.name}}/{{ 7*7 }}';
    const step = container('train', { pod: { volumes: [{ name: 'scratch', hostPath: { path: '/var/data' } }] }, volumeMounts: [{ name: 'scratch', mountPath: path, subPath: '{{inputs.parameters.x}}' }] });
    const checked = compileChecked(irWorkflow('mounts', [step]));
    expect(JSON.stringify(checked.template('train').container!.volumeMounts)).not.toContain('{{workflow.name}}');
    const ran = simulateArgo(checked.document as unknown as Json, () => ({}));
    const resolved = ran.trace.find((entry) => entry.run.template === 'train')!.run.resolved;
    expect(resolved.container!.volumeMounts).toEqual([{ name: 'scratch', mountPath: path, subPath: '{{inputs.parameters.x}}' }]);
  });

  it('writes artifact and output-parameter paths holding "{{" so that the pod reads and writes them as written', () => {
    const path = (leaf: string) => `/data/{{workflow.name}}/{{ 7*7 }}/${leaf}`;
    const write = container('write', { outputs: { artifacts: [{ name: 'model', path: path('model') }], parameters: [{ name: 'score', path: path('score') }] } });
    const read = container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'model', path: path('in'), from: { ref: 'step', step: 'write', output: 'model' } }] } });
    const checked = compileChecked(irWorkflow('paths', [write, read]));
    expect(JSON.stringify(checked.template('write').outputs)).not.toContain('{{workflow.name}}');
    const ran = simulateArgo(checked.document as unknown as Json, () => ({}));
    const resolved = (name: string) => ran.trace.find((entry) => entry.run.template === name)!.run.resolved;
    expect(resolved('write').outputs!.artifacts![0]!.path).toBe(path('model'));
    expect(resolved('write').outputs!.parameters![0]!.valueFrom!.path).toBe(path('score'));
    expect(resolved('read').inputs!.artifacts![0]!.path).toBe(path('in'));
  });

  it('refuses template tags in workflow-wide settings, which Argo substitutes with no escape', () => {
    const error = thrown(() => compileChecked(irWorkflow('pods', [container('a')], { podMetadata: { annotations: { note: '{{workflow.name}}' } } })));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['podMetadata', 'annotations', 'note'] });
    const patch = thrown(() => compileChecked(irWorkflow('pods', [container('a')], { pod: { podSpecPatch: '{"hostname": "{{workflow.name}}"}' } })));
    expect(patch).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['pod', 'podSpecPatch'] });
  });

  it('refuses what Argo cannot put on a pod of the step, with the reason', () => {
    const cases: Array<[string, Parameters<typeof irWorkflow>[1], Parameters<typeof irWorkflow>[2], ReadonlyArray<string | number>]> = [
      ['a patch that is not a mapping', [container('a', { pod: { podSpecPatch: '- just\n- a list' } })], {}, ['steps', 'a', 'pod', 'podSpecPatch']],
      ['dnsPolicy twice', [container('a', { pod: { dnsPolicy: 'None', podSpecPatch: 'dnsPolicy: Default' } })], {}, ['steps', 'a', 'pod', 'dnsPolicy']],
      ['no service account token, which Argo\'s executor needs', [container('a', { pod: { automountServiceAccountToken: false } })], {}, ['steps', 'a', 'pod', 'automountServiceAccountToken']],
      ['no token for the whole workflow', [container('a')], { pod: { automountServiceAccountToken: false } }, ['pod', 'automountServiceAccountToken']],
      ['a sidecar on a suspend step', [{ name: 's', kind: 'suspend', suspend: {}, pod: { sidecars: [{ name: 'x', image: 'y' }] } }], {}, ['steps', 's', 'pod']],
      ['a pod control on a Kubeflow job', [{ name: 'j', kind: 'job', job: { framework: 'pytorch', image: 'trainer:1', replicas: { Worker: { replicas: 2 } } } }], { pod: { schedulerName: 'volcano' } }, ['steps', 'j', 'pod', 'schedulerName']],
    ];
    for (const [what, steps, spec, path] of cases) {
      const error = thrown(() => compileChecked(irWorkflow('pods', steps, spec)));
      expect(error, what).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path });
      expect(error.message, what).toContain('The argo backend cannot express');
    }
  });
});

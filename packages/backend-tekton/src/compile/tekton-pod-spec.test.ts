import { IR_API_VERSION, type PodSpec, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from '../../test/support/compile-checked';
import type { LooseJson } from '../../test/support/loose-json';
import { refusal } from '../../test/support/refusal';
import { substitute } from '../../test/support/simulate-task';

const ir = (steps: Step[], extra: Partial<Workflow['spec']> = {}): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'pods' }, spec: { steps, ...extra } }) as Workflow;
const step = (name: string, extra: Partial<Step> = {}): Step => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, ...extra }) as Step;
const hostile = `$(params.x) $(tasks.a.results.b) {{ 7*7 }} '"\n✓`;

const workflowPod: PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  schedulerName: 'volcano',
  hostAliases: [{ ip: '10.0.0.1', hostnames: ['registry.internal'] }],
  dnsPolicy: 'ClusterFirst',
  automountServiceAccountToken: false,
  sidecars: [{ name: 'log', image: 'fluent-bit:3' }],
};

describe('pod-spec controls on Tekton', () => {
  it('go in the pod templates, the steps and the Task sidecars, valid for Tekton', () => {
    const train = step('train', {
      pod: {
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } },
        priorityClassName: 'high',
        hostAliases: [{ ip: '10.0.0.2', hostnames: ['db.internal'] }],
        dnsConfig: { nameservers: ['10.0.0.10'] },
        sidecars: [{ name: 'proxy', image: 'envoy:1', args: [hostile], volumeMounts: [{ name: 'share', mountPath: '/share' }] }],
      },
      env: [{ name: 'NODE', fieldRef: { fieldPath: 'spec.nodeName' } }],
      volumes: [
        { name: 'host', hostPath: { path: '/var/data' } },
        { name: 'vault', csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: hostile } } },
        { name: 'scratch', ephemeral: { accessModes: ['ReadWriteOnce'], storage: '1Gi' } },
      ],
      volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
    });
    const { documents } = compileChecked(
      ir([train, step('plain')], { pod: workflowPod, podMetadata: { labels: { team: 'ml' } }, volumes: [{ name: 'share', nfs: { server: 'nfs.internal', path: '/exports' } }] }),
    );
    const run = documents.find((document) => document.kind === 'PipelineRun')!;
    const spec = run.spec as LooseJson;
    expect(run.metadata.labels).toEqual({ team: 'ml' });
    expect(spec.taskRunTemplate.podTemplate).toEqual({
      securityContext: workflowPod.securityContext,
      schedulerName: 'volcano',
      hostAliases: workflowPod.hostAliases,
      dnsPolicy: 'ClusterFirst',
      automountServiceAccountToken: false,
    });
    // The step's pod template holds the workflow's fields too: Tekton takes it instead of the run's.
    expect(spec.taskRunSpecs).toEqual([
      {
        pipelineTaskName: 'train',
        podTemplate: expect.objectContaining({
          schedulerName: 'volcano',
          priorityClassName: 'high',
          hostAliases: [workflowPod.hostAliases![0], { ip: '10.0.0.2', hostnames: ['db.internal'] }],
          dnsConfig: { nameservers: ['10.0.0.10'] },
        }),
      },
    ]);
    const task = taskNamed(documents, 'train').taskSpec;
    expect(task.sidecars.map((sidecar: { name: string }) => sidecar.name)).toEqual(['log', 'proxy']);
    for (const each of task.steps) expect(each.securityContext).toEqual(workflowPod.containerSecurityContext);
    expect(task.steps.at(-1).env).toContainEqual({ name: 'NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } });
    expect(task.volumes.map((volume: { name: string }) => volume.name).sort()).toEqual(['host', 'scratch', 'share', 'vault']);
    // Hostile text comes out as written once Tekton substitutes the task's params.
    const dollar = { 'params.couler-dollar': '$' };
    expect(substitute(task.sidecars[1].args[0], dollar)).toBe(hostile);
    const vault = task.volumes.find((volume: { name: string }) => volume.name === 'vault');
    expect(substitute(vault.csi.volumeAttributes.secretProviderClass, dollar)).toBe(hostile);
    expect(taskNamed(documents, 'plain').taskSpec.sidecars.map((sidecar: { name: string }) => sidecar.name)).toEqual(['log']);
  });

  it("refuses init containers and pod patches with Tekton's reason", () => {
    const init = refusal(() => compileChecked(ir([step('a', { pod: { initContainers: [{ name: 'prep', image: 'busybox' }] } })])));
    expect(init.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(init.path).toEqual(['steps', 'a', 'pod', 'initContainers']);
    expect(init.message).toContain('no init containers');
    const patch = refusal(() => compileChecked(ir([step('a')], { pod: { podSpecPatch: '{"hostname": "x"}' } })));
    expect(patch.path).toEqual(['pod', 'podSpecPatch']);
    expect(patch.message).toContain('applies no patch');
    // A name Tekton replaces after params has no escape at all: refused, not passed on.
    const late = refusal(() => compileChecked(ir([step('a', { pod: { sidecars: [{ name: 'x', image: 'y', args: ['$(context.taskRun.name)'] }] } })])));
    expect(late.message).toContain('Tekton has no escape for "$("');
  });
});

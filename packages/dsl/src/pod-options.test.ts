import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { configWorkflow, runContainer, runScript, workflow } from './index';

const restricted = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' as const } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
};

describe('pod-spec options', () => {
  it('set the workflow-wide defaults and a step\'s own controls, volumes and downward env in the IR', () => {
    const built = workflow('pods', () => {
      configWorkflow({ ...restricted, schedulerName: 'volcano', podMetadata: { labels: { team: 'ml' }, annotations: { owner: 'a@b.c' } } });
      runContainer({
        image: 'trainer:1',
        stepName: 'train',
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } },
        initContainers: [{ name: 'fetch', image: 'busybox:1.36', command: ['true'] }],
        sidecars: [{ name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 9901 }] }],
        podSpecPatch: '{"terminationGracePeriodSeconds": 5}',
        priorityClassName: 'high',
        hostAliases: [{ ip: '10.0.0.7', hostnames: ['registry.internal'] }],
        dnsPolicy: 'None',
        dnsConfig: { nameservers: ['10.0.0.10'] },
        automountServiceAccountToken: false,
        volumes: [{ name: 'host', hostPath: { path: '/data' } }],
        volumeMounts: [{ name: 'host', mountPath: '/data' }],
        env: { NODE: { fieldRef: { fieldPath: 'spec.nodeName' } }, MEMORY: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
      });
    });
    expect(built.spec.pod).toEqual({ ...restricted, schedulerName: 'volcano' });
    expect(built.spec.podMetadata).toEqual({ labels: { team: 'ml' }, annotations: { owner: 'a@b.c' } });
    const train = stepOf(built, 'train');
    expect(train.pod).toMatchObject({ dnsPolicy: 'None', priorityClassName: 'high', podSpecPatch: '{"terminationGracePeriodSeconds": 5}', automountServiceAccountToken: false });
    expect(train.pod?.sidecars?.[0]?.name).toBe('proxy');
    expect(train.volumes).toEqual([{ name: 'host', hostPath: { path: '/data' } }]);
    expect(train.env).toEqual([
      { name: 'NODE', fieldRef: { fieldPath: 'spec.nodeName' } },
      { name: 'MEMORY', resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
    ]);
  });

  it('refuses a value Kubernetes would refuse, with the field path and the line that set it', () => {
    const label = catchCouler(() => workflow('w', () => configWorkflow({ podMetadata: { labels: { app: '$(whoami)' } } })));
    expect(label.path).toEqual(['podMetadata', 'labels', 'app']);
    expect(label.message).toContain('is not a label value');
    const dns = catchCouler(() => workflow('w', () => void runScript({ image: 'python:3', source: 'print(1)', stepName: 's', dnsPolicy: 'Cluster' as never })));
    expect(dns.path).toEqual(['steps', 's', 'pod', 'dnsPolicy']);
    const host = catchCouler(() => workflow('w', () => void runScript({ image: 'python:3', source: 'print(1)', stepName: 's', hostAliases: [{ ip: '10.0.0.1', hostnames: ['{{workflow.name}}'] }] })));
    expect(host.path).toEqual(['steps', 's', 'pod', 'hostAliases', 0, 'hostnames', 0]);
  });

  it("takes Argo's other names for the same settings as a hint", () => {
    const error = catchCouler(() => workflow('w', () => void runContainer({ image: 'a', podSecurityContext: {} } as never)));
    expect(error.message).toContain('Write "securityContext" instead');
  });

  it("puts the step's container settings under pod.container, the workflow's as defaults the step's replace one by one", () => {
    const built = workflow('probes', () => {
      configWorkflow({ terminationMessagePath: '/tmp/end', readinessProbe: { tcpSocket: { port: 8080 } } });
      configWorkflow({ ports: [{ containerPort: 8080, name: 'http' }] });
      runContainer({
        image: 'server:1',
        stepName: 'serve',
        livenessProbe: { httpGet: { port: 'http', path: '/healthz' }, periodSeconds: 5 },
        lifecycle: { preStop: { sleep: { seconds: 5 } } },
        terminationMessagePath: '/var/end',
        sidecars: [{ name: 'proxy', image: 'envoy:1', startupProbe: { grpc: { port: 9901 } } }],
        initContainers: [{ name: 'mesh', image: 'mesh:1', restartPolicy: 'Always' }],
      });
    });
    expect(built.spec.pod?.container).toEqual({ terminationMessagePath: '/tmp/end', readinessProbe: { tcpSocket: { port: 8080 } }, ports: [{ containerPort: 8080, name: 'http' }] });
    const serve = stepOf(built, 'serve');
    expect(serve.pod?.container).toEqual({ livenessProbe: { httpGet: { port: 'http', path: '/healthz' }, periodSeconds: 5 }, lifecycle: { preStop: { sleep: { seconds: 5 } } }, terminationMessagePath: '/var/end' });
    expect(serve.pod?.initContainers?.[0]?.restartPolicy).toBe('Always');
  });

  it('refuses a probe without an action at its option path', () => {
    const error = catchCouler(() => workflow('w', () => void runContainer({ image: 'a', stepName: 's', livenessProbe: { periodSeconds: 5 } })));
    expect(error.path).toEqual(['steps', 's', 'pod', 'container', 'livenessProbe']);
    expect(error.message).toContain('exactly one of exec, httpGet, tcpSocket, grpc');
  });
});

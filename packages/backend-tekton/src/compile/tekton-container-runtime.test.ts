import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from '../../test/support/compile-checked';
import { refusal } from '../../test/support/refusal';
import { substitute } from '../../test/support/simulate-task';

const ir = (steps: Step[], extra: Partial<Workflow['spec']> = {}): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'probes' }, spec: { steps, ...extra } }) as Workflow;
const step = (name: string, extra: Partial<Step> = {}): Step => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, ...extra }) as Step;
const hostile = `$(params.x) $(tasks.a.results.b) {{ 7*7 }} '''"\n✓`;

describe('container runtime settings on Tekton', () => {
  it("write a sidecar's probes, ports, lifecycle and restart policy, and the step's block devices, valid for Tekton", () => {
    const sidecar = {
      name: 'proxy',
      image: 'envoy:1',
      ports: [{ containerPort: 9901, name: 'admin' }],
      readinessProbe: { httpGet: { port: 'admin', path: '/ready' } },
      livenessProbe: { exec: { command: ['sh', '-c', hostile] } },
      startupProbe: { grpc: { port: 9901 } },
      lifecycle: { preStop: { sleep: { seconds: 3 } } },
      terminationMessagePath: '/tmp/end',
      restartPolicy: 'Always' as const,
    };
    const { documents } = compileChecked(
      ir([step('serve', { pod: { sidecars: [sidecar], container: { volumeDevices: [{ name: 'block', devicePath: '/dev/xvda' }] } }, volumes: [{ name: 'block', persistentVolumeClaim: { claimName: 'raw' } }] })]),
    );
    const task = taskNamed(documents, 'serve').taskSpec;
    expect(task.sidecars[0]).toMatchObject({ ports: sidecar.ports, readinessProbe: sidecar.readinessProbe, startupProbe: sidecar.startupProbe, lifecycle: sidecar.lifecycle, terminationMessagePath: '/tmp/end', restartPolicy: 'Always' });
    expect(substitute(task.sidecars[0].livenessProbe.exec.command[2], { 'params.couler-dollar': '$' })).toBe(hostile);
    expect(task.steps.at(-1).volumeDevices).toEqual([{ name: 'block', devicePath: '/dev/xvda' }]);
  });

  it("refuses probes, ports and hooks of the step's own container with Tekton's reason, at the option's path", () => {
    const own = refusal(() => compileChecked(ir([step('a', { pod: { container: { readinessProbe: { tcpSocket: { port: 80 } } } } })])));
    expect(own.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(own.message).toContain('a Tekton v1 Step has no readinessProbe');
    expect(own.path).toEqual(['steps', 'a', 'pod', 'container', 'readinessProbe']);
    const fromWorkflow = refusal(() => compileChecked(ir([step('a')], { pod: { container: { terminationMessagePath: '/x' } } })));
    expect(fromWorkflow.path).toEqual(['pod', 'container', 'terminationMessagePath']);
    const resize = refusal(() => compileChecked(ir([step('a', { pod: { sidecars: [{ name: 'p', image: 'p:1', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] }] } })])));
    expect(resize.message).toContain('a Tekton v1 Sidecar has no resizePolicy');
  });
});

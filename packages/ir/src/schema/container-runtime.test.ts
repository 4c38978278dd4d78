import { describe, expect, test } from 'vitest';
import { container, unparsedWorkflow } from '../__tests__/workflows';
import { CoulerError } from '../errors/couler-error';
import { parseWorkflow } from '../serialization/parse-workflow';
import type { ContainerRuntime } from './container-runtime';
import { resolvePodSpec } from './pod-spec';

/** The messages parsing a one-step workflow with this pod spec throws, as `path: message` lines. */
function refusals(pod: Record<string, unknown>): string[] {
  try {
    parseWorkflow(unparsedWorkflow([container('train', { pod })]));
    return [];
  } catch (error) {
    if (!CoulerError.isInstance(error)) throw error;
    const all = (error as CoulerError & { errors?: CoulerError[] }).errors ?? [error];
    return all.map((each) => `${each.path?.join('.')}: ${each.message}`);
  }
}

const runtime: ContainerRuntime = {
  livenessProbe: { httpGet: { port: 'http', path: '/healthz', httpHeaders: [{ name: 'X-Probe', value: `'''{{a}}$(b)"é` }] }, periodSeconds: 5 },
  readinessProbe: { tcpSocket: { port: 8080 } },
  startupProbe: { grpc: { port: 9090, service: 'health' }, failureThreshold: 30 },
  ports: [{ containerPort: 8080, name: 'http' }],
  lifecycle: { postStart: { exec: { command: ['sh', '-c', 'echo "{{x}}" $(y)'] } }, preStop: { sleep: { seconds: 5 } } },
  terminationMessagePath: '/tmp/ending',
  resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }],
  volumeDevices: [{ name: 'block', devicePath: '/dev/xvda' }],
};

describe('container runtime settings in the IR', () => {
  test("the step's container and a native-sidecar init container take every field", () => {
    const pod = { container: runtime, initContainers: [{ name: 'proxy', image: 'envoy:1', restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }], ...runtime }] };
    expect(refusals(pod)).toEqual([]);
  });

  test('a probe with no action or two, and a hook with two, are refused with what to set', () => {
    const messages = refusals({ container: { livenessProbe: { periodSeconds: 5 }, readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 1 } }, lifecycle: { preStop: { exec: { command: ['x'] }, sleep: { seconds: 1 } } } } });
    expect(messages.join('\n')).toContain('exactly one of exec, httpGet, tcpSocket, grpc');
    expect(messages.join('\n')).toContain('exactly one of exec, httpGet, sleep');
  });

  test('restart rules without a restart policy, a bad port name and a relative or multi-line message path are refused', () => {
    const messages = refusals({
      initContainers: [{ name: 'proxy', image: 'envoy:1', restartPolicyRules: [{ action: 'Restart' }] }],
      container: { ports: [{ containerPort: 80, name: 'Not A Name' }], terminationMessagePath: 'relative\n/x' },
    }).join('\n');
    expect(messages).toContain('restartPolicyRules needs restartPolicy');
    expect(messages).toContain('IANA_SVC_NAME');
    expect(messages).toContain('an absolute path in the container, on one line');
  });

  test("a step's container fields replace the workflow's one by one", () => {
    const resolved = resolvePodSpec({ container: { terminationMessagePath: '/a', readinessProbe: { tcpSocket: { port: 1 } } } }, { container: { terminationMessagePath: '/b' } });
    expect(resolved?.container).toEqual({ terminationMessagePath: '/b', readinessProbe: { tcpSocket: { port: 1 } } });
  });
});

import type { ContainerRuntime } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const hostile = `{{workflow.name}} $(rm -rf /) {{ 7*7 }} '''"\n✓`;

const settings: ContainerRuntime = {
  livenessProbe: { httpGet: { port: 'http', path: '/healthz', httpHeaders: [{ name: 'X-Check', value: hostile.replace('\n', ' ') }] }, periodSeconds: 5 },
  readinessProbe: { tcpSocket: { port: 8080 } },
  startupProbe: { exec: { command: ['sh', '-c', hostile] }, failureThreshold: 30 },
  ports: [{ containerPort: 8080, name: 'http' }],
  lifecycle: { postStart: { exec: { command: ['echo', hostile] } }, preStop: { sleep: { seconds: 5 } } },
  terminationMessagePath: '/tmp/ending',
  resizePolicy: [{ resourceName: 'memory', restartPolicy: 'RestartContainer' }],
  volumeDevices: [{ name: 'block', devicePath: '/dev/xvda' }],
};

describe("the step's container settings on Argo", () => {
  it('go on the container of every step, the workflow defaults under the step own, schema-valid with Argo tags escaped', () => {
    const checked = compileChecked(
      irWorkflow('probes', [container('serve', { pod: { container: settings, initContainers: [{ name: 'mesh', image: 'mesh:1', restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }], readinessProbe: { grpc: { port: 15021 } } }] } }), container('plain')], {
        pod: { container: { terminationMessagePath: '/var/end', readinessProbe: { exec: { command: ['true'] } } } },
      }),
    );
    const serve = checked.template('serve').container!;
    expect(serve.ports).toEqual(settings.ports);
    expect(serve.terminationMessagePath).toBe('/tmp/ending');
    expect(serve.readinessProbe).toEqual({ tcpSocket: { port: 8080 } });
    expect(serve.resizePolicy).toEqual(settings.resizePolicy);
    expect(serve.volumeDevices).toEqual(settings.volumeDevices);
    expect(serve.lifecycle).toMatchObject({ preStop: { sleep: { seconds: 5 } } });
    // Argo would substitute a {{…}} in the command; it reaches the container as written.
    expect(JSON.stringify(serve.startupProbe)).not.toContain('{{workflow.name}}');
    expect(JSON.stringify(serve.lifecycle)).not.toContain('{{workflow.name}}');
    expect(serve.lifecycle).toMatchObject({ postStart: { exec: { command: ['echo', expect.stringContaining("$(rm -rf /) ")] } } });
    expect(checked.template('serve').initContainers![0]).toMatchObject({ name: 'mesh', restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }], readinessProbe: { grpc: { port: 15021 } } });
    expect(checked.template('plain').container).toMatchObject({ terminationMessagePath: '/var/end', readinessProbe: { exec: { command: ['true'] } } });
  });

  it('are refused on a step with no container of the user\'s, naming the field', () => {
    const error = thrown(() => compileChecked(irWorkflow('w', [{ name: 'wait', kind: 'suspend', suspend: {}, pod: { container: { ports: [{ containerPort: 80 }] } } } as never])));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('pod on a suspend step, which runs no container of its own');
    expect(error.path).toEqual(['steps', 'wait', 'pod']);
  });
});

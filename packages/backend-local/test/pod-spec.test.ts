import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

describe('pod-spec controls on this machine', () => {
  it('run the workflow and say once, in the run\'s events, which pod settings were ignored', async () => {
    const { events, onEvent } = eventLog();
    const workflow = workflowOf(
      'pods',
      [
        sh('a', 'echo a', { pod: { securityContext: { runAsNonRoot: true }, dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.10'] } } }),
        sh('b', 'echo b', { pod: { securityContext: { runAsUser: 1000 }, podSpecPatch: '{"hostname": "x"}' } }),
      ],
      { pod: { schedulerName: 'volcano', containerSecurityContext: { allowPrivilegeEscalation: false } }, podMetadata: { labels: { team: 'ml' } } },
    );
    const summary = await runWorkflow(workflow, { home: dirs.home(), onEvent });
    expect(summary.phase).toBe('Succeeded');
    const notices = events.filter((event) => event.type === 'notice' && event.message.startsWith('Pod settings'));
    expect(notices.map((event) => (event as { message: string }).message)).toEqual([
      'Pod settings have no effect on this machine, where each step is a process (or a container) and not a pod, and are ignored: containerSecurityContext, dnsConfig, dnsPolicy, podMetadata, podSpecPatch, schedulerName, securityContext.',
    ]);
  });

  it('refuses what a step needs and a process cannot have: sidecars, init containers, its own volumes, downward-API env', async () => {
    const cases: Array<[unknown[], Record<string, unknown>, ReadonlyArray<string | number>]> = [
      [[sh('a', 'true', { pod: { sidecars: [{ name: 'db', image: 'postgres:16' }] } })], {}, ['steps', 'a', 'pod', 'sidecars']],
      [[sh('a', 'true')], { pod: { initContainers: [{ name: 'prep', image: 'busybox' }] } }, ['pod', 'initContainers']],
      [[sh('a', 'true', { volumes: [{ name: 'host', hostPath: { path: '/data' } }] })], {}, ['steps', 'a', 'volumes']],
      [[sh('a', 'echo $NODE', { env: [{ name: 'NODE', fieldRef: { fieldPath: 'spec.nodeName' } }] })], {}, ['steps', 'a', 'env', 'NODE']],
    ];
    for (const [steps, spec, path] of cases) {
      const error = await runWorkflow(workflowOf('pods', steps, spec), { home: dirs.home() }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(CoulerError.isInstance(error), String(path)).toBe(true);
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path });
      expect((error as Error).message).toContain('The local backend cannot express');
    }
  });

  it("ignores the container settings Kubernetes would not act on for a step, naming them, and refuses those it would", async () => {
    const { events, onEvent } = eventLog();
    const ignored = { readinessProbe: { tcpSocket: { port: 8080 } }, ports: [{ containerPort: 8080 }], terminationMessagePath: '/tmp/end', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] };
    const summary = await runWorkflow(workflowOf('probes', [sh('a', 'echo a', { pod: { container: ignored } })]), { home: dirs.home(), onEvent });
    expect(summary.phase).toBe('Succeeded');
    const notice = events.find((event) => event.type === 'notice' && event.message.startsWith('Pod settings')) as { message: string } | undefined;
    expect(notice?.message).toContain('are ignored: ports, readinessProbe, resizePolicy, terminationMessagePath.');
    const refused: Array<[Record<string, unknown>, string]> = [
      [{ livenessProbe: { exec: { command: ['true'] } } }, 'livenessProbe'],
      [{ startupProbe: { exec: { command: ['true'] } } }, 'startupProbe'],
      [{ lifecycle: { preStop: { sleep: { seconds: 1 } } } }, 'lifecycle'],
      [{ volumeDevices: [{ name: 'raw', devicePath: '/dev/xvda' }] }, 'volumeDevices'],
    ];
    for (const [container, field] of refused) {
      const error = await runWorkflow(workflowOf('probes', [sh('a', 'true', { pod: { container } })]), { home: dirs.home() }).then(() => undefined, (thrown: unknown) => thrown);
      expect(error, field).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'pod', 'container', field] });
    }
    const fromWorkflow = await runWorkflow(workflowOf('probes', [sh('a', 'true')], { pod: { container: { lifecycle: { preStop: { sleep: { seconds: 1 } } } } } }), { home: dirs.home() }).then(() => undefined, (thrown: unknown) => thrown);
    expect(fromWorkflow).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['pod', 'container', 'lifecycle'] });
  });
});

import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containerArgv, cpuCount, memoryBytes, resolveContainerRuntime } from '../src/engine/container-runtime';
import { runWorkflow } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { installFakeDocker } from './helpers/fake-docker';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

/** A PATH with a shell and nothing else, so no docker or podman of this machine is found. */
function shellOnly(scratch: string): string {
  const bin = join(scratch, 'shell-only');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(join(bin, 'sh'))) symlinkSync('/bin/sh', join(bin, 'sh'));
  return bin;
}

const dirs = useTempDirs();

describe('container runtime (--container-runtime docker|podman|auto)', () => {
  it('runs container and script steps in their images through docker: sandbox mounted, only the step env passed, outputs flow', async () => {
    const docker = installFakeDocker(dirs.scratch());
    const { events, onEvent } = eventLog();
    const workflow = workflowOf('in-docker', [
      {
        name: 'make',
        kind: 'container',
        env: [{ name: 'GREETING', value: 'hello from make' }],
        outputs: { parameters: [{ name: 'model', path: '/tmp/out/model.txt' }] },
        resources: { limits: { cpu: '500m', memory: '256Mi' } },
        container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo model > /tmp/out/model.txt && echo "$GREETING" && test -z "$HOME_SECRET"'], imagePullPolicy: 'IfNotPresent' },
      },
      {
        name: 'use',
        kind: 'script',
        script: { image: 'busybox:1.36', command: ['sh'], source: 'echo "got $1"' , args: [{ ref: 'step', step: 'make', output: 'model' }] },
      },
    ]);
    const summary = await runWorkflow(workflow, {
      home: dirs.home(),
      containerRuntime: 'docker',
      env: { PATH: docker.path, FAKE_DOCKER_LOG: docker.log, FAKE_CONTAINER_PATH: '/usr/bin:/bin', HOME_SECRET: 'host-only' },
      onEvent,
    });

    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps.find((step) => step.id === 'make')!.outputs.parameters.model).toBe('model');
    expect(summary.steps.find((step) => step.id === 'use')!.outputs.result).toBe('got model');
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice', message: 'Steps run in their images with docker (alpine:3.20, busybox:1.36).' }));

    const [make, use] = docker.calls();
    expect(make!.slice(0, 3)).toEqual(['run', '--rm', '--init']);
    expect(make).toContain('--pull=missing');
    expect(make!.slice(make!.indexOf('--cpus'), make!.indexOf('--cpus') + 4)).toEqual(['--cpus', '0.5', '--memory', `${256 * 2 ** 20}b`]);
    expect(make!.slice(-5)).toEqual(['--entrypoint', 'sh', 'alpine:3.20', '-c', expect.stringContaining('.root/tmp/out/model.txt')]);
    // The step's variables by name only; the host's (HOME_SECRET) not at all.
    const passed = make!.filter((_, index) => make![index - 1] === '--env');
    expect(passed).toEqual(expect.arrayContaining(['GREETING', 'COULER_STEP_NAME']));
    expect(passed).not.toContain('HOME_SECRET');
    expect(make!.join(' ')).not.toMatch(/hello from make|host-only/);
    const mounts = make!.filter((_, index) => make![index - 1] === '--volume');
    expect(mounts.every((mount) => mount.split(':')[0] === mount.split(':')[1])).toBe(true);
    expect(use!.slice(-5, -2)).toEqual(['--entrypoint', 'sh', 'busybox:1.36']);
    const [scriptPath, argument] = use!.slice(-2);
    expect(scriptPath).toMatch(/\.script\.sh$/);
    expect(argument).toBe('model');
    expect(use!.filter((_, index) => use![index - 1] === '--volume')).toContainEqual(`${scriptPath}:${scriptPath}:ro`);
  });

  it('runs each map item in the image it names (an image chosen at run time), and says so', async () => {
    const docker = installFakeDocker(dirs.scratch());
    const { events, onEvent } = eventLog();
    const items = [{ image: 'debian', tag: '12' }, { image: 'alpine', tag: '3.20' }];
    const image = { concat: [{ ref: 'item', key: 'image' }, ':', { ref: 'item', key: 'tag' }] };
    const workflow = workflowOf('per-item-image', [{ name: 'os', kind: 'container', container: { image, command: ['echo', 'ok'] }, map: { items } }]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), containerRuntime: 'docker', env: { PATH: docker.path, FAKE_DOCKER_LOG: docker.log, FAKE_CONTAINER_PATH: '/usr/bin:/bin' }, onEvent });
    expect(summary.phase).toBe('Succeeded');
    const imagesRun = docker.calls().map((argv) => argv[argv.indexOf('--entrypoint') + 2]);
    expect(imagesRun.sort()).toEqual(['alpine:3.20', 'debian:12']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice', message: 'Steps run in their images with docker (images chosen at run time).' }));
  });

  it('a container step without a command runs the image entrypoint instead of failing', async () => {
    const docker = installFakeDocker(dirs.scratch());
    const workflow = workflowOf('entrypoint', [{ name: 'serve', kind: 'container', container: { image: 'example/trainer:1', args: ['--epochs', '3'] } }]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), containerRuntime: 'docker', env: { PATH: docker.path, FAKE_DOCKER_LOG: docker.log, FAKE_CONTAINER_PATH: '/usr/bin:/bin' } });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps[0]!.outputs.result).toBe('entrypoint of example/trainer:1 --epochs 3');
  });

  it('removes the container of a step that timed out, since killing the client leaves it running', async () => {
    const docker = installFakeDocker(dirs.scratch());
    // 3 s, not 1: the fake client is a Node program, and on a loaded machine it may not have
    // written down its `run` before a 1 s timeout killed it.
    const workflow = workflowOf('slow', [sh('slow', 'sleep 30', { timeoutSeconds: 3, retry: { limit: 0 } })]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), containerRuntime: 'docker', defaultRetry: false, env: { PATH: docker.path, FAKE_DOCKER_LOG: docker.log, FAKE_CONTAINER_PATH: '/usr/bin:/bin' } });
    expect(summary.phase).toBe('Failed');
    const calls = docker.calls();
    const run = calls.find((call) => call[0] === 'run');
    expect(run).toBeDefined();
    expect(calls.at(-1)).toEqual(['rm', '--force', run![run!.indexOf('--name') + 1]]);
  });

  it('asked for docker that is not installed: ENGINE_NOT_FOUND saying what to do, and no run recorded', async () => {
    const home = dirs.home();
    const run = runWorkflow(workflowOf('nodocker', [sh('a', 'true')]), { home, containerRuntime: 'docker', env: { PATH: join(dirs.scratch(), 'empty') } });
    await expect(run).rejects.toMatchObject({
      code: 'ENGINE_NOT_FOUND',
      message: 'The container runtime "docker" is not installed: no "docker" on PATH.',
      hint: expect.stringContaining('--container-runtime host'),
    });
    const store = new StateStore(resolveCoulerHome(home).database);
    expect(store.listRuns(10)).toEqual([]);
    store.close();
  });

  it('auto falls back to host processes when neither docker nor podman is installed, and says so', async () => {
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(workflowOf('auto', [sh('a', 'echo on-host')]), {
      home: dirs.home(),
      containerRuntime: 'auto',
      env: { PATH: shellOnly(dirs.scratch()) },
      onEvent,
    });
    expect(summary.steps[0]!.outputs.result).toBe('on-host');
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice', message: expect.stringContaining('their images are not used (alpine:3.20). Neither docker nor podman is installed.') }));
  });
});

describe('containerArgv', () => {
  const docker = { kind: 'docker', program: '/usr/bin/docker' } as const;
  const base = { name: 'c', image: 'python:3.12', command: ['python', '-u'], args: ['train.py'], workingDir: '/w', mounts: [{ path: '/w' }], envNames: ['A'] };

  it('maps pull policies and runs as the calling user: --user for docker, --userns=keep-id for podman', () => {
    expect(containerArgv(docker, { ...base, imagePullPolicy: 'Always', user: { uid: 1000, gid: 1000 } })).toEqual([
      '/usr/bin/docker', 'run', '--rm', '--init', '--name', 'c', '--workdir', '/w', '--pull=always', '--volume', '/w:/w', '--env', 'A', '--user', '1000:1000', '--entrypoint', 'python', 'python:3.12', '-u', 'train.py',
    ]);
    expect(containerArgv({ kind: 'podman', program: 'podman' }, { ...base, imagePullPolicy: 'Never', user: { uid: 1000, gid: 1000 } })).toEqual(
      expect.arrayContaining(['--pull=never', '--userns=keep-id']),
    );
  });

  it('refuses an image that docker would read as an option', () => {
    expect(() => containerArgv(docker, { ...base, image: '--privileged' })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('converts Kubernetes quantities: cpu 250m → 0.25, memory 1Gi/2G/512Mi → bytes; nonsense → no flag', () => {
    expect([cpuCount('250m'), cpuCount('2'), cpuCount(1.5), cpuCount('lots')]).toEqual(['0.25', '2', '1.5', undefined]);
    expect([memoryBytes('1Gi'), memoryBytes('2G'), memoryBytes('512Mi'), memoryBytes('1e3'), memoryBytes('big')]).toEqual([2 ** 30, 2e9, 512 * 2 ** 20, 1000, undefined]);
  });

  it('auto finds docker before podman, podman alone, or nothing; host never looks', () => {
    const both = join(dirs.scratch(), 'both');
    const podmanOnly = join(dirs.scratch(), 'podman-only');
    for (const [dir, programs] of [[both, ['docker', 'podman']], [podmanOnly, ['podman']]] as const) {
      mkdirSync(dir, { recursive: true });
      for (const program of programs) {
        writeFileSync(join(dir, program), '#!/bin/sh\n');
        chmodSync(join(dir, program), 0o755);
      }
    }
    expect(resolveContainerRuntime('auto', both)).toEqual({ kind: 'docker', program: join(both, 'docker') });
    expect(resolveContainerRuntime('auto', podmanOnly)).toEqual({ kind: 'podman', program: join(podmanOnly, 'podman') });
    expect(resolveContainerRuntime('podman', both)).toEqual({ kind: 'podman', program: join(both, 'podman') });
    expect(resolveContainerRuntime('auto', shellOnly(dirs.scratch()))).toBeUndefined();
    expect(resolveContainerRuntime('host', both)).toBeUndefined();
  });
});

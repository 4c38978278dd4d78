import { mkdirSync } from 'node:fs';
import type { ResourceList } from '@couler/ir';
import { containerArgv, removeContainerArgv, type ContainerRuntime } from './container-runtime';
import type { ResolvedCommand } from './resolve-command';
import { runProcess } from './run-process';
import type { StepSandbox } from './step-sandbox';

/** What one container of a step needs, besides its resolved command. */
export interface StepContainer {
  readonly name: string;
  readonly image: string;
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** Where it runs: the sandbox's working directory, or its declared `workingDir`. */
  readonly cwd: string;
  readonly limits?: ResourceList;
}

/** `docker run …` for one attempt: the sandbox mounted at its own paths, the step's env only. */
export function containerCommand(runtime: ContainerRuntime, container: StepContainer, resolved: ResolvedCommand, sandbox: StepSandbox): string[] {
  // Both are mounted: they must exist before docker sees them (it would create them as root).
  mkdirSync(sandbox.dir, { recursive: true });
  mkdirSync(sandbox.root, { recursive: true });
  const user = process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : undefined;
  return containerArgv(runtime, {
    name: container.name,
    image: container.image,
    ...(container.imagePullPolicy !== undefined && { imagePullPolicy: container.imagePullPolicy }),
    command: resolved.command,
    args: resolved.args,
    workingDir: container.cwd,
    mounts: [{ path: sandbox.dir }, { path: sandbox.root }, ...(resolved.scriptPath !== undefined ? [{ path: resolved.scriptPath, readOnly: true }] : [])],
    envNames: resolved.stepEnvNames,
    ...(container.limits !== undefined && { limits: container.limits }),
    ...(user !== undefined && { user }),
  });
}

/** Removes a container whose client was stopped: killing the CLI does not stop what it started. */
export async function removeContainer(runtime: ContainerRuntime, name: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runProcess({ argv: removeContainerArgv(runtime, name), cwd, env, signal: new AbortController().signal, onLine: () => {} });
}

/** A container name docker and podman accept, from the run, instance, attempt (and container). */
export function containerNameOf(...parts: ReadonlyArray<string | number>): string {
  return ['couler', ...parts].join('-').toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
}

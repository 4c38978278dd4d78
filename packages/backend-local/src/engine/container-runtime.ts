import { CoulerError, type ResourceList } from '@couler/ir';
import { findExecutable } from './find-executable';

/**
 * Where container and script steps run. `host` (the default): as processes on this machine,
 * images unused. `docker` / `podman`: in their images through that CLI. `auto`: docker, else
 * podman, else the host — with a notice saying which.
 */
export type ContainerRuntimeChoice = 'host' | 'docker' | 'podman' | 'auto';

export const CONTAINER_RUNTIME_CHOICES: ReadonlyArray<ContainerRuntimeChoice> = ['host', 'docker', 'podman', 'auto'];

export interface ContainerRuntime {
  readonly kind: 'docker' | 'podman';
  /** The CLI's full path. */
  readonly program: string;
}

/**
 * The runtime a run uses, found on `PATH`, or undefined for the host.
 *
 * @throws CoulerError `ENGINE_NOT_FOUND` when docker or podman was asked for and is not installed.
 */
export function resolveContainerRuntime(choice: ContainerRuntimeChoice, path: string | undefined): ContainerRuntime | undefined {
  if (choice === 'host') return undefined;
  const kinds: Array<'docker' | 'podman'> = choice === 'auto' ? ['docker', 'podman'] : [choice];
  for (const kind of kinds) {
    const program = findExecutable(kind, path);
    if (program !== undefined) return { kind, program };
  }
  if (choice === 'auto') return undefined;
  throw new CoulerError('ENGINE_NOT_FOUND', `The container runtime "${choice}" is not installed: no "${choice}" on PATH.`, {
    hint: `Install ${choice === 'docker' ? 'Docker (https://docs.docker.com/engine/install/)' : 'Podman (https://podman.io/docs/installation)'}, or run the steps as processes on this machine with --container-runtime host.`,
  });
}

/** What one step instance needs to run in a container. */
export interface ContainerInvocation {
  /** Unique per attempt, so that a cancelled step's container can be removed by name. */
  readonly name: string;
  readonly image: string;
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** The step's command; empty runs the image's entrypoint. */
  readonly command: ReadonlyArray<string>;
  readonly args: ReadonlyArray<string>;
  readonly workingDir: string;
  /** Host paths mounted at the same path inside, so the sandbox's rewritten paths hold there too. */
  readonly mounts: ReadonlyArray<{ readonly path: string; readonly readOnly?: boolean }>;
  /**
   * Variables the container gets. Passed as `-e NAME` (the value comes from the CLI's own
   * environment), so that secret values never appear on a command line other users can read.
   */
  readonly envNames: ReadonlyArray<string>;
  readonly limits?: ResourceList;
  /** The user files in the mounts belong to; without it docker writes them as root. */
  readonly user?: { readonly uid: number; readonly gid: number };
}

const PULL_FLAGS = { Always: 'always', IfNotPresent: 'missing', Never: 'never' } as const;

/** The `docker run` / `podman run` command line of one step instance. */
export function containerArgv(runtime: ContainerRuntime, invocation: ContainerInvocation): string[] {
  if (invocation.image.startsWith('-') || invocation.image.trim() === '') {
    // A leading dash would be read as an option of `docker run`, not as the image.
    throw new CoulerError('INVALID_FIELD', `"${invocation.image}" is not an image reference.`, { hint: 'Give the step an image such as python:3.12-slim.' });
  }
  const argv = [runtime.program, 'run', '--rm', '--init', '--name', invocation.name, '--workdir', invocation.workingDir];
  if (invocation.imagePullPolicy !== undefined) argv.push(`--pull=${PULL_FLAGS[invocation.imagePullPolicy]}`);
  for (const mount of invocation.mounts) argv.push('--volume', `${mount.path}:${mount.path}${mount.readOnly ? ':ro' : ''}`);
  for (const name of invocation.envNames) argv.push('--env', name);
  if (invocation.user !== undefined) {
    // Rootless podman maps the user into the container itself; docker needs it spelled out.
    if (runtime.kind === 'podman') argv.push('--userns=keep-id');
    else argv.push('--user', `${invocation.user.uid}:${invocation.user.gid}`);
  }
  const cpus = invocation.limits?.cpu === undefined ? undefined : cpuCount(invocation.limits.cpu);
  if (cpus !== undefined) argv.push('--cpus', cpus);
  const memory = invocation.limits?.memory === undefined ? undefined : memoryBytes(invocation.limits.memory);
  if (memory !== undefined) argv.push('--memory', `${memory}b`);
  if (invocation.command.length > 0) argv.push('--entrypoint', invocation.command[0]!);
  argv.push(invocation.image);
  argv.push(...invocation.command.slice(1), ...invocation.args);
  return argv;
}

/** `docker rm -f NAME`: stops a container whose client was killed (Ctrl-C, timeout). */
export function removeContainerArgv(runtime: ContainerRuntime, name: string): string[] {
  return [runtime.program, 'rm', '--force', name];
}

/** Kubernetes CPU quantity (`2`, `500m`, `1.5`) as docker's `--cpus` decimal. */
export function cpuCount(quantity: string | number): string | undefined {
  const text = String(quantity);
  const milli = /^(\d+)m$/.exec(text);
  const value = milli ? Number(milli[1]) / 1000 : Number(text);
  return Number.isFinite(value) && value > 0 ? String(value) : undefined;
}

const MEMORY_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** Kubernetes memory quantity (`512Mi`, `2G`, `1e9`) in bytes. */
export function memoryBytes(quantity: string | number): number | undefined {
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)([kMGT]i?|Ki)?$/.exec(String(quantity));
  if (!match) return undefined;
  const unit = MEMORY_UNITS[match[2] ?? ''];
  return unit === undefined ? undefined : Math.round(Number(match[1]) * unit);
}

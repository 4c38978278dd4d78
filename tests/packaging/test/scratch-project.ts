import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment for child commands, without what a parent `pnpm run`/`npm run` injects
 * (`npm_package_*`, `npm_lifecycle_*`, most `npm_config_*`): those would make npm in the scratch
 * project act as if it were inside this workspace. Registry, cache and proxy settings stay.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|.*proxy|strict_ssl|cafile|@.*:registry)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.test(key)));
}

/** Runs a command; on failure throws an Error carrying the command, exit code and output tail. */
export function run(command: string, args: ReadonlyArray<string>, cwd: string): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: childEnvironment(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
        reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (${error.code ?? error.signal}):\n${tail}`));
      } else resolve({ stdout, stderr });
    });
  });
}

/** Runs a command that reports problems by its exit code (tsc); resolves with its output and code. */
export function runAllowingFailure(command: string, args: ReadonlyArray<string>, cwd: string): Promise<CommandOutput & { exitCode: number }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: childEnvironment(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} could not run (${error.code ?? error.signal}): ${error.message}`));
      else resolve({ stdout, stderr, exitCode: error ? Number(error.code) : 0 });
    });
  });
}

/**
 * The pnpm running this test (`pnpm run test` sets npm_execpath to its script), else pnpm 10
 * through npx: npx asks the registry which pnpm 10 is the latest on every call, which took
 * longer than the pack itself, once per package.
 */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm(\.c?js)?$/.test(execPath)) return [process.execPath, [execPath]];
  return ['npx', ['-y', 'pnpm@10']];
}

/** `pnpm pack` into an empty directory of its own; returns the tarball's path. */
export async function packPackage(packageDir: string, destination: string): Promise<string> {
  mkdirSync(destination, { recursive: true });
  const [command, prefix] = pnpmCommand();
  await run(command, [...prefix, 'pack', '--pack-destination', destination], packageDir);
  const tarballs = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`pnpm pack in ${packageDir} left ${tarballs.length} tarballs in ${destination}.`);
  return join(destination, tarballs[0]!);
}

/** Paths inside a tarball, relative to its `package/` folder. */
export async function listTarball(tarball: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', tarball], process.cwd());
  return stdout
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort();
}

export async function readFromTarball(tarball: string, path: string): Promise<string> {
  return (await run('tar', ['-xzOf', tarball, `package/${path}`], process.cwd())).stdout;
}

/**
 * A project as a user would have it, outside the workspace: `npm init -y`, then one `npm install`
 * of every tarball (plus `@types/node`, which TypeScript users on Node have). `overrides` pins
 * every package we ship to its tarball, so a `@couler/ir` that `@couler/dsl` depends on can never
 * come from the registry instead.
 */
export async function createScratchProject(dir: string, tarballs: Readonly<Record<string, string>>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await run('npm', ['init', '-y'], dir);
  const manifest = {
    name: 'couler-pack-scratch',
    version: '1.0.0',
    private: true,
    dependencies: Object.fromEntries(Object.entries(tarballs).map(([name, tarball]) => [name, `file:${tarball}`])),
    devDependencies: { '@types/node': '^20.19.0' },
    overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
}

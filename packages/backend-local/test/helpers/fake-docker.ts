import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for the docker CLI (no daemon can run here): a real executable that records its
 * command line and does what `docker run` would with it — runs the entrypoint in --workdir with
 * only the --env variables and a container-like PATH — so the engine's side is exercised for real.
 */
const FAKE_DOCKER = `#!${process.execPath}
const { spawnSync } = require('node:child_process');
const { appendFileSync } = require('node:fs');
const argv = process.argv.slice(2);
appendFileSync(process.env.FAKE_DOCKER_LOG, JSON.stringify(argv) + '\\n');
if (argv[0] === 'rm') process.exit(0);
if (argv[0] !== 'run') { console.error('docker: unknown command ' + argv[0]); process.exit(125); }
let i = 1, workdir = '/', entrypoint, env = { PATH: process.env.FAKE_CONTAINER_PATH };
const withValue = new Set(['--name', '--workdir', '--volume', '--env', '--user', '--cpus', '--memory', '--entrypoint']);
for (; i < argv.length && argv[i].startsWith('-'); i++) {
  const flag = argv[i];
  if (!withValue.has(flag)) continue;
  const value = argv[++i];
  if (flag === '--workdir') workdir = value;
  if (flag === '--entrypoint') entrypoint = value;
  if (flag === '--env') env[value] = process.env[value];
}
const image = argv[i];
const rest = argv.slice(i + 1);
const command = entrypoint ? [entrypoint, ...rest] : ['echo', 'entrypoint of ' + image, ...rest];
const result = spawnSync(command[0], command.slice(1), { cwd: workdir, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
`;

/** Puts the fake `docker` in `<scratch>/bin`; `path` finds it first, `calls` reads the command lines it got. */
export function installFakeDocker(scratch: string): { path: string; log: string; calls: () => string[][] } {
  const bin = join(scratch, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'docker'), FAKE_DOCKER);
  chmodSync(join(bin, 'docker'), 0o755);
  const log = join(scratch, 'docker-calls.jsonl');
  writeFileSync(log, '');
  const calls = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as string[]);
  return { path: `${bin}:/usr/bin:/bin`, log, calls };
}


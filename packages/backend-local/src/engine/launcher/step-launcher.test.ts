import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../run-workflow';
import { MAX_LINE_CHARS } from '../output-lines';
import { runProcess } from '../run-process';
import { directSpawner, type ProcessSpawner } from './process-spawner';
import { prestartLauncher } from './prestarted-launchers';
import { StepLauncher } from './step-launcher';

const launchers: StepLauncher[] = [];
afterEach(() => {
  for (const launcher of launchers.splice(0)) launcher.close();
});
function launcher(options: ConstructorParameters<typeof StepLauncher>[0] = {}): StepLauncher {
  const created = new StepLauncher(options);
  launchers.push(created);
  return created;
}
/** The launcher processes this process started and has not reaped, by /proc. */
function launcherChildren(): number[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const isLauncher = readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('serveLaunchRequests');
      return Number(parent) === process.pid && state !== 'Z' && isLauncher ? [Number(entry)] : [];
    } catch {
      return []; // Gone meanwhile.
    }
  });
}
const run = (spawner: ProcessSpawner, argv: string[], more: { timeoutMs?: number; signal?: AbortSignal; env?: NodeJS.ProcessEnv } = {}) =>
  runProcess({ argv, cwd: tmpdir(), env: more.env ?? { PATH: process.env.PATH }, spawner, ...(more.timeoutMs !== undefined && { timeoutMs: more.timeoutMs }), ...(more.signal && { signal: more.signal }) });

describe.runIf(process.platform === 'linux')('StepLauncher', () => {
  it('stops reading a process that prints faster than the engine reads: the launcher holds a few MiB of output, not all of it', async () => {
    const spawner = launcher();
    const bytes = 160 * 1024 * 1024;
    let lines = 0;
    const outcome = await runProcess({
      argv: ['sh', '-c', `head -c ${bytes} /dev/zero | tr '\\0' x`],
      cwd: tmpdir(),
      env: { PATH: process.env.PATH },
      spawner,
      onLine: () => {
        // An engine busy elsewhere: 20 ms for each MiB it reads.
        const until = performance.now() + 20;
        while (performance.now() < until);
        lines++;
      },
    });
    expect(outcome.exitCode).toBe(0);
    expect(lines).toBe(bytes / MAX_LINE_CHARS);
    // The launcher's peak memory: a Node process of about 50 MiB, and what it held for the engine.
    const [pid] = spawner.pids;
    const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    expect(peakKiB / 1024).toBeLessThan(120);
  });

  // Whoever spawns, a step sees and reports the same.
  describe.each([
    ['the launcher', () => launcher()],
    ['this process', () => directSpawner],
  ])('spawning from %s', (_name, spawner) => {
    it('hands on every line of both streams, a character split between chunks whole, and the exit code', async () => {
      const lines: string[] = [];
      const outcome = await runProcess({
        argv: ['sh', '-c', `printf 'h\\303'; sleep 0.1; printf '\\251llo\\nlast'; echo oops >&2; exit 3`],
        cwd: tmpdir(),
        env: { PATH: process.env.PATH },
        spawner: spawner(),
        onLine: (stream, line) => lines.push(`${stream}:${line}`),
      });
      expect(outcome).toMatchObject({ exitCode: 3, stdout: 'héllo\nlast', timedOut: false, cancelled: false });
      expect(lines).toEqual(['stdout:héllo', 'stderr:oops', 'stdout:last']);
      expect(outcome.pid).toBeGreaterThan(0);
    });

    it('gives the process exactly the environment asked for: variables of the engine left out are gone, changed ones changed, odd names kept', async () => {
      const { HOME: _home, ...withoutHome } = process.env;
      const env = { ...withoutHome, PATH: `/nowhere:${process.env.PATH}`, COULER_STEP: 'a "quoted" $(value)\nnext' } as NodeJS.ProcessEnv;
      Object.defineProperty(env, '__proto__', { value: 'kept', enumerable: true, writable: true, configurable: true });
      const outcome = await runProcess({ argv: ['env', '-0'], cwd: tmpdir(), env, spawner: spawner() });
      const seen = new Map(outcome.stdout.split('\0').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
      expect(seen.has('HOME')).toBe(false);
      expect(seen.get('PATH')).toBe(`/nowhere:${process.env.PATH}`);
      expect(seen.get('COULER_STEP')).toBe('a "quoted" $(value)\nnext');
      expect(seen.get('__proto__')).toBe('kept');
      expect([...seen.keys()].sort()).toEqual(Object.keys(env).filter((name) => env[name] !== undefined).sort());
    });

    it('tells the pid of a process that ends at once, before its end', async () => {
      const seen: string[] = [];
      const outcome = await runProcess({ argv: ['true'], cwd: tmpdir(), env: { PATH: process.env.PATH }, spawner: spawner(), onSpawn: (pid) => seen.push(`spawned ${pid}`) });
      expect(outcome.exitCode).toBe(0);
      expect(outcome.pid).toBeGreaterThan(0);
      expect(seen).toEqual([`spawned ${outcome.pid}`]);
    });

    it('says in words why a program could not start', async () => {
      expect((await run(spawner(), ['no-such-program-here'])).spawnError).toBe('no-such-program-here: command not found (not on PATH)');
      expect((await run(spawner(), ['true', 'x'.repeat(200 * 1024)])).spawnError).toMatch(/E2BIG/);
      expect((await run(spawner(), ['echo', 'a\0b'])).spawnError).toMatch(/null bytes/);
    });

    it('makes the working directory it is asked to make, parents too, and says in words when it cannot', async () => {
      const cwd = join(mkdtempSync(join(tmpdir(), 'couler-cwd-')), 'run', 'step');
      const made = await runProcess({ argv: ['sh', '-c', 'pwd'], cwd, createCwd: true, env: { PATH: process.env.PATH }, spawner: spawner() });
      expect(made).toMatchObject({ exitCode: 0, stdout: `${cwd}\n` });
      const refused = await runProcess({ argv: ['sh', '-c', 'pwd'], cwd: '/dev/null/step', createCwd: true, env: { PATH: process.env.PATH }, spawner: spawner() });
      expect(refused.spawnError).toMatch(/^The working directory \/dev\/null\/step could not be created: ENOTDIR/);
      expect(refused.logTail).toEqual([refused.spawnError]);
    });

    it('stops the whole process group on a cancel, also one that comes before the process has started, and on a timeout', async () => {
      const controller = new AbortController();
      let grandchild = 0;
      const cancelled = await runProcess({
        argv: ['sh', '-c', 'sleep 30 & echo $!; wait'],
        cwd: tmpdir(),
        env: { PATH: process.env.PATH },
        spawner: spawner(),
        signal: controller.signal,
        onLine: (_stream, line) => {
          grandchild = Number(line);
          controller.abort();
        },
      });
      expect(cancelled).toMatchObject({ cancelled: true, signal: 'SIGTERM' });
      expect(grandchild).toBeGreaterThan(0);
      await expect.poll(() => isProcessAlive(grandchild), { timeout: 5000 }).toBe(false);
      expect(await run(spawner(), ['sleep', '30'], { signal: AbortSignal.abort() })).toMatchObject({ cancelled: true, signal: 'SIGTERM' });
      expect(await run(spawner(), ['sleep', '30'], { timeoutMs: 200 })).toMatchObject({ timedOut: true, signal: 'SIGTERM' });
    });
  });

  it('spawns from a process of its own, and fails the steps it watched when that process dies, then starts another', async () => {
    const spawner = launcher();
    const first = await run(spawner, ['sh', '-c', 'echo $PPID']);
    expect(spawner.pids).toEqual([Number(first.stdout.trim())]);
    expect(spawner.pids).not.toContain(process.pid);
    // The step kills the launcher, its parent, then waits: only the engine can stop it now.
    const lost = await run(spawner, ['sh', '-c', 'kill -9 $PPID; exec sleep 30']);
    expect(lost.lostError).toMatch(/^The engine lost this step's process: the step launcher \(process \d+\) was killed by SIGKILL\. The process was stopped\.$/);
    await expect.poll(() => isProcessAlive(lost.pid!), { timeout: 5000 }).toBe(false);
    const after = await run(spawner, ['sh', '-c', 'echo $PPID']);
    expect(after.exitCode).toBe(0);
    expect(spawner.pids).toEqual([Number(after.stdout.trim())]);
  });

  it('takes the launcher started ahead of it (prestartLauncher) for its first step, and lets one it did not take go when it closes', async () => {
    // Launchers of the tests before may still be on their way out.
    const earlier = launcherChildren();
    prestartLauncher();
    const ahead = launcherChildren().filter((pid) => !earlier.includes(pid));
    expect(ahead).toHaveLength(1);
    const spawner = launcher();
    const first = await run(spawner, ['sh', '-c', 'echo $PPID']);
    expect(Number(first.stdout.trim())).toBe(ahead[0]);
    expect(spawner.pids).toEqual(ahead);
    prestartLauncher();
    const untaken = launcherChildren().filter((pid) => !earlier.includes(pid) && !ahead.includes(pid));
    expect(untaken).toHaveLength(1);
    spawner.close();
    await expect.poll(() => isProcessAlive(untaken[0]!), { timeout: 5000 }).toBe(false);
  });

  it('starts another launcher, up to its size, for a step that comes while the others are busy', async () => {
    const spawner = launcher({ size: 2 });
    const parents = await Promise.all([1, 2, 3].map(() => run(spawner, ['sh', '-c', 'echo $PPID; sleep 0.3'])));
    expect(spawner.pids).toHaveLength(2);
    expect(new Set(parents.map((outcome) => Number(outcome.stdout.trim())))).toEqual(new Set(spawner.pids));
  });

  it('spawns steps itself, saying so once, when the launcher cannot start', async () => {
    const notices: string[] = [];
    const spawner = launcher({ nodePath: '/nonexistent/node', onNotice: (message) => notices.push(message) });
    const outcomes = await Promise.all([run(spawner, ['sh', '-c', 'echo one']), run(spawner, ['sh', '-c', 'echo two'])]);
    expect(outcomes.map((outcome) => outcome.stdout)).toEqual(['one\n', 'two\n']);
    expect((await run(spawner, ['sh', '-c', 'echo $PPID'])).stdout.trim()).toBe(String(process.pid));
    expect(notices).toEqual(['Steps are spawned by the engine itself for the rest of this run: the step launcher could not start (spawn /nonexistent/node ENOENT).']);
  });
});

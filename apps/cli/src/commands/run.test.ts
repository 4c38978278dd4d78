import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineEvent } from '@couler/backend-local';
import { describe, expect, it } from 'vitest';
import { BIN, coulerHome, scratchWith } from '../../test/run-couler';
import { runCoulerInProcess } from '../../test/run-couler-in-process';

/** Runs `couler` in-process, collecting what it prints; `tty` makes stdout look like a terminal. */
const couler = (argv: string[], cwd: string, options: { tty?: boolean } = {}) => runCoulerInProcess(argv, { cwd, ...options });

const TRAIN = `import { parameter, runContainer, runScript, workflow } from '@couler/dsl';

export default workflow('train-demo', () => {
  const epochs = parameter('epochs', { default: 2 });
  const data = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo 1,2,3'], stepName: 'load' });
  runScript({ image: 'python:3.12', command: 'python3', source: 'import os, sys\\nprint("trained", os.environ["EPOCHS"], "epochs on", os.environ["DATA"])', env: { EPOCHS: epochs, DATA: data.result }, stepName: 'train' });
});
`;

function project(files: Record<string, string>): string {
  const directory = scratchWith();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe('couler run, runs, status, logs', () => {
  it('runs a DSL workflow with --param, and lists, shows and prints the logs of the run', async () => {
    const directory = project({ 'train.ts': TRAIN });
    const home = coulerHome();
    const run = await couler(['run', 'train.ts', '--param', 'epochs=5', '--home', home], directory);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Running train-demo as run train-demo-\d{8}-\d{6}-[0-9a-f]{4} \(2 steps\)$/m);
    expect(run.stdout).toContain('✓ train succeeded');
    expect(run.stdout).toMatch(/✓ train-demo-\S+ succeeded in [\d.]+s \(2 succeeded\)/);
    const runId = /as run (\S+)/.exec(run.stdout)![1]!;

    const runs = await couler(['runs', '--home', home], directory);
    expect(runs.stdout).toMatch(new RegExp(`^${runId}\\s+train-demo\\s+✓ Succeeded .* 2/2\\s+-$`, 'm'));
    const status = await couler(['status', runId.slice(0, 15), '--home', home, '--json'], directory);
    const parsed = JSON.parse(status.stdout) as { phase: string; parameters: Record<string, string>; steps: Array<{ id: string; phase: string; outputs: { result: string } }> };
    expect(parsed.phase).toBe('Succeeded');
    expect(parsed.parameters).toEqual({ epochs: '5' });
    expect(parsed.steps.map((step) => [step.id, step.phase, step.outputs.result])).toEqual([
      ['load', 'Succeeded', '1,2,3'],
      ['train', 'Succeeded', 'trained 5 epochs on 1,2,3'],
    ]);
    expect((await couler(['logs', runId, 'train', '--home', home], directory)).stdout).toBe('trained 5 epochs on 1,2,3\n');
    const unknown = await couler(['logs', runId, 'trian', '--home', home], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`error[UNKNOWN_STEP]: Run "${runId}" has no step "trian". Did you mean "train"?`);
  });

  it('exits 1 on a failed run, saying which step, why, its last lines and what to do next; retry finishes it', async () => {
    const marker = join(coulerHome(), 'fixed');
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'fails' },
      spec: {
        steps: [
          { name: 'prepare', kind: 'container', container: { image: 'alpine', command: ['echo', 'ready'] } },
          { name: 'train', kind: 'container', dependencies: ['prepare'], container: { image: 'alpine', command: ['sh', '-c', `echo loss=nan >&2; [ -f ${marker} ] || exit 3`] } },
        ],
      },
    };
    const directory = project({ 'fails.json': JSON.stringify(workflow) });
    const home = coulerHome();
    const failed = await couler(['run', 'fails.json', '--home', home], directory);
    expect(failed.code).toBe(1);
    const runId = /as run (\S+)/.exec(failed.stdout)![1]!;
    expect(failed.stderr).toContain(`✗ ${runId} failed`);
    expect(failed.stderr).toContain('Step "train" failed: exit code 3');
    expect(failed.stderr).toContain('| loss=nan');
    expect(failed.stderr).toContain(`next: couler logs ${runId} train   then fix the cause and: couler retry ${runId}`);

    writeFileSync(marker, '');
    const retried = await couler(['retry', runId, '--home', home], directory);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('Resuming fails');
    expect(retried.stdout).toContain('✓ prepare succeeded: Kept from the earlier attempt');
  });

  it('prints engine events as JSON lines with --json, and draws a live view on a terminal', async () => {
    const directory = project({ 'train.ts': TRAIN });
    const json = await couler(['run', 'train.ts', '--json', '--home', coulerHome()], directory);
    expect(json.code).toBe(0);
    const events = json.stdout.trim().split('\n').map((line) => JSON.parse(line) as EngineEvent);
    expect(events[0]!.type).toBe('run-started');
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', phase: 'Succeeded' });
    expect(events.filter((event) => event.type === 'step-finished').map((event) => (event as { stepId: string }).stepId)).toEqual(['load', 'train']);

    // A terminal outside CI: with CI set, the live view turns itself off on purpose.
    const ci = process.env.CI;
    delete process.env.CI;
    const tty = await couler(['run', 'train.ts', '--home', coulerHome()], directory, { tty: true }).finally(() => {
      if (ci !== undefined) process.env.CI = ci;
    });
    expect(tty.code).toBe(0);
    // The live block is erased (cursor up, clear) before each permanent line.
    expect(tty.stdout).toContain('\x1b[0J');
    expect(tty.stdout).toContain('✓ train succeeded');
  });

  it('memoizes with --cache and explains the hit with `couler cache why`; `couler clean --all` empties the home', async () => {
    const directory = project({ 'train.ts': TRAIN });
    const home = coulerHome();
    await couler(['run', 'train.ts', '--cache', '--home', home], directory);
    const second = await couler(['run', 'train.ts', '--cache', '--home', home], directory);
    expect(second.stdout).toContain('≡ train cached');
    const runId = /as run (\S+)/.exec(second.stdout)![1]!;
    const why = await couler(['cache', 'why', runId, 'train', '--home', home], directory);
    expect(why.stdout).toMatch(/^train: Hit: key [0-9a-f]{12} matched the result of run train-demo-/);
    const changed = await couler(['run', 'train.ts', '--cache', '--param', 'epochs=9', '--home', home], directory);
    const changedId = /as run (\S+)/.exec(changed.stdout)![1]!;
    expect((await couler(['cache', 'why', changedId, 'train', '--home', home], directory)).stdout).toContain('changed: env.EPOCHS');
    const clean = await couler(['clean', '--all', '--home', home], directory);
    expect(clean.stdout).toMatch(/^Deleted 3 runs, 0 expired cache entries and \d+ unused artifacts/);
    expect((await couler(['runs', '--home', home], directory)).stdout).toContain('No runs in');
  });
});

describe('couler logs -f', () => {
  it('follows a running run\'s output until it ends', async () => {
    const home = coulerHome();
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'ticks' },
      spec: { steps: [{ name: 'tick', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', 'for i in 1 2 3 4; do echo tick $i; sleep 0.3; done'] } }] },
    };
    const directory = project({ 'ticks.json': JSON.stringify(workflow) });
    const child = spawn(process.execPath, [BIN, 'run', 'ticks.json', '--plain', '--home', home], { cwd: directory });
    const runId = await new Promise<string>((resolve) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('▶ tick')) resolve(/as run (\S+)/.exec(stdout)![1]!);
      });
    });
    const followed = await couler(['logs', runId, '--follow', '--home', home], directory);
    expect(followed.code).toBe(0);
    expect(followed.stdout).toBe('tick 1\ntick 2\ntick 3\ntick 4\n');
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(undefined)));
  });

  it('--container-runtime docker without docker installed: ENGINE_NOT_FOUND with what to do, exit 1, no run recorded', async () => {
    const directory = project({ 'train.ts': TRAIN });
    const home = coulerHome();
    const path = process.env.PATH;
    // A PATH on which no docker can be found, whatever this machine has installed.
    process.env.PATH = join(directory, 'no-such-bin');
    try {
      const run = await couler(['run', 'train.ts', '--container-runtime', 'docker', '--home', home], directory);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('error[ENGINE_NOT_FOUND]: The container runtime "docker" is not installed: no "docker" on PATH.');
      expect(run.stderr).toContain('--container-runtime host');
    } finally {
      process.env.PATH = path;
    }
    expect((await couler(['runs', '--home', home], directory)).stdout).not.toContain('train-demo-');
    const usage = await couler(['run', 'train.ts', '--container-runtime', 'kubernetes', '--home', home], directory);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Allowed choices are host, docker, podman, auto.');
  });
});

describe('Ctrl-C', () => {
  it('cancels a run cleanly: the step is killed, the run is Cancelled, and `couler resume` continues it', async () => {
    const home = coulerHome();
    const marker = join(home, 'fast');
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'slow' },
      spec: { steps: [{ name: 'wait', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', `[ -f ${marker} ] || sleep 60; echo done`] } }] },
    };
    const directory = project({ 'slow.json': JSON.stringify(workflow) });
    const child = spawn(process.execPath, [BIN, 'run', 'slow.json', '--plain', '--home', home], { cwd: directory });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // One Ctrl-C: a second one (after the handler is gone) would kill the process outright.
        if (!interrupted && stdout.includes('▶ wait')) {
          interrupted = true;
          setTimeout(() => child.kill('SIGINT'), 200);
        }
      });
      child.on('exit', resolve);
    });
    expect(code).toBe(1);
    const runId = /as run (\S+)/.exec(stdout)![1]!;
    expect(stderr).toContain('Cancelling');
    expect(stderr).toContain(`next: couler resume ${runId}`);
    expect(stdout).toContain('⊘ wait cancelled');

    writeFileSync(marker, '');
    const resumed = await couler(['resume', runId, '--home', home], directory);
    expect(resumed.code).toBe(0);
    expect((await couler(['logs', runId, '--home', home], directory)).stdout).toContain('done');
    expect(existsSync(join(home, 'couler.db'))).toBe(true);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtifactStore } from '../src/artifacts/artifact-store';
import type { EngineEvent } from '../src/engine/engine-event';
import { isProcessAlive, resumeRun, retryRun, runWorkflow } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const fastTransient = { limit: 2, on: 'transient' as const, backoff: { durationSeconds: 0.05, factor: 2 } };

/** A step that appends its name to `log` each time it runs: counts executions. */
const counted = (log: string, name: string, script = '', extra: Record<string, unknown> = {}) => sh(name, `echo ${name} >> ${log}; ${script}`, extra);
const runsOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

describe('automatic retry', () => {
  it('retries a transient failure (a connection reset) and succeeds, recording every attempt', async () => {
    const counter = join(dirs.scratch(), 'n');
    const flaky = sh('download', `n=$(cat ${counter} 2>/dev/null || echo 0); echo $((n+1)) > ${counter}; if [ $n -lt 2 ]; then echo "read: ECONNRESET: connection reset by peer" >&2; exit 1; fi; echo got-it`);
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(workflowOf('transient', [flaky]), { home: dirs.home(), defaultRetry: fastTransient, onEvent });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps[0]).toMatchObject({ attempts: 3, outputs: { result: 'got-it' } });
    expect(events.filter((event) => event.type === 'step-retrying').map((event) => (event as { attempt: number }).attempt)).toEqual([2, 3]);
    const store = new StateStore(resolveCoulerHome(dirs.home()).database);
    const attempts = store.getAttempts(summary.runId, 'download');
    store.close();
    expect(attempts.map((attempt) => [attempt.phase, attempt.failureClass])).toEqual([
      ['Failed', 'transient'],
      ['Failed', 'transient'],
      ['Succeeded', undefined],
    ]);
    expect(readFileSync(attempts[0]!.logPath, 'utf8')).toContain('ECONNRESET');
  });

  it('does not retry a plain failure under the default policy, nor a permanent one under any policy', async () => {
    const log = join(dirs.scratch(), 'log');
    const plain = await runWorkflow(workflowOf('plain', [counted(log, 'plain', 'exit 4')]), { home: dirs.home(), defaultRetry: fastTransient });
    expect(plain.phase).toBe('Failed');
    const permanent = counted(log, 'import', `echo "ModuleNotFoundError: No module named 'torch'" >&2; exit 1`, { retry: { limit: 5, on: 'always' } });
    const summary = await runWorkflow(workflowOf('permanent', [permanent]), { home: dirs.home() });
    expect(summary.phase).toBe('Failed');
    expect(runsOf(log)).toEqual(['plain', 'import']);
    expect(summary.message).toContain('permanent: a library is not installed');
    expect(summary.message).toContain("| ModuleNotFoundError: No module named 'torch'");
  });

  it('retries a step whose shell reports a child killed by SIGKILL (exit 137, "Killed"), as an out-of-memory kill', async () => {
    const log = join(dirs.scratch(), 'log');
    // The inner shell is killed as the OOM killer kills; the outer one exits 137 and says "Killed".
    const step = counted(log, 'oom', 'sh -c "kill -9 \\$\\$"; exit $?', { retry: { limit: 1, on: 'transient', backoff: { durationSeconds: 0 } } });
    const summary = await runWorkflow(workflowOf('oom', [step]), { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(runsOf(log)).toEqual(['oom', 'oom']);
    expect(summary.steps[0]).toMatchObject({ attempts: 2, exitCode: 137 });
    expect(summary.message).toContain("exit code 137: killed by SIGKILL (transient: killed by SIGKILL, as the kernel's out-of-memory killer does");
    expect(summary.message).toContain('Killed');
  });

  it('retries any failure up to the limit with exponential backoff', async () => {
    const log = join(dirs.scratch(), 'log');
    const step = counted(log, 'always-fails', 'exit 1', { retry: { limit: 2, on: 'always', backoff: { durationSeconds: 0.2, factor: 2 } } });
    const summary = await runWorkflow(workflowOf('backoff', [step]), { home: dirs.home() });
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toMatch(/exit code 1 after 3 attempts/);
    const store = new StateStore(resolveCoulerHome(dirs.home()).database);
    const starts = store.getAttempts(summary.runId, 'always-fails').map((attempt) => Date.parse(attempt.startedAt));
    store.close();
    expect(starts).toHaveLength(3);
    // 0.2 s then 0.4 s, each with jitter between half and all of it.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(100);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(200);
  });

  it('caps each wait at backoff.capSeconds, as Argo caps it at backoff.cap', async () => {
    const log = join(dirs.scratch(), 'log');
    // Uncapped, the second wait would be 20 s; capped, 0.3 s at most.
    const step = counted(log, 'capped', 'exit 1', { retry: { limit: 2, on: 'always', backoff: { durationSeconds: 0.2, factor: 100, capSeconds: 0.3 } } });
    const summary = await runWorkflow(workflowOf('capped', [step]), { home: dirs.home() });
    expect(summary.phase).toBe('Failed');
    const store = new StateStore(resolveCoulerHome(dirs.home()).database);
    const starts = store.getAttempts(summary.runId, 'capped').map((attempt) => Date.parse(attempt.startedAt));
    store.close();
    expect(starts).toHaveLength(3);
    expect(starts[2]! - starts[1]!).toBeLessThan(10_000);
  });
});

describe('cancel and resume', () => {
  it('cancels on abort: kills the running step, records Cancelled, and resume finishes the run without re-running what succeeded', async () => {
    const log = join(dirs.scratch(), 'log');
    const marker = join(dirs.scratch(), 'fast');
    const workflow = workflowOf('cancel', [counted(log, 'first'), counted(log, 'slow', `[ -f ${marker} ] || sleep 30`, { dependencies: ['first'] }), counted(log, 'last', '', { dependencies: ['slow'] })]);
    const controller = new AbortController();
    const home = dirs.home();
    const onEvent = (event: EngineEvent) => {
      if (event.type === 'step-started' && event.stepId === 'slow') setTimeout(() => controller.abort(), 300);
    };
    const started = Date.now();
    const summary = await runWorkflow(workflow, { home, signal: controller.signal, onEvent });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(summary.phase).toBe('Cancelled');
    expect(Object.fromEntries(summary.steps.map((step) => [step.id, step.phase]))).toEqual({ first: 'Succeeded', slow: 'Cancelled' });
    const store = new StateStore(resolveCoulerHome(home).database);
    const slowPid = store.getAttempts(summary.runId, 'slow')[0]!.pid;
    store.close();
    expect(slowPid).toBeDefined();
    expect(isProcessAlive(slowPid!)).toBe(false);

    writeFileSync(marker, '');
    const resumed = await resumeRun(summary.runId, { home });
    expect(resumed.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['first', 'slow', 'slow', 'last']);
  });

  it('retries a failed run from its failure point, and with --from re-runs that step and all after it', async () => {
    const log = join(dirs.scratch(), 'log');
    const fixed = join(dirs.scratch(), 'fixed');
    const workflow = workflowOf('retry', [
      counted(log, 'prepare'),
      counted(log, 'train', `[ -f ${fixed} ] || exit 1`, { dependencies: ['prepare'] }),
      counted(log, 'report', '', { dependencies: ['train'] }),
    ]);
    const home = dirs.home();
    const failed = await runWorkflow(workflow, { home, defaultRetry: false });
    expect(failed.phase).toBe('Failed');
    expect(failed.message).toContain('Step "train" failed: exit code 1');
    writeFileSync(fixed, '');
    const retried = await retryRun(failed.runId, { home });
    expect(retried.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['prepare', 'train', 'train', 'report']);
    const again = await retryRun(failed.runId.slice(0, -2), { home, from: 'train' });
    expect(again.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['prepare', 'train', 'train', 'report', 'train', 'report']);
    await expect(retryRun(failed.runId, { home, from: 'trian' })).rejects.toMatchObject({ code: 'UNKNOWN_STEP', message: expect.stringContaining('Did you mean "train"?') });
  });

  it('survives kill -9 of the engine: resume re-runs nothing that succeeded and loses no artifact', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'fast');
    const workflow = workflowOf('crash', [
      counted(log, 'make', 'echo model-bytes > /out/model.bin', { outputs: { artifacts: [{ name: 'model', path: '/out/model.bin' }] } }),
      counted(log, 'slow', `[ -f ${marker} ] || sleep 60`, { dependencies: ['make'] }),
      counted(log, 'use', 'cat /in/model.bin', {
        dependencies: ['slow'],
        inputs: { artifacts: [{ name: 'model', path: '/in/model.bin', from: { ref: 'step', step: 'make', output: 'model' } }] },
      }),
    ]);
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(workflow));
    const engine = spawn(process.execPath, [join(import.meta.dirname, 'fixtures', 'run-engine.mjs'), home, file, 'crash-run'], { stdio: 'ignore' });
    const database = resolveCoulerHome(home).database;
    let orphan: number | undefined;
    // A wall-clock bound: under a loaded CI, starting a Node child and its SQLite binding alone
    // has taken over 20 s. What the test checks is resume, not how fast the child starts.
    const deadline = Date.now() + 45_000;
    while (orphan === undefined) {
      if (Date.now() > deadline) throw new Error('the child engine never started "slow"');
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!existsSync(database)) continue;
      const store = new StateStore(database);
      orphan = store.runningAttempts('crash-run').find((attempt) => attempt.stepId === 'slow')?.pid;
      store.close();
    }
    engine.kill('SIGKILL');
    await new Promise((resolve) => engine.once('exit', resolve));
    // The engine is gone; its step process is not (it has its own process group).
    expect(isProcessAlive(orphan)).toBe(true);

    writeFileSync(marker, '');
    const summary = await resumeRun('crash-run', { home });
    expect(summary.phase).toBe('Succeeded');
    expect(isProcessAlive(orphan)).toBe(false);
    expect(runsOf(log)).toEqual(['make', 'slow', 'slow', 'use']);
    expect(summary.steps.find((step) => step.id === 'use')!.outputs.result).toBe('model-bytes');
    const model = summary.steps.find((step) => step.id === 'make')!.outputs.artifacts.model!;
    expect(readFileSync(new ArtifactStore(resolveCoulerHome(home).artifacts).pathOf(model.hash), 'utf8')).toBe('model-bytes\n');
  });

  it('refuses to resume a run another live engine is running', async () => {
    const home = dirs.home();
    const store = new StateStore(resolveCoulerHome(home).database);
    store.createRun({
      id: 'busy',
      workflowName: 'busy',
      workflow: workflowOf('busy', [sh('a', 'true')]),
      parameters: {},
      settings: { parallelism: 1 },
      phase: 'Running',
      createdAt: new Date().toISOString(),
      enginePid: process.ppid,
      runDir: join(home, 'runs', 'busy'),
    });
    store.close();
    await expect(resumeRun('busy', { home })).rejects.toMatchObject({ code: 'RUN_IN_PROGRESS', message: `Run "busy" is being run by process ${process.ppid}.` });
  });

  it('names a run it cannot find, suggests a near id, and asks for more of an ambiguous prefix', async () => {
    const home = dirs.home();
    const store = new StateStore(resolveCoulerHome(home).database);
    for (const id of ['train-7f3a', 'train-7f9c']) {
      store.createRun({
        id,
        workflowName: 'train',
        workflow: workflowOf('train', [sh('a', 'true')]),
        parameters: {},
        settings: { parallelism: 1 },
        phase: 'Failed',
        createdAt: new Date().toISOString(),
        runDir: join(home, 'runs', id),
      });
    }
    store.close();
    await expect(resumeRun('train-7f3b', { home })).rejects.toMatchObject({ code: 'RUN_NOT_FOUND', message: expect.stringContaining('Did you mean "train-7f3a"?') });
    await expect(retryRun('train-7f', { home })).rejects.toMatchObject({ code: 'RUN_NOT_FOUND', message: '"train-7f" matches 2 runs: train-7f3a, train-7f9c.', hint: 'Type more of the run id.' });
  });
});

describe('a run log the disk refuses', () => {
  it('keeps the run going: the steps succeed with their results, and a notice says the log is incomplete', async () => {
    const home = dirs.home();
    const runDir = join(resolveCoulerHome(home).runs, 'full-disk');
    mkdirSync(runDir, { recursive: true });
    // The run's log is /dev/full: every write fails with ENOSPC, as on a full disk.
    symlinkSync('/dev/full', join(runDir, 'steps.log'));
    const { events, onEvent } = eventLog();
    const first = sh('first', 'echo one; echo two >&2; echo done');
    const second = sh('second', 'echo "got $X"', { dependencies: ['first'], env: [{ name: 'X', value: { ref: 'step', step: 'first', output: 'result' } }] });
    const summary = await runWorkflow(workflowOf('full-disk', [first, second]), { home, runId: 'full-disk', onEvent });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps.map((step) => [step.id, step.phase, step.outputs.result])).toEqual([
      ['first', 'Succeeded', 'one\ndone'],
      ['second', 'Succeeded', 'got one\ndone'],
    ]);
    const notices = events.filter((event) => event.type === 'notice' && event.message.includes('run log'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ message: expect.stringContaining('could not be written (ENOSPC') });
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', phase: 'Succeeded' });
  });
});


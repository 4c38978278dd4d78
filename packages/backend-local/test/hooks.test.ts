import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { local } from '../src/index';
import { resumeRun, runWorkflow, type RunSummary } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

/** A step that appends its name to `log` (counts and orders executions), then runs `script`. */
const logged = (log: string, name: string, script = '', extra: Record<string, unknown> = {}) => sh(name, `echo ${name} >> ${log}; ${script}`, extra);
const runsOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
const phaseOf = (summary: RunSummary, name: string) => summary.steps.find((step) => step.stepName === name)?.phase;
/** Waits (up to 20 s) for `file`, so a step proves that something else ran while it was running. */
const waitFor = (file: string) => `i=0; while [ ! -f ${file} ]; do i=$((i+1)); [ $i -gt 400 ] && exit 3; sleep 0.05; done`;

describe('lifecycle hooks on the local engine', () => {
  it('accepts hooks and failFast at compile time', async () => {
    const workflow = workflowOf('hooked', [sh('train', 'true'), sh('notify', 'true', { hook: { of: 'train', on: 'exit' } })], { failFast: true });
    await expect(local.doCompile(workflow, {})).resolves.toBeDefined();
  });

  it('runs a Running hook while its step runs, and a Succeeded hook after it; not a Failed one', async () => {
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const started = join(scratch, 'started');
    const summary = await runWorkflow(
      workflowOf('status-hooks', [
        // "train" can end only once its Running hook has run beside it.
        logged(log, 'train', waitFor(started)),
        logged(log, 'on-running', `touch ${started}`, { hook: { of: 'train', on: { status: ['Running'] } } }),
        logged(log, 'on-success', '', { hook: { of: 'train', on: { status: ['Succeeded'] } } }),
        logged(log, 'on-failure', '', { hook: { of: 'train', on: { status: ['Failed', 'Error'] } } }),
      ]),
      { home: dirs.home() },
    );
    expect(summary.phase).toBe('Succeeded');
    expect(phaseOf(summary, 'train')).toBe('Succeeded');
    expect(runsOf(log).sort()).toEqual(['on-running', 'on-success', 'train']);
    expect(runsOf(log).indexOf('on-success')).toBeGreaterThan(runsOf(log).indexOf('train'));
    expect(phaseOf(summary, 'on-failure')).toBeUndefined();
  });

  it('runs exit and Failed hooks after a step fails, and the run still fails for the step', async () => {
    const log = join(dirs.scratch(), 'log');
    const summary = await runWorkflow(
      workflowOf('exit-hooks', [
        logged(log, 'train', 'exit 2'),
        logged(log, 'evaluate', '', { dependencies: ['train'] }),
        logged(log, 'cleanup', '', { hook: { of: 'train', on: 'exit' } }),
        logged(log, 'alert', '', { hook: { of: 'train', on: { status: ['Failed'] } } }),
        logged(log, 'celebrate', '', { hook: { of: 'train', on: { status: ['Succeeded'] } } }),
      ]),
      { home: dirs.home(), defaultRetry: false },
    );
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toContain('Step "train" failed');
    expect(runsOf(log).sort()).toEqual(['alert', 'cleanup', 'train']);
    expect(phaseOf(summary, 'evaluate')).toBe('Omitted');
  });

  it("runs the workflow's hooks: Running at the start, exit and its end status before the run is finished", async () => {
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const started = join(scratch, 'started');
    const summary = await runWorkflow(
      workflowOf('workflow-hooks', [
        logged(log, 'main', waitFor(started)),
        logged(log, 'wf-running', `touch ${started}`, { hook: { on: { status: ['Running'] } } }),
        logged(log, 'wf-exit', '', { hook: { on: 'exit' } }),
        logged(log, 'wf-succeeded', '', { hook: { on: { status: ['Succeeded'] } } }),
        logged(log, 'wf-failed', '', { hook: { on: { status: ['Failed'] } } }),
      ]),
      { home: dirs.home() },
    );
    expect(summary.phase).toBe('Succeeded');
    const runs = runsOf(log);
    expect([...runs].sort()).toEqual(['main', 'wf-exit', 'wf-running', 'wf-succeeded']);
    expect(runs.indexOf('wf-exit')).toBeGreaterThan(runs.indexOf('main'));
    expect(runs.indexOf('wf-succeeded')).toBeGreaterThan(runs.indexOf('main'));
    // Recorded with the run: `couler status` shows them.
    expect(phaseOf(summary, 'wf-exit')).toBe('Succeeded');
  });

  it("runs a workflow's Failed hook when a step fails", async () => {
    const log = join(dirs.scratch(), 'log');
    const summary = await runWorkflow(
      workflowOf('workflow-failed', [logged(log, 'main', 'exit 1'), logged(log, 'wf-failed', '', { hook: { on: { status: ['Failed'] } } }), logged(log, 'wf-ok', '', { hook: { on: { status: ['Succeeded'] } } })]),
      { home: dirs.home(), defaultRetry: false },
    );
    expect(summary.phase).toBe('Failed');
    expect(runsOf(log)).toEqual(['main', 'wf-failed']);
  });

  it('ignores a hook that fails, as Argo does, but errors the run when a hook errors', async () => {
    const log = join(dirs.scratch(), 'log');
    const failing = await runWorkflow(workflowOf('hook-fails', [logged(log, 'train'), logged(log, 'notify', 'exit 1', { hook: { of: 'train', on: 'exit' } })]), {
      home: dirs.home(),
      defaultRetry: false,
    });
    expect(failing.phase).toBe('Succeeded');
    expect(phaseOf(failing, 'notify')).toBe('Failed');

    const erroring = await runWorkflow(
      workflowOf('hook-errors', [logged(log, 'train'), sh('notify', 'true', { hook: { of: 'train', on: 'exit' }, env: [{ name: 'TOKEN', secretKeyRef: { name: 'slack', key: 'token' } }] })]),
      { home: dirs.home(), env: { PATH: process.env.PATH }, defaultRetry: false },
    );
    expect(erroring.phase).toBe('Error');
    expect(erroring.message).toContain('Hook step "notify" errored');
    expect(erroring.message).toContain('COULER_SECRET_SLACK_TOKEN');
  });
});

describe('hooks inside a sub-workflow', () => {
  it('refuses them by name rather than let a flattened hook watch the whole run', async () => {
    const body = [sh('work', 'true'), sh('notify', 'true', { hook: { on: 'exit' } })];
    const workflow = workflowOf('nested-hook', [{ name: 'call', kind: 'subWorkflow', subWorkflow: { name: 'inner' } }], { subWorkflows: [{ name: 'inner', steps: body }] });
    await expect(runWorkflow(workflow, { home: dirs.home() })).rejects.toMatchObject({
      code: 'UNSUPPORTED_BY_BACKEND',
      message: expect.stringContaining('a lifecycle hook inside a sub-workflow'),
    });
  });
});

describe('failFast on the local engine', () => {
  // "fail" fails while "slow" runs; "after" waits for "slow", on another branch. "slow" ends only
  // once a hook of "fail" ran, which starts after the engine recorded the failure: no race.
  const branches = (log: string, scratch: string) => {
    const failed = join(scratch, 'failed');
    return [
      logged(log, 'fail', 'exit 1'),
      sh('seen', `touch ${failed}`, { hook: { of: 'fail', on: { status: ['Failed'] } } }),
      logged(log, 'slow', waitFor(failed)),
      logged(log, 'after', '', { dependencies: ['slow'] }),
    ];
  };

  it('true: a failure stops the scheduling of new steps; the running ones finish', async () => {
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const summary = await runWorkflow(workflowOf('fail-fast', branches(log, scratch), { failFast: true }), { home: dirs.home(), parallelism: 2, defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(phaseOf(summary, 'slow')).toBe('Succeeded');
    expect(phaseOf(summary, 'after')).toBe('Omitted');
    expect(summary.steps.find((step) => step.stepName === 'after')?.message).toContain('"fail" failed and spec.failFast is true');
    expect(runsOf(log).sort()).toEqual(['fail', 'slow']);
  });

  it.each([
    ['false', { failFast: false }],
    ['unset (the local default)', {}],
  ])('%s: independent branches run on after a failure', async (_what, spec) => {
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const summary = await runWorkflow(workflowOf('run-on', branches(log, scratch), spec), { home: dirs.home(), parallelism: 2, defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(phaseOf(summary, 'after')).toBe('Succeeded');
    expect(runsOf(log).sort()).toEqual(['after', 'fail', 'slow']);
  });
});

describe('hooks and resume', () => {
  it('does not run again a hook that finished before the engine was killed with -9', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'go-on');
    const workflow = workflowOf('crash-hooks', [
      logged(log, 'make'),
      logged(log, 'on-make', '', { hook: { of: 'make', on: 'exit' } }),
      logged(log, 'slow', `[ -f ${marker} ] || sleep 60`, { dependencies: ['make'] }),
    ]);
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(workflow));
    const engine = spawn(process.execPath, [join(import.meta.dirname, 'fixtures', 'run-engine.mjs'), home, file, 'crash-hooks'], { stdio: 'ignore' });
    const database = resolveCoulerHome(home).database;
    // Kill once "slow" runs and the hook's end is recorded (a wall-clock bound: a loaded CI starts Node slowly).
    const deadline = Date.now() + 45_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('the child engine never reached "slow" with its hook recorded');
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!existsSync(database)) continue;
      const store = new StateStore(database);
      const slowRuns = store.runningAttempts('crash-hooks').some((attempt) => attempt.stepId === 'slow');
      const hookDone = store.getSteps('crash-hooks').some((step) => step.stepName === 'on-make' && step.phase === 'Succeeded');
      store.close();
      if (slowRuns && hookDone) break;
    }
    engine.kill('SIGKILL');
    await new Promise((resolve) => engine.once('exit', resolve));
    writeFileSync(marker, '');
    const summary = await resumeRun('crash-hooks', { home });
    expect(summary.phase).toBe('Succeeded');
    expect(runsOf(log).sort()).toEqual(['make', 'on-make', 'slow', 'slow']);
  });
});

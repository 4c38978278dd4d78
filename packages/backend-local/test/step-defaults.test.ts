import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const runsOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
/** Fails the first time it runs, succeeds the second. */
const flaky = (log: string, name: string, extra: Record<string, unknown> = {}) =>
  sh(name, `echo ${name} >> ${log}; [ $(grep -c ${name} ${log}) -ge 2 ] || exit 3`, extra);
const stepDefaults = { retry: { limit: 1, on: 'always', backoff: { durationSeconds: 0 } }, timeoutSeconds: 2 };

describe('workflow-wide step defaults on the local engine', () => {
  it("retries a step by the default policy and stops it at the default time limit; a step's own settings win", async () => {
    const log = join(dirs.scratch(), 'log');
    const workflow = workflowOf('defaults', [flaky(log, 'by-default'), flaky(log, 'own', { retry: { limit: 0 }, dependencies: ['by-default'] })], { stepDefaults });
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(runsOf(log)).toEqual(['by-default', 'by-default', 'own']);
    expect(summary.steps.find((step) => step.id === 'by-default')).toMatchObject({ phase: 'Succeeded', attempts: 2 });
    const slow = await runWorkflow(workflowOf('slow', [sh('sleepy', 'sleep 30')], { stepDefaults: { timeoutSeconds: 1 } }), { home: dirs.home(), defaultRetry: false });
    expect(slow.phase).toBe('Failed');
    expect(slow.message).toContain('timed out after 1 s');
  });

  it("lets a sub-workflow call's retry win over the default for the steps of its body", async () => {
    const log = join(dirs.scratch(), 'log');
    const call = (name: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'subWorkflow', subWorkflow: { name: 'body' }, ...extra });
    const workflow = workflowOf('calls', [call('strict', { retry: { limit: 0 } })], {
      stepDefaults,
      subWorkflows: [{ name: 'body', steps: [flaky(log, 'work')] }],
    });
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(runsOf(log)).toEqual(['work']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ClusterRunOutcome } from '../clusters/cluster-runner';
import { classifyMessage, decideAutoRetry } from './auto-retry';
import { checkOnTime, DEFAULT_ON_TIME_POLICY } from './on-time-policy';
import { settleRun } from './settle-run';

const policy = { limit: 2, backoff: { durationSeconds: 1, factor: 2 } };
const failedRun = (failureClass: 'transient' | 'permanent' | 'failure'): ClusterRunOutcome => ({ phase: 'Failed', steps: [], failed: [{ stepId: 'fetch', failureClass, reason: 'boom' }] });

describe('settleRun', () => {
  it('retries transient failures with exponential backoff up to the limit, then finishes with the reason', () => {
    const base = { outcome: failedRun('transient'), shuttingDown: false, policy };
    expect(settleRun({ ...base, autoRetries: 0 }, () => 1)).toMatchObject({ kind: 'retry', delayMs: 1000 });
    expect(settleRun({ ...base, autoRetries: 1 }, () => 1)).toMatchObject({ kind: 'retry', delayMs: 2000 });
    expect(settleRun({ ...base, autoRetries: 2 }, () => 1)).toMatchObject({ kind: 'finish', phase: 'Failed', note: expect.stringMatching(/^Not retried again: 2 automatic retries were spent/) });
    expect(settleRun({ ...base, autoRetries: 0, policy: false })).toMatchObject({ kind: 'finish', note: expect.stringContaining('automatic retry is off') });
  });

  it('never retries a permanent failure or a step that failed by itself, even when another failure was transient', () => {
    const both: ClusterRunOutcome = { phase: 'Failed', steps: [], failed: [{ stepId: 'a', failureClass: 'transient', reason: 'reset' }, { stepId: 'b', failureClass: 'permanent', reason: 'SyntaxError' }] };
    expect(settleRun({ outcome: both, shuttingDown: false, policy, autoRetries: 0 })).toMatchObject({ kind: 'finish', note: 'Not retried: "b" (SyntaxError) failed permanently; another try cannot fix that.' });
    expect(settleRun({ outcome: failedRun('failure'), shuttingDown: false, policy, autoRetries: 0 })).toMatchObject({ kind: 'finish', note: expect.stringContaining('failed by itself') });
  });

  it("puts a run its server's shutdown stopped back in the queue, and lets the monitor's finding decide before anything else", () => {
    const cancelled: ClusterRunOutcome = { phase: 'Cancelled', steps: [] };
    expect(settleRun({ outcome: cancelled, shuttingDown: true, policy, autoRetries: 0 })).toEqual({ kind: 'requeue' });
    const finding = { kind: 'stall' as const, action: 'fail' as const, message: 'silent' };
    expect(settleRun({ outcome: cancelled, finding, shuttingDown: true, policy, autoRetries: 0 })).toMatchObject({ kind: 'finish', phase: 'Failed', message: 'silent' });
    expect(settleRun({ outcome: cancelled, finding: { ...finding, action: 'retry' }, shuttingDown: false, policy, autoRetries: 2 })).toMatchObject({ kind: 'finish', phase: 'Failed' });
    // A run that succeeded just as the monitor stopped it keeps its success.
    expect(settleRun({ outcome: { phase: 'Succeeded', steps: [] }, finding, shuttingDown: false, policy, autoRetries: 0 })).toEqual({ kind: 'finish', phase: 'Succeeded' });
  });
});

describe('checkOnTime and classifyMessage', () => {
  it('finds a deadline passed before silence, and nothing while a run is on time', () => {
    const watched = { startedAt: 0, lastProgressAt: 0, deadlineSeconds: null };
    const limits = { ...DEFAULT_ON_TIME_POLICY, deadlineSeconds: 10, stallSeconds: 5 };
    expect(checkOnTime(watched, 4000, limits)).toBeUndefined();
    expect(checkOnTime(watched, 6000, limits)).toMatchObject({ kind: 'stall', action: 'retry' });
    expect(checkOnTime(watched, 11_000, limits)).toMatchObject({ kind: 'deadline', action: 'fail' });
    expect(checkOnTime({ ...watched, deadlineSeconds: 2 }, 3000, limits)?.message).toContain('more than the 2 s allowed');
    expect(checkOnTime(watched, 1e9, DEFAULT_ON_TIME_POLICY)).toBeUndefined();
  });

  it("sorts a remote engine's message with the local engine's patterns", () => {
    expect(classifyMessage('train', 'pod deleted: dial tcp: i/o timeout')).toMatchObject({ failureClass: 'transient', reason: expect.stringContaining('timed-out') });
    expect(classifyMessage('train', 'Error: exit code 127: trainer: command not found').failureClass).toBe('permanent');
    expect(decideAutoRetry([], 0, policy).retry).toBe(false);
  });
});

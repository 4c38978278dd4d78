import { describe, expect, it } from 'vitest';
import { classifyFailure, signalOf } from './classify-failure';
import { backoffDelay, shouldRetry, withinRetryDuration } from './retry-decision';
import { TRANSIENT_PATTERNS } from './transient-patterns';

describe('classifyFailure', () => {
  it.each([
    ['curl: (56) Recv failure: Connection reset by peer', 'connection-reset'],
    ['HTTP 429 Too Many Requests', 'too-many-requests'],
    ['etcdserver: request timed out ExceededQuotaErr', 'timed-out'],
    ['OSError: [Errno 28] No space left on device', 'no-space'],
    ['sqlite3.OperationalError: database is locked', 'database-locked'],
  ])('calls "%s" transient (%s)', (line, id) => {
    expect(classifyFailure({ exitCode: 1, logTail: ['working…', line] })).toMatchObject({ failureClass: 'transient', pattern: { id } });
  });

  it('calls programs that cannot run permanent, before any transient pattern', () => {
    expect(classifyFailure({ exitCode: 127, logTail: ['sh: 1: trainer: not found'] }).failureClass).toBe('permanent');
    expect(classifyFailure({ exitCode: 1, logTail: ['SyntaxError: invalid syntax', 'connection reset'] }).pattern?.id).toBe('syntax-error');
  });

  it('adds the step\'s own transient patterns, and keeps timeouts, cancellation and plain failures apart', () => {
    expect(classifyFailure({ exitCode: 1, logTail: ['license server busy'] }, ['license server busy']).failureClass).toBe('transient');
    expect(classifyFailure({ exitCode: 1, logTail: ['assert accuracy > 0.9'] }).failureClass).toBe('failure');
    expect(classifyFailure({ timedOut: true, logTail: [] }).failureClass).toBe('timeout');
    expect(classifyFailure({ cancelled: true, timedOut: true, logTail: [] }).failureClass).toBe('cancelled');
    expect(classifyFailure({ signal: 'SIGKILL', logTail: [] }).pattern?.id).toBe('out-of-memory');
  });

  it('reads exit status 128+n as a kill by signal n, as sh and docker report one: 137 is SIGKILL, an out-of-memory kill', () => {
    // The OOM killer inside `sh -c`: the shell exits 137 and prints "Killed".
    const oom = classifyFailure({ exitCode: 137, logTail: ['loading 12 GB', 'sh: 1: Killed'] });
    expect(oom).toMatchObject({ failureClass: 'transient', killedBy: 'SIGKILL', pattern: { id: 'out-of-memory' } });
    expect(oom.pattern!.description).toContain('out-of-memory killer');
    expect(classifyFailure({ signal: 'SIGKILL', logTail: [] })).toMatchObject({ failureClass: 'transient', killedBy: 'SIGKILL' });
    expect(classifyFailure({ exitCode: 143, logTail: [] })).toEqual({ failureClass: 'failure', killedBy: 'SIGTERM' });
    expect(signalOf({ exitCode: 139 })).toBe('SIGSEGV');
    expect(signalOf({ exitCode: 128 })).toBeUndefined();
    expect(signalOf({ exitCode: 1 })).toBeUndefined();
    expect(signalOf({ exitCode: 255 })).toBeUndefined();
  });
  it('lets the kill, not what the program printed before it, decide', () => {
    expect(classifyFailure({ exitCode: 137, logTail: ["NameError: name 'x' is not defined"] }).failureClass).toBe('transient');
    expect(classifyFailure({ exitCode: 1, logTail: ["NameError: name 'x' is not defined"] }).failureClass).toBe('permanent');
  });
  it('keeps its patterns as data: about twenty, with unique ids', () => {
    expect(TRANSIENT_PATTERNS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TRANSIENT_PATTERNS.map((pattern) => pattern.id)).size).toBe(TRANSIENT_PATTERNS.length);
  });
});

describe('shouldRetry and backoffDelay', () => {
  it('retries within the limit, per `on`, and never a permanent failure', () => {
    expect(shouldRetry({ limit: 2 }, 'failure', 2)).toBe(true);
    expect(shouldRetry({ limit: 2 }, 'failure', 3)).toBe(false);
    expect(shouldRetry({ limit: 2, on: 'transient' }, 'failure', 1)).toBe(false);
    expect(shouldRetry({ limit: 2, on: 'error' }, 'error', 1)).toBe(true);
    // As Argo's OnError: a process that ran and failed is not retried, even with a transient log.
    expect(shouldRetry({ limit: 2, on: 'error' }, 'transient', 1)).toBe(false);
    expect(shouldRetry({ limit: 2, on: 'error' }, 'timeout', 1)).toBe(false);
    expect(shouldRetry({ limit: 2, on: 'failure' }, 'timeout', 1)).toBe(true);
    expect(shouldRetry({ limit: 2, on: 'transient' }, 'timeout', 1)).toBe(false);
    expect(shouldRetry({ limit: 2, on: 'failure' }, 'error', 1)).toBe(false);
    expect(shouldRetry({ limit: 9, on: 'always' }, 'permanent', 1)).toBe(false);
    expect(shouldRetry(undefined, 'transient', 1)).toBe(false);
  });

  it('grows exponentially up to the cap (each wait), with jitter between half and all of the delay', () => {
    const policy = { limit: 5, backoff: { durationSeconds: 1, factor: 3, capSeconds: 5 } };
    expect([1, 2, 3].map((attempt) => backoffDelay(policy, attempt, () => 1))).toEqual([1000, 3000, 5000]);
    expect(backoffDelay(policy, 2, () => 0)).toBe(1500);
    expect(backoffDelay({ limit: 1 }, 1)).toBe(0);
  });

  it('maxDurationSeconds bounds the whole time spent retrying, not one wait (as Argo\'s maxDuration)', () => {
    const policy = { limit: 5, backoff: { durationSeconds: 1, factor: 3, maxDurationSeconds: 5 } };
    // Without a cap the third wait is 9 s: no single wait is cut short by maxDuration …
    expect(backoffDelay(policy, 3, () => 1)).toBe(9000);
    // … but a retry that would start after 5 s in total is not made.
    expect(withinRetryDuration(policy, 1000, 3000)).toBe(true);
    expect(withinRetryDuration(policy, 2500, 3000)).toBe(false);
    expect(withinRetryDuration({ limit: 5 }, 1e9, 1e9)).toBe(true);
  });
});

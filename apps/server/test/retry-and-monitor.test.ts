import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

/** A shell step that fails with `line` for its first `failures` runs, counting them in `counter`, then succeeds. */
function flaky(counter: string, failures: number, line: string): string {
  return `n=$(cat '${counter}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '${counter}'; if [ $n -le ${failures} ]; then echo '${line}'; exit 1; fi; echo fetched`;
}

const types = (events: LooseJson) => events.body.items.map((event: { type: string }) => event.type);
const ofType = (events: LooseJson, type: string) => events.body.items.filter((event: { type: string }) => event.type === type);

const AUTO_RETRY = { limit: 2, backoff: { durationSeconds: 0.05, factor: 2 } };

describe.each(DIALECTS)('automatic retry and the on-time monitor on %s', (dialect) => {
  let test: TestServer;
  const file = (name: string) => join(test.home, name);
  // No stall limit here: under a loaded machine a healthy step can go quiet for seconds, and a
  // stall retry would then spend the retries these tests count. The stall test has its own server.
  beforeAll(async () => {
    test = await startTestServer(dialect, { autoRetry: AUTO_RETRY, onTime: { onStall: 'retry', onDeadline: 'fail', checkEveryMs: 100 } });
  });
  afterAll(async () => {
    await test?.close();
  });

  it('retries a transient failure with backoff, running only the failed step again', async () => {
    const workflow = shellWorkflow('flaky-fetch', [
      { name: 'prepare', script: `echo once >> '${file('prepare-count')}'` },
      { name: 'fetch', script: flaky(file('fetch-count'), 2, 'curl: (56) Recv failure: Connection reset by peer'), dependencies: ['prepare'] },
    ]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Succeeded');
    expect(run.dispatches).toBe(3);
    expect(readFileSync(file('prepare-count'), 'utf8')).toBe('once\n');
    expect(readFileSync(file('fetch-count'), 'utf8').trim()).toBe('3');
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    const retries = ofType(events, 'auto-retry');
    expect(retries.map((event: LooseJson) => event.data.attempt)).toEqual([1, 2]);
    expect(retries[0].data.message).toMatch(/^Transient failure of "fetch" \(exit code 1 \(transient: the peer reset the connection\)\): automatic retry 1 of 2 in [0-9]+ ms, restarting only what failed\.$/);
    // Backoff: the second wait is drawn from twice the first's range.
    expect(retries[0].data.delayMs).toBeGreaterThanOrEqual(25);
    expect(retries[1].data.delayMs).toBeGreaterThanOrEqual(50);
    expect(types(events)).not.toContain('not-retried');
  });

  it('fails fast on a permanent failure: one attempt, and the reason it was not retried', async () => {
    const workflow = shellWorkflow('missing-module', [{ name: 'train', script: `echo x >> '${file('train-count')}'; echo "ModuleNotFoundError: No module named 'torch'"; exit 1` }]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Failed');
    expect(run.dispatches).toBe(1);
    expect(readFileSync(file('train-count'), 'utf8')).toBe('x\n');
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    expect(ofType(events, 'auto-retry')).toEqual([]);
    expect(ofType(events, 'not-retried')[0].data.message).toMatch(/^Not retried: "train" \(.*\) failed permanently; another try cannot fix that\.$/);
  });

  it('stops retrying a transient failure after the limit, and says so', async () => {
    const workflow = shellWorkflow('always-throttled', [{ name: 'call', script: flaky(file('call-count'), 99, 'HTTP 429 Too Many Requests') }]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Failed');
    expect(readFileSync(file('call-count'), 'utf8').trim()).toBe('3');
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    expect(ofType(events, 'auto-retry')).toHaveLength(2);
    expect(ofType(events, 'not-retried')[0].data.message).toMatch(/^Not retried again: 2 automatic retries were spent/);
  });

  it('retries a run that made no progress for too long, as configured, and it then finishes', async () => {
    // A limit well above the longest quiet spell of a healthy run on a loaded machine (under the
    // full suite's load, three dispatches in a row went 1.5 s without starting their step), so
    // that only the hang is a stall.
    const stallSeconds = 20;
    const watched = await startTestServer(dialect, { autoRetry: AUTO_RETRY, onTime: { stallSeconds, onStall: 'retry', onDeadline: 'fail', checkEveryMs: 100 } });
    try {
      // First attempt hangs silently; the second finishes at once.
      const counter = join(watched.home, 'hang-count');
      const script = `n=$(cat '${counter}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '${counter}'; if [ $n -eq 1 ]; then sleep 120; fi; echo done`;
      const submitted = await watched.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('hangs-once', [{ name: 'mount', script }]) } });
      const run = await waitForRun(watched, submitted.body.run.id);
      expect(run.phase).toBe('Succeeded');
      expect(readFileSync(counter, 'utf8').trim()).toBe('2');
      const events = await watched.call('GET', `/api/v1/runs/${run.id}/events`);
      const stalled = ofType(events, 'stalled');
      expect(stalled).toHaveLength(1);
      expect(stalled[0].data).toMatchObject({ action: 'retry' });
      expect(stalled[0].data.message).toMatch(new RegExp(`^The run made no progress for [0-9.]+ s \\(no step started or ended, no log line\\), more than the ${stallSeconds} s allowed\\.$`));
      expect(ofType(events, 'auto-retry')[0].data.message).toContain('"mount" (no progress)');
    } finally {
      await watched.close();
    }
  });

  it('fails a run past its deadline, while it still prints, with the reason', async () => {
    const workflow = shellWorkflow('too-slow', [{ name: 'train', script: 'while true; do echo epoch; sleep 0.1; done' }]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow, deadlineSeconds: 1 } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Failed');
    expect(run.message).toMatch(/^The run passed its deadline: it has run [0-9.]+ s, more than the 1 s allowed\.$/);
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    expect(ofType(events, 'overdue')[0].data.action).toBe('fail');
    expect(types(events)).not.toContain('auto-retry');
    const metrics = await test.call('GET', '/metrics');
    expect(metrics.body).toMatch(/couler_monitor_actions_total\{kind="deadline",action="fail"\} 1/);
  });
});

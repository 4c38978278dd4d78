import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';
import type { LooseJson } from './support/loose-json';

/** Reads an SSE response to its `end` event; returns the messages' ids, types and data. */
async function readStream(response: Response): Promise<Array<{ id: number; type: string; data: LooseJson }>> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((frame) => frame.includes('data: ') && !frame.includes('event: end'))
    .map((frame) => {
      const field = (name: string) => frame.split('\n').find((line) => line.startsWith(`${name}: `))!.slice(name.length + 2);
      return { id: Number(field('id')), type: field('event'), data: JSON.parse(field('data')) };
    });
}

describe.each(DIALECTS)('the queue and the streams on %s', (dialect) => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer(dialect);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps a run over its user\'s quota waiting with the reason visible, and runs it once the quota allows', async () => {
    const user = await test.call('POST', '/api/v1/users', { body: { name: 'quota-user', quota: { cpu: 1 } } });
    const token = user.body.token.token;
    const workflow = shellWorkflow('big', [{ name: 'work', script: 'echo big', cpu: '2' }]);
    const submitted = await test.call('POST', '/api/v1/workflows', { token, body: { workflow } });
    expect(submitted.body.run.request.cpu).toBe(2);
    let run: LooseJson;
    for (let tries = 0; tries < 100; tries += 1) {
      run = (await test.call('GET', `/api/v1/runs/${submitted.body.run.id}`, { token })).body;
      if (run.waitReason) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run.phase).toBe('Queued');
    expect(run.waitReason).toBe('Waiting for quota: it needs 2 CPU and its user holds 0 of a 1 CPU quota.');
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`, { token });
    expect(events.body.items.map((event: { type: string; data: { reason?: string } }) => [event.type, event.data.reason])).toContainEqual(['waiting', 'quota']);
    const raised = await test.call('PUT', `/api/v1/users/${user.body.user.id}/quota`, { body: { cpu: 4 } });
    expect(raised.body.quota.cpu).toBe(4);
    expect((await waitForRun(test, run.id, token)).phase).toBe('Succeeded');
  });

  it('streams logs over SSE to the end, and resumes after Last-Event-ID without repeating a line', async () => {
    const workflow = shellWorkflow('chatty', [{ name: 'talk', script: 'for i in 1 2 3 4 5; do echo "line $i"; sleep 0.05; done; echo "a \\"quoted\\" {{x}} $(echo y)"' }]);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const id = submitted.body.run.id;
    const headers = { authorization: `Bearer ${test.token}`, accept: 'text/event-stream' };
    const live = await fetch(`${test.url}/api/v1/runs/${id}/logs`, { headers });
    expect(live.headers.get('content-type')).toContain('text/event-stream');
    const all = await readStream(live);
    expect(all.map((event) => event.data.line)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'a "quoted" {{x}} y']);
    const resumed = await readStream(await fetch(`${test.url}/api/v1/runs/${id}/logs`, { headers: { ...headers, 'last-event-id': String(all[2]!.id) } }));
    expect(resumed.map((event) => event.data.line)).toEqual(['line 4', 'line 5', 'a "quoted" {{x}} y']);
    const events = await readStream(await fetch(`${test.url}/api/v1/runs/${id}/events`, { headers }));
    expect(events.map((event) => event.type)).toContain('run-finished');
    expect(events.map((event) => event.type)).not.toContain('step-log');
  });

  it('cancels a queued run at once', async () => {
    const user = await test.call('POST', '/api/v1/users', { body: { name: 'no-runs', quota: { runs: 0 } } });
    const token = user.body.token.token;
    const submitted = await test.call('POST', '/api/v1/workflows', { token, body: { workflow: shellWorkflow('never', [{ name: 'a', script: 'true' }]) } });
    const cancelled = await test.call('POST', `/api/v1/runs/${submitted.body.run.id}/cancel`, { token });
    expect(cancelled.body).toMatchObject({ phase: 'Cancelled', message: 'Cancelled before it started.' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

describe.each(DIALECTS)('tenants on %s', (dialect) => {
  let test: TestServer;
  let alice: string;
  let mallory: string;
  let runId: string;
  let workflowId: string;
  beforeAll(async () => {
    test = await startTestServer(dialect);
    const acme = await test.call('POST', '/api/v1/tenants', { body: { name: 'acme', admin: { name: 'alice' } } });
    const evil = await test.call('POST', '/api/v1/tenants', { body: { name: 'evil', admin: { name: 'mallory' } } });
    alice = acme.body.token.token;
    mallory = evil.body.token.token;
    const submitted = await test.call('POST', '/api/v1/workflows', { token: alice, body: { workflow: shellWorkflow('secret-work', [{ name: 'leak', script: 'echo the-secret-line' }]) } });
    runId = submitted.body.run.id;
    workflowId = submitted.body.workflow.id;
    await waitForRun(test, runId, alice);
  });
  afterAll(async () => {
    await test?.close();
  });

  it("answers 404 to every read, cancel, retry and stream of another tenant's run, and shows nothing of it", async () => {
    const attempts: Array<[string, string, Record<string, unknown>?]> = [
      ['GET', `/api/v1/runs/${runId}`],
      ['GET', `/api/v1/runs/${runId}/events`],
      ['GET', `/api/v1/runs/${runId}/logs`],
      ['POST', `/api/v1/runs/${runId}/cancel`],
      ['POST', `/api/v1/runs/${runId}/retry`, { body: {} }],
      ['GET', `/api/v1/workflows/${workflowId}`],
      ['POST', `/api/v1/workflows/${workflowId}/cancel`],
      ['DELETE', `/api/v1/workflows/${workflowId}`],
    ];
    const missing = await test.call('GET', '/api/v1/runs/no-such-run', { token: mallory });
    for (const [method, path, extra] of attempts) {
      const answer = await test.call(method, path, { token: mallory, ...extra });
      expect(answer.status, `${method} ${path}`).toBe(404);
      // Only the id the caller sent comes back; nothing of the run itself.
      const text = JSON.stringify(answer.body).replaceAll(runId, 'ID').replaceAll(workflowId, 'ID');
      expect(text).not.toContain('secret');
      // The same answer as for an id that does not exist, but for the id itself.
      expect(answer.body.error.code).toBe(missing.body.error.code);
    }
    const stream = await fetch(`${test.url}/api/v1/runs/${runId}/logs`, { headers: { authorization: `Bearer ${mallory}`, accept: 'text/event-stream' } });
    expect(stream.status).toBe(404);
    expect(await stream.text()).not.toContain('the-secret-line');
    expect((await test.call('GET', '/api/v1/runs', { token: mallory })).body.items).toEqual([]);
    expect((await test.call('GET', '/api/v1/workflows', { token: mallory })).body.items).toEqual([]);
    // Alice's run is untouched.
    expect((await test.call('GET', `/api/v1/runs/${runId}`, { token: alice })).body.phase).toBe('Succeeded');
  });

  it('lets only admins manage users and tokens, and a revoked token stops working', async () => {
    const bob = await test.call('POST', '/api/v1/users', { token: alice, body: { name: 'bob' } });
    expect(bob.status).toBe(201);
    const bobToken = bob.body.token.token;
    expect((await test.call('GET', '/api/v1/me', { token: bobToken })).body).toMatchObject({ name: 'bob', role: 'member' });
    const forbidden = await test.call('POST', '/api/v1/users', { token: bobToken, body: { name: 'eve' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    expect((await test.call('POST', '/api/v1/tenants', { token: alice, body: { name: 'other', admin: { name: 'x' } } })).status).toBe(403);
    expect((await test.call('POST', '/api/v1/users', { token: alice, body: { name: 'bob' } })).body.error.code).toBe('DUPLICATE_NAME');
    // Mallory cannot reach Bob, even knowing his id.
    expect((await test.call('PUT', `/api/v1/users/${bob.body.user.id}/quota`, { token: mallory, body: { cpu: 0 } })).status).toBe(404);
    expect((await test.call('DELETE', `/api/v1/tokens/${bob.body.token.id}`, { token: alice })).status).toBe(204);
    const revoked = await test.call('GET', '/api/v1/me', { token: bobToken });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('UNAUTHENTICATED');
  });
});

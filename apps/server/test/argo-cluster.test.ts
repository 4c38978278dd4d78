import { FakeArgoServer } from '@couler/backend-argo/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

const ARGO_TOKEN = 'argo-sa-token-1234';
const argoCluster = (server: string, token = ARGO_TOKEN) => ({ name: 'argo-prod', kind: 'argo', capacity: { cpu: 64, memory: 256 * 2 ** 30, gpu: 4 }, settings: { server, namespace: 'ml', token } });

describe.each(DIALECTS)('an Argo cluster on %s', (dialect) => {
  let test: TestServer;
  let argo: FakeArgoServer;
  beforeAll(async () => {
    argo = await FakeArgoServer.start({ token: ARGO_TOKEN, scenarios: { 'broken-': { fail: ['train'] } } });
    // The local cluster has no room: every run goes to Argo.
    test = await startTestServer(dialect, { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
  });
  afterAll(async () => {
    await test?.close();
    await argo?.close();
  });

  it("registers only by the server's owner, checks its health, and never shows its token", async () => {
    const member = await test.call('POST', '/api/v1/users', { body: { name: 'member', role: 'member' } });
    const admin = await test.call('POST', '/api/v1/users', { body: { name: 'tenant-admin', role: 'admin' } });
    for (const token of [member.body.token.token, admin.body.token.token]) {
      const refused = await test.call('POST', '/api/v1/clusters', { token, body: argoCluster(argo.url) });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    const registered = await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ name: 'argo-prod', kind: 'argo', healthy: true, healthMessage: null, capacity: { cpu: 64, gpu: 4 }, settings: { server: argo.url, namespace: 'ml', hasToken: true } });
    const listed = await test.call('GET', '/api/v1/clusters', { token: member.body.token.token });
    expect(listed.body.items.map((cluster: LooseJson) => cluster.name)).toEqual(['argo-prod', 'local']);
    expect(JSON.stringify(listed.body)).not.toContain(ARGO_TOKEN);
    const again = await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
    expect(again.status).toBe(409);
  });

  it('records a cluster whose token Argo refuses as unhealthy, with what to fix, and places nothing on it', async () => {
    const wrong = await test.call('POST', '/api/v1/clusters', { body: { ...argoCluster(argo.url, 'not-the-token'), name: 'argo-wrong-token' } });
    expect(wrong.status).toBe(201);
    expect(wrong.body.healthy).toBe(false);
    expect(wrong.body.healthMessage).toMatch(/token/i);
    const bad = await test.call('POST', '/api/v1/clusters', { body: { ...argoCluster('ftp://argo'), name: 'argo-bad-url' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body', 'settings', 'server'] });
  });

  it('submits a run to Argo with the token, follows its status to the end, and keeps its steps and logs', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('hello', [{ name: 'greet', script: 'echo hi' }, { name: 'after', script: 'echo done', dependencies: ['greet'] }]) } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run).toMatchObject({ phase: 'Succeeded', cluster: 'argo-prod' });
    expect(run.steps.map((step: LooseJson) => [step.id, step.phase])).toEqual([
      ['greet', 'Succeeded'],
      ['after', 'Succeeded'],
    ]);
    const creates = argo.requests.filter((request) => request.method === 'POST');
    expect(creates).toHaveLength(1);
    expect(creates[0]).toMatchObject({ path: '/api/v1/workflows/ml', authorization: `Bearer ${ARGO_TOKEN}` });
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    const notice = events.body.items.find((event: LooseJson) => event.type === 'notice');
    expect(notice.data.message).toMatch(/^Created Argo workflow "hello-[a-z0-9]+" in namespace "ml" on cluster "argo-prod"/);
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs?step=greet`);
    expect(logs.body.items.map((event: LooseJson) => event.data.line)).toEqual(['hello from greet']);
  });

  it("reports a step that failed on Argo with Argo's message, and does not retry a failure of the step itself", async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('broken', [{ name: 'train', script: 'exit 1' }]) } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Failed');
    expect(run.steps[0]).toMatchObject({ id: 'train', phase: 'Failed' });
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`);
    expect(events.body.items.map((event: LooseJson) => event.type)).toContain('not-retried');
  });
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { FakeArgoServer } from '@couler/backend-argo/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LooseJson } from './support/loose-json';
import { startServer } from '../src/index';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

const ARGO_TOKEN = 'argo-sa-token-1234';
/** What the fake Argo's workflows do, by name: filled in once a run's name is known. */
const scenarios: Record<string, { fail?: string[]; failFirst?: string[] }> = {};
const argoCluster = (server: string, token = ARGO_TOKEN) => ({ name: 'argo-prod', kind: 'argo', capacity: { cpu: 64, memory: 256 * 2 ** 30, gpu: 4 }, settings: { server, namespace: 'ml', token } });

describe.each(DIALECTS)('an Argo cluster on %s', (dialect) => {
  let test: TestServer;
  let argo: FakeArgoServer;
  beforeAll(async () => {
    argo = await FakeArgoServer.start({ token: ARGO_TOKEN, scenarios });
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

  it('finds a cluster whose Argo Server went away unhealthy at its next check, and says why', async () => {
    const gone = await FakeArgoServer.start({ token: ARGO_TOKEN });
    const goneUrl = gone.url;
    const registered = await test.call('POST', '/api/v1/clusters', { body: { ...argoCluster(goneUrl), name: 'argo-gone' } });
    expect(registered.body.healthy).toBe(true);
    await gone.close();
    const member = await test.call('POST', `/api/v1/clusters/${registered.body.id}/check`, { token: (await test.call('POST', '/api/v1/users', { body: { name: 'curious' } })).body.token.token });
    expect(member.status).toBe(403);
    const checked = await test.call('POST', `/api/v1/clusters/${registered.body.id}/check`);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ name: 'argo-gone', healthy: false });
    expect(checked.body.healthMessage).toContain(goneUrl);
    expect(Date.parse(checked.body.checkedAt)).toBeGreaterThanOrEqual(Date.parse(registered.body.checkedAt));
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
    expect(notice.data.message).toBe(`Created Argo workflow "${run.id}-1" in namespace "ml" on cluster "argo-prod".`);
    expect(argo.workflows.has(`ml/${run.id}-1`)).toBe(true);
    const logs = await test.call('GET', `/api/v1/runs/${run.id}/logs?step=greet`);
    expect(logs.body.items.map((event: LooseJson) => event.data.line)).toEqual(['hello from greet']);
  });

  it("reports a step that failed on Argo with Argo's message, and does not retry a failure of the step itself", async () => {
    // Held by a quota of no runs until the fake knows to fail it: its Argo name is the run id and its dispatch.
    const user = await test.call('POST', '/api/v1/users', { body: { name: 'held', quota: { runs: 0 } } });
    const token = user.body.token.token;
    const submitted = await test.call('POST', '/api/v1/workflows', { token, body: { workflow: shellWorkflow('broken', [{ name: 'train', script: 'exit 1' }]) } });
    scenarios[`${submitted.body.run.id}-1`] = { fail: ['train'] };
    await test.call('PUT', `/api/v1/users/${user.body.user.id}/quota`, { body: { runs: 1 } });
    const run = await waitForRun(test, submitted.body.run.id, token);
    expect(run.phase).toBe('Failed');
    expect(run.steps[0]).toMatchObject({ id: 'train', phase: 'Failed' });
    const events = await test.call('GET', `/api/v1/runs/${run.id}/events`, { token });
    expect(events.body.items.map((event: LooseJson) => event.type)).toContain('not-retried');
  });
});

describe('an Argo run retried from its failure point', () => {
  it("is retried by the Argo Server's retry API: the same workflow goes on, and the steps that succeeded do not run again", async () => {
    const retryScenarios: Record<string, { failFirst: string[] }> = {};
    const argo = await FakeArgoServer.start({ token: ARGO_TOKEN, scenarios: retryScenarios });
    const test = await startTestServer('sqlite', { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
    try {
      await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
      // Held by a quota of no runs until the fake knows to fail it once.
      const user = await test.call('POST', '/api/v1/users', { body: { name: 'held', quota: { runs: 0 } } });
      const token = user.body.token.token;
      const submitted = await test.call('POST', '/api/v1/workflows', { token, body: { workflow: shellWorkflow('flaky', [{ name: 'prepare', script: 'echo prep' }, { name: 'train', script: 'exit 1', dependencies: ['prepare'] }]) } });
      const id = submitted.body.run.id;
      retryScenarios[`${id}-1`] = { failFirst: ['train'] };
      await test.call('PUT', `/api/v1/users/${user.body.user.id}/quota`, { body: { runs: 1 } });
      expect((await waitForRun(test, id, token)).phase).toBe('Failed');
      expect((await test.call('POST', `/api/v1/runs/${id}/retry`, { token, body: {} })).status).toBe(202);
      const run = await waitForRun(test, id, token);
      expect(run.phase).toBe('Succeeded');
      expect(argo.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      const retry = argo.requests.find((request) => request.method === 'PUT' && request.path === `/api/v1/workflows/ml/${id}-1/retry`);
      expect(retry).toMatchObject({ authorization: `Bearer ${ARGO_TOKEN}`, body: { name: `${id}-1`, namespace: 'ml' } });
      const lines = argo.workflows.get(`ml/${id}-1`)!.controller.logs.map((line) => line.text);
      expect(lines.filter((line) => line === 'hello from prepare')).toHaveLength(1);
      expect(lines.filter((line) => line === 'hello from train')).toHaveLength(2);
      const events = await test.call('GET', `/api/v1/runs/${id}/events`, { token });
      expect(events.body.items.map((event: LooseJson) => event.data.message)).toContain(`Retried Argo workflow "${id}-1" on cluster "argo-prod" from its failure point: the steps that succeeded are kept.`);
    } finally {
      await test.close();
      await argo.close();
    }
  });

  it('with --from a last step, resets that step only (restartSuccessful and a node field selector)', async () => {
    const argo = await FakeArgoServer.start({ token: ARGO_TOKEN });
    const test = await startTestServer('sqlite', { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
    try {
      await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
      const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('again', [{ name: 'prepare', script: 'echo prep' }, { name: 'report', script: 'echo report', dependencies: ['prepare'] }]) } });
      const id = submitted.body.run.id;
      expect((await waitForRun(test, id)).phase).toBe('Succeeded');
      expect((await test.call('POST', `/api/v1/runs/${id}/retry`, { body: { from: 'report' } })).status).toBe(202);
      expect((await waitForRun(test, id)).phase).toBe('Succeeded');
      const retry = argo.requests.find((request) => request.method === 'PUT' && request.path.endsWith('/retry'));
      expect(retry?.body).toEqual({ name: `${id}-1`, namespace: 'ml', restartSuccessful: true, nodeFieldSelector: 'displayName=report' });
      const lines = argo.workflows.get(`ml/${id}-1`)!.controller.logs.map((line) => line.text);
      expect(lines).toEqual(['hello from prepare', 'hello from report', 'hello from report']);
    } finally {
      await test.close();
      await argo.close();
    }
  });
});

/** `count` steps one after the other: a run that lasts several status reads on the fake Argo. */
const chain = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `s${index}`, script: 'true', ...(index > 0 && { dependencies: [`s${index - 1}`] }) }));

/** Waits until the fake Argo Server holds one workflow: the server has created it. */
async function argoHasWorkflow(argo: FakeArgoServer): Promise<void> {
  for (let tries = 0; tries < 100 && argo.workflows.size === 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(argo.workflows.size).toBe(1);
}

describe('an Argo run cancelled on the server', () => {
  it('is terminated on Argo with the cluster token, and ends Cancelled with what Argo said', async () => {
    const argo = await FakeArgoServer.start({ token: ARGO_TOKEN });
    const test = await startTestServer('sqlite', { localCluster: { cpu: 0 }, clusters: { pollMs: 200, healthEveryMs: 60_000 } });
    try {
      await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
      const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('to-cancel', chain(8)) } });
      const id = submitted.body.run.id;
      await argoHasWorkflow(argo);
      expect((await test.call('POST', `/api/v1/runs/${id}/cancel`)).status).toBe(200);
      const run = await waitForRun(test, id);
      expect(run.phase).toBe('Cancelled');
      const terminate = argo.requests.find((request) => request.method === 'PUT');
      expect(terminate).toMatchObject({ path: `/api/v1/workflows/ml/${id}-1/terminate`, authorization: `Bearer ${ARGO_TOKEN}` });
      // This fake Argo Server has no terminate route: the run says so, and how to stop the workflow by hand.
      expect(run.message).toBe(`The Argo Server did not terminate workflow "${id}-1" (HTTP 404: {"code":5,"message":"Not Found"}); stop it with \`argo terminate ${id}-1 -n ml\`.`);
    } finally {
      await test.close();
      await argo.close();
    }
  });
});

describe('an Argo run across a server restart', () => {
  it('is followed again, not created twice, by the next server on the same database', async () => {
    const argo = await FakeArgoServer.start({ token: ARGO_TOKEN });
    const first = await startTestServer('sqlite', { localCluster: { cpu: 0 }, clusters: { pollMs: 300, healthEveryMs: 60_000 } });
    let second: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      await first.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url) });
      const submitted = await first.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('long', chain(6)) } });
      const id = submitted.body.run.id;
      await argoHasWorkflow(argo);
      // SIGTERM's path: the run goes back to the queue, to be resumed, with Argo's handle kept.
      await first.server.close();
      second = await startServer({ db: join(first.home, 'server.db'), home: first.home, port: 0, logger: false, ownerToken: first.token, pollMs: 100, localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
      const next = { ...first, url: second.url, call: (method: string, path: string, options?: Parameters<TestServer['call']>[2]) => callAt(second!.url, first.token, method, path, options) };
      const run = await waitForRun(next as TestServer, id);
      expect(run.phase).toBe('Succeeded');
      expect(argo.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      const events = await next.call('GET', `/api/v1/runs/${id}/events`);
      expect(events.body.items.map((event: LooseJson) => event.data.message).filter(Boolean)).toContain(`Following Argo workflow "${id}-1" again on cluster "argo-prod".`);
    } finally {
      await second?.close();
      rmSync(first.home, { recursive: true, force: true });
      await argo.close();
    }
  });
});

async function callAt(url: string, token: string, method: string, path: string, options: { body?: unknown } = {}): Promise<{ status: number; body: LooseJson; headers: Headers }> {
  const response = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(options.body !== undefined && { 'content-type': 'application/json' }) }, ...(options.body !== undefined && { body: JSON.stringify(options.body) }) });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

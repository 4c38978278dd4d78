import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { FakeArgoServer } from '@couler/backend-argo/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/index';
import type { LooseJson } from './support/loose-json';
import { DIALECTS, dropSchema, newSchemaName, POSTGRES_URL, shellWorkflow, startTestServer, waitForRun, type Dialect, type TestServer } from './support/test-server';

const TOKEN = 'argo-secret-token-4242';
const SECRET = 'the-first-server-secret-0123456789';
const argoCluster = (server: string, name: string, token = TOKEN) => ({ name, kind: 'argo', capacity: { cpu: 8, memory: 2 ** 30, gpu: 0 }, settings: { server, namespace: 'ml', token } });
const chain = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `s${index}`, script: 'true', ...(index > 0 && { dependencies: [`s${index - 1}`] }) }));

/** The cluster's row as it is in the database, read past the server. */
async function rawRow(dialect: Dialect, test: TestServer, schema: string, name: string): Promise<Record<string, unknown>> {
  if (dialect === 'sqlite') {
    const db = new Database(join(test.home, 'server.db'), { readonly: true });
    try {
      return db.prepare('SELECT * FROM clusters WHERE name = ?').get(name) as Record<string, unknown>;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT * FROM "${schema}".clusters WHERE name = $1`, [name])).rows[0];
  } finally {
    await client.end();
  }
}

describe.each(DIALECTS)('cluster administration on %s', (dialect) => {
  let test: TestServer;
  let argo: FakeArgoServer;
  const schema = newSchemaName('clusters');
  beforeAll(async () => {
    argo = await FakeArgoServer.start({ token: TOKEN });
    test = await startTestServer(dialect, { schema, secret: SECRET, localCluster: { cpu: 0 }, clusters: { pollMs: 200, healthEveryMs: 60_000 } });
  });
  afterAll(async () => {
    await test?.server.close();
    await argo?.close();
    if (dialect === 'postgres') await dropSchema(schema);
    rmSync(test.home, { recursive: true, force: true });
  });

  it('stores credentials encrypted, never in clear, and never returns them', async () => {
    const registered = await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url, 'sealed') });
    expect(registered.body.settings).toEqual({ server: argo.url, namespace: 'ml', hasToken: true });
    const row = await rawRow(dialect, test, schema, 'sealed');
    expect(JSON.stringify(row)).not.toContain(TOKEN);
    expect(JSON.parse(row.settings as string)).toEqual({ server: argo.url, namespace: 'ml' });
    expect(row.credentials).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    // A new token is sealed again (another IV), still never shown; the old one is gone.
    const patched = await test.call('PATCH', '/api/v1/clusters/sealed', { body: { settings: { token: `${TOKEN}-rotated` } } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ healthy: false, settings: { hasToken: true } });
    expect(JSON.stringify(patched.body)).not.toContain(TOKEN);
    const after = await rawRow(dialect, test, schema, 'sealed');
    expect(after.credentials).not.toBe(row.credentials);
    expect(JSON.stringify(after)).not.toContain(TOKEN);
    const removed = await test.call('PATCH', '/api/v1/clusters/sealed', { body: { settings: { token: null } } });
    expect(removed.body.settings).toEqual({ server: argo.url, namespace: 'ml' });
    expect((await rawRow(dialect, test, schema, 'sealed')).credentials).toBeNull();
    expect((await test.call('DELETE', '/api/v1/clusters/sealed')).status).toBe(204);
  });

  it('changes capacity and settings, checked as at registration, by the owner only', async () => {
    await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url, 'resized') });
    const member = await test.call('POST', '/api/v1/users', { body: { name: 'member-of-clusters' } });
    const refused = await test.call('PATCH', '/api/v1/clusters/resized', { token: member.body.token.token, body: { draining: true } });
    expect(refused.status).toBe(403);
    expect((await test.call('DELETE', '/api/v1/clusters/resized', { token: member.body.token.token })).status).toBe(403);
    const resized = await test.call('PATCH', '/api/v1/clusters/resized', { body: { capacity: { cpu: 4 }, settings: { namespace: 'batch' } } });
    expect(resized.body).toMatchObject({ capacity: { cpu: 4, memory: 2 ** 30, gpu: 0 }, settings: { namespace: 'batch', hasToken: true }, healthy: true });
    const bad = await test.call('PATCH', '/api/v1/clusters/resized', { body: { settings: { server: 'ftp://argo' } } });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body', 'settings', 'server'] });
    const unknown = await test.call('PATCH', '/api/v1/clusters/resized', { body: { settings: { colour: 'blue' } } });
    expect(unknown.status).toBe(400);
    expect((await test.call('PATCH', '/api/v1/clusters/no-such', { body: { draining: true } })).status).toBe(404);
    expect((await test.call('DELETE', '/api/v1/clusters/local')).status).toBe(400);
    await test.call('DELETE', '/api/v1/clusters/resized');
  });

  it('places nothing on a draining cluster, and deletes a cluster only once no run is placed on it', async () => {
    const cluster = await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url, 'busy') });
    expect(cluster.body.healthy).toBe(true);
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('long', chain(30)) } });
    const id = submitted.body.run.id;
    for (let tries = 0; tries < 200 && argo.workflows.size === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    const busy = await test.call('DELETE', '/api/v1/clusters/busy');
    expect(busy.status).toBe(409);
    expect(busy.body.error).toMatchObject({ code: 'INVALID_RUN_STATE', message: 'Cluster "busy" has 1 run placed on it.' });
    expect(busy.body.error.hint).toMatch(/Drain it first/);
    const drained = await test.call('PATCH', '/api/v1/clusters/busy', { body: { draining: true } });
    expect(drained.body).toMatchObject({ draining: true, runs: 1 });
    const waiting = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('later', chain(1)) } });
    expect((await test.call('DELETE', '/api/v1/clusters/busy')).status).toBe(409);
    await test.call('POST', `/api/v1/runs/${id}/cancel`);
    expect((await waitForRun(test, id)).phase).toBe('Cancelled');
    const later = await test.call('GET', `/api/v1/runs/${waiting.body.run.id}`);
    expect(later.body).toMatchObject({ phase: 'Queued', cluster: null });
    expect((await test.call('DELETE', '/api/v1/clusters/busy')).status).toBe(204);
    expect((await test.call('GET', '/api/v1/clusters')).body.items.map((entry: LooseJson) => entry.name)).toEqual(['local']);
    // The finished run keeps its steps and events without its cluster.
    expect((await test.call('GET', `/api/v1/runs/${id}`)).body.phase).toBe('Cancelled');
    await test.call('POST', `/api/v1/runs/${waiting.body.run.id}/cancel`);
  });

  it('refuses to start with another server key, saying whose credentials it cannot open', async () => {
    await test.call('POST', '/api/v1/clusters', { body: argoCluster(argo.url, 'keyed') });
    await test.server.close();
    const options = { db: dialect === 'sqlite' ? join(test.home, 'server.db') : POSTGRES_URL, ...(dialect === 'postgres' && { dbSchema: schema }), home: test.home, port: 0, logger: false as const, ownerToken: test.token };
    await expect(startServer({ ...options, secret: 'another-secret-altogether-9876' })).rejects.toMatchObject({ code: 'SERVER_ERROR', message: 'The server key does not open the credentials of cluster "keyed": they were stored under another key.' });
    const again = await startServer({ ...options, secret: SECRET });
    await again.close();
  });
});

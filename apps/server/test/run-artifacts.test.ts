import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FakeArgoServer } from '@couler/backend-argo/test';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, waitForRun, type TestServer } from './support/test-server';

const SECRET = 'the-server-secret-9f3a';

/** Every entry of a tar: name, type, link target, content. */
async function readTar(bytes: Buffer): Promise<Array<{ name: string; type: string; linkname?: string; content: string }>> {
  const entries: Array<{ name: string; type: string; linkname?: string; content: string }> = [];
  for await (const entry of Readable.from([bytes]).pipe(tar.extract())) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.push({ name: entry.header.name, type: String(entry.header.type), ...(entry.header.linkname && { linkname: entry.header.linkname }), content: Buffer.concat(chunks).toString() });
  }
  return entries;
}

/** A step that writes a file, a directory with a link out of it, and a file that is a link out. */
function artifactWorkflow(secretFile: string) {
  const script = [
    'printf model-bytes > /tmp/model.bin',
    'mkdir -p /tmp/report/charts',
    'printf "<h1>report</h1>" > /tmp/report/index.html',
    'printf svg > /tmp/report/charts/roc.svg',
    `ln -s '${secretFile}' /tmp/report/escape`,
    `ln -s '${secretFile}' /tmp/linked`,
  ].join('\n');
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'artifacts' },
    spec: {
      steps: [
        {
          name: 'train',
          kind: 'script',
          script: { image: 'alpine:3.20', command: ['sh'], source: script },
          outputs: { artifacts: [{ name: 'model', path: '/tmp/model.bin' }, { name: 'report', path: '/tmp/report' }, { name: 'linked', path: '/tmp/linked' }] },
        },
      ],
    },
  };
}

describe.each(DIALECTS)("a run's artifacts on %s", (dialect) => {
  let test: TestServer;
  let secrets: string;
  let alice: string;
  let mallory: string;
  let runId: string;
  beforeAll(async () => {
    test = await startTestServer(dialect);
    secrets = mkdtempSync(join(tmpdir(), 'couler-secret-'));
    writeFileSync(join(secrets, 'secret.txt'), SECRET);
    alice = (await test.call('POST', '/api/v1/tenants', { body: { name: 'acme', admin: { name: 'alice' } } })).body.token.token;
    mallory = (await test.call('POST', '/api/v1/tenants', { body: { name: 'evil', admin: { name: 'mallory' } } })).body.token.token;
    const submitted = await test.call('POST', '/api/v1/workflows', { token: alice, body: { workflow: artifactWorkflow(join(secrets, 'secret.txt')) } });
    expect(submitted.status).toBe(201);
    runId = submitted.body.run.id;
    expect((await waitForRun(test, runId, alice)).phase).toBe('Succeeded');
  });
  afterAll(async () => {
    await test?.close();
    if (secrets) {
      chmodSync(join(secrets, 'secret.txt'), 0o644);
      rmSync(secrets, { recursive: true, force: true });
    }
  });

  it('lists each artifact of each step with its size and where it lives', async () => {
    const list = await test.call('GET', `/api/v1/runs/${runId}/artifacts`, { token: alice });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ where: 'local', cluster: 'local' });
    const byName = Object.fromEntries(list.body.items.map((item: { name: string }) => [item.name, item]));
    expect(byName.model).toMatchObject({ step: 'train', stepName: 'train', kind: 'file', size: 11, download: `/api/v1/runs/${runId}/steps/train/artifacts/model` });
    expect(byName.model.location).toMatch(/local artifact store, sha256:[0-9a-f]{64}$/);
    expect(byName.report).toMatchObject({ kind: 'dir', size: 'svg'.length + '<h1>report</h1>'.length });
  });

  it('downloads a file as it is, with a safe file name', async () => {
    const response = await fetch(`${test.url}/api/v1/runs/${runId}/steps/train/artifacts/model`, { headers: { authorization: `Bearer ${alice}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="model"; filename*=UTF-8''model`);
    expect(await response.text()).toBe('model-bytes');
  });

  it('downloads a directory as a tar, with a link out of it kept as a link and what it points to left unread', async () => {
    const response = await fetch(`${test.url}/api/v1/runs/${runId}/steps/train/artifacts/report`, { headers: { authorization: `Bearer ${alice}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-tar');
    expect(response.headers.get('content-disposition')).toContain('filename="report.tar"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString('latin1')).not.toContain(SECRET);
    const entries = await readTar(bytes);
    expect(entries.map((entry) => [entry.name, entry.type])).toEqual([
      ['report/', 'directory'],
      ['report/charts/', 'directory'],
      ['report/charts/roc.svg', 'file'],
      ['report/escape', 'symlink'],
      ['report/index.html', 'file'],
    ]);
    expect(entries.find((entry) => entry.name === 'report/index.html')!.content).toBe('<h1>report</h1>');
    expect(entries.find((entry) => entry.name === 'report/escape')!.linkname).toBe(join(secrets, 'secret.txt'));
  });

  it('an artifact the step left as a link holds what the link pointed to when the step ended, as Argo stores it; the file it pointed to keeps its mode', async () => {
    // A local step runs as this machine's user and could copy the file itself: storing its bytes
    // reveals nothing more, and a stored link would point anywhere by the time someone reads it.
    const response = await fetch(`${test.url}/api/v1/runs/${runId}/steps/train/artifacts/linked`, { headers: { authorization: `Bearer ${alice}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SECRET);
    expect(statSync(join(secrets, 'secret.txt')).mode & 0o222).not.toBe(0);
  });

  it.each([
    ['a parent directory as the name', `steps/train/artifacts/..`],
    ['a parent directory, encoded', `steps/train/artifacts/%2E%2E%2F%2E%2E%2Fcouler.db`],
    ['an encoded slash in the step', `steps/train%2F..%2F..%2Fartifacts/model`],
    ['an absolute path as the name', `steps/train/artifacts/${encodeURIComponent('/etc/hostname')}`],
    ['an absolute path to the secret', `steps/train/artifacts/%2Fetc%2Fpasswd`],
    ['a hash as the name', `steps/train/artifacts/sha256`],
    ['a step that does not exist', `steps/nope/artifacts/model`],
    ['a prototype key', `steps/train/artifacts/__proto__`],
  ])('answers %s with a 404 in the error shape and nothing of any file', async (_what, path) => {
    const answer = await test.call('GET', `/api/v1/runs/${runId}/${path}`, { token: alice });
    expect(answer.status).toBe(404);
    expect(Object.keys(answer.body)).toEqual(['error']);
    expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    expect(JSON.stringify(answer.body)).not.toContain('root:');
  });

  it("answers another tenant's look at the list or a download exactly like a run that does not exist", async () => {
    const missing = await test.call('GET', '/api/v1/runs/no-such-run/artifacts', { token: mallory });
    expect(missing.status).toBe(404);
    for (const path of [`/api/v1/runs/${runId}/artifacts`, `/api/v1/runs/${runId}/steps/train/artifacts/model`, `/api/v1/runs/${runId}/steps/train/artifacts/report`]) {
      const answer = await test.call('GET', path, { token: mallory });
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code).toBe(missing.body.error.code);
      expect(JSON.stringify(answer.body)).not.toContain('model-bytes');
    }
    expect((await test.call('GET', `/api/v1/runs/${runId}/artifacts`, { token: null })).status).toBe(401);
  });
});

describe('the artifacts of a run on an Argo cluster', () => {
  let test: TestServer;
  let argo: FakeArgoServer;
  beforeAll(async () => {
    argo = await FakeArgoServer.start({ token: 'argo-token', scenarios: {} });
    test = await startTestServer('sqlite', { localCluster: { cpu: 0 }, clusters: { pollMs: 10, healthEveryMs: 60_000 } });
    const cluster = await test.call('POST', '/api/v1/clusters', { body: { name: 'argo-prod', kind: 'argo', capacity: { cpu: 64, memory: 2 ** 36, gpu: 0 }, settings: { server: argo.url, namespace: 'ml', token: 'argo-token' } } });
    expect(cluster.status).toBe(201);
  });
  afterAll(async () => {
    await test?.close();
    await argo?.close();
  });

  it('says where each artifact lives in the engine’s repository, and a download says so with a 409, not a 500', async () => {
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'remote-artifacts' },
      spec: {
        steps: [
          {
            name: 'train',
            kind: 'container',
            container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo hi > /tmp/m'] },
            outputs: { artifacts: [{ name: 'model', path: '/tmp/m', location: { type: 's3', bucket: 'models', key: 'churn/model.bin', endpoint: 'https://user:pw@minio.example:9000/?sig=x' } }, { name: 'log', path: '/tmp/log' }] },
          },
        ],
      },
    };
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const runId = submitted.body.run.id;
    await waitForRun(test, runId);
    const list = await test.call('GET', `/api/v1/runs/${runId}/artifacts`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ where: 'remote', cluster: 'argo-prod' });
    expect(list.body.message).toContain('argo cluster "argo-prod"');
    expect(list.body.items).toEqual([
      { step: 'train', stepName: 'train', name: 'model', kind: 'unknown', size: null, location: 's3://models/churn/model.bin at https://minio.example:9000/', download: null },
      { step: 'train', stepName: 'train', name: 'log', kind: 'unknown', size: null, location: 'the default artifact repository of argo cluster "argo-prod"', download: null },
    ]);
    const download = await test.call('GET', `/api/v1/runs/${runId}/steps/train/artifacts/model`);
    expect(download.status).toBe(409);
    expect(download.body.error.code).toBe('ARTIFACT_UNAVAILABLE');
    expect(download.body.error.message).toContain('s3://models/churn/model.bin');
    expect(JSON.stringify(download.body)).not.toContain('pw@');
    expect((await test.call('GET', `/api/v1/runs/${runId}/steps/train/artifacts/nope`)).status).toBe(404);
  });
});

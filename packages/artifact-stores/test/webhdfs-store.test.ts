import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow, type EngineEvent } from '@couler/backend-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores } from '../src/index';
import { startFakeWebHdfs, type FakeWebHdfs } from './support/fake-webhdfs';

let hdfs: FakeWebHdfs & { standbyUrl?: string };
const home = mkdtempSync(join(tmpdir(), 'couler-webhdfs-'));

beforeAll(async () => {
  hdfs = await startFakeWebHdfs({ standby: true });
  hdfs.files.set('/data/rows.csv', { data: Buffer.from('a\nb\nc\n'), mtime: 1 });
  hdfs.files.set('/data/table/part-0', { data: Buffer.from('x'), mtime: 1 });
  hdfs.files.set('/data/table/sub/part-1', { data: Buffer.from('y'), mtime: 1 });
});
afterAll(async () => {
  await hdfs?.close();
  rmSync(home, { recursive: true, force: true });
});

const location = (path: string) => ({ type: 'hdfs' as const, addresses: [hdfs.standbyUrl as string, hdfs.url], path, user: 'couler' });

function workflow(command: string, outputs: unknown[], inputs: unknown[]) {
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'hdfs-data' },
    spec: { steps: [{ name: 'copy', kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', command] }, inputs: { artifacts: inputs }, outputs: { artifacts: outputs } }] },
  };
}

describe('HDFS artifacts through WebHDFS (a loopback namenode and datanode)', () => {
  it('reads a file and a directory past a standby namenode, and writes a tree file by file (archive: none) and a file', async () => {
    const events: EngineEvent[] = [];
    const summary = await runWorkflow(
      workflow(
        'cat /in/rows.csv /in/table/part-0 /in/table/sub/part-1 > /out/all.txt && mkdir -p /out/tree/deep && echo 1 > /out/tree/deep/f && echo 2 > /out/tree/g',
        [
          { name: 'all', path: '/out/all.txt', archive: 'none', location: location('/results/all.txt') },
          { name: 'tree', path: '/out/tree', archive: 'none', location: location('/results/tree') },
        ],
        [
          { name: 'rows', path: '/in/rows.csv', location: location('/data/rows.csv') },
          { name: 'table', path: '/in/table', location: location('/data/table') },
        ],
      ),
      { home, artifactStores: createArtifactStores(), onEvent: (event) => events.push(event), env: { PATH: process.env.PATH } },
    );
    expect(summary.phase, JSON.stringify(summary.steps)).toBe('Succeeded');
    expect(hdfs.files.get('/results/all.txt')?.data.toString()).toBe('a\nb\nc\nxy');
    expect(hdfs.files.get('/results/tree/deep/f')?.data.toString()).toBe('1\n');
    expect(hdfs.files.get('/results/tree/g')?.data.toString()).toBe('2\n');
    // Every operation went to the active namenode once the standby had refused it.
    expect(hdfs.requests.some((request) => request.startsWith('standby '))).toBe(true);
    expect(hdfs.requests).toContain('OPEN /data/table/sub/part-1');
    expect(events.filter((event) => event.type === 'artifact-progress').map((event) => event.type === 'artifact-progress' && event.artifact)).toEqual(expect.arrayContaining(['rows', 'table', 'all', 'tree']));
  });

  it('retries a step whose download the namenode answered 503 (transient), and fails at once on a missing file (permanent)', async () => {
    hdfs.failNextOpens(1);
    const retries: EngineEvent[] = [];
    // The engine's default policy: transient failures only.
    const flaky = await runWorkflow(workflow('cat /in/rows.csv', [], [{ name: 'rows', path: '/in/rows.csv', location: location('/data/rows.csv') }]), {
      home,
      artifactStores: createArtifactStores(),
      env: { PATH: process.env.PATH },
      onEvent: (event) => event.type === 'step-retrying' && retries.push(event),
    });
    expect(flaky.phase, JSON.stringify(flaky.steps)).toBe('Succeeded');
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ attempt: 2, reason: expect.stringContaining('answered 503 RetriableException: Server too busy') });

    const missing = await runWorkflow(workflow('true', [], [{ name: 'rows', path: '/in/rows.csv', location: location('/data/nothing.csv') }]), {
      home,
      artifactStores: createArtifactStores(),
      env: { PATH: process.env.PATH },
    });
    expect(missing.phase).not.toBe('Succeeded');
    expect(missing.steps[0]?.message).toContain('hdfs:///data/nothing.csv holds no object');
    expect(missing.steps[0]?.message).not.toContain('after 2 attempts');
  });

  it('gives a file its modification time and size as version, and a directory one that changes when any of its files does', async () => {
    const stores = createArtifactStores();
    const context = { stepName: 's', artifactName: 'a' };
    hdfs.files.set('/versions/file', { data: Buffer.from('abc'), mtime: 42 });
    expect(await stores.hdfs?.stat?.(location('/versions/file'), context)).toEqual({ version: '42-3', size: 3 });
    hdfs.files.set('/versions/dir/a', { data: Buffer.from('1'), mtime: 1 });
    hdfs.files.set('/versions/dir/b/c', { data: Buffer.from('2'), mtime: 1 });
    const before = await stores.hdfs?.stat?.(location('/versions/dir'), context);
    expect(before?.version).toMatch(/^[0-9a-f]{64}$/);
    expect(await stores.hdfs?.stat?.(location('/versions/dir'), context)).toEqual(before);
    hdfs.files.set('/versions/dir/b/c', { data: Buffer.from('22'), mtime: 2 });
    expect((await stores.hdfs?.stat?.(location('/versions/dir'), context))?.version).not.toBe(before?.version);
    expect(await stores.hdfs?.stat?.(location('/versions/none'), context)).toBeUndefined();
  });
});

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '@couler/backend-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores, StoreFailure } from '../src/index';
import { startFakeGcs, type FakeGcs } from './support/fake-gcs';

let gcs: FakeGcs;
const home = mkdtempSync(join(tmpdir(), 'couler-gcs-'));

beforeAll(async () => {
  gcs = await startFakeGcs('models');
  gcs.objects.set('raw/rows.csv', { data: Buffer.from('a\nb\n'), generation: 7 });
  gcs.objects.set('raw/dir/one', { data: Buffer.from('1'), generation: 8 });
});
afterAll(async () => {
  await gcs?.close();
  rmSync(home, { recursive: true, force: true });
});

const location = (key: string) => ({ type: 'gcs' as const, bucket: 'models', key });

describe('GCS artifacts through @google-cloud/storage (a loopback server speaking the JSON API)', () => {
  it('downloads a file and a prefix, uploads a small file in one request and a 10 MiB one as a resumable upload', async () => {
    const stores = createArtifactStores({ settings: { gcs: { apiEndpoint: gcs.url, projectId: 'test' } } });
    const summary = await runWorkflow(
      {
        apiVersion: 'couler.dev/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'gcs-data' },
        spec: {
          steps: [
            {
              name: 'copy',
              kind: 'container',
              container: { image: 'alpine:3.20', command: ['sh', '-c', 'cat /in/rows.csv /in/dir/one > /out/small.txt && head -c 10485760 /dev/zero > /out/big.bin'] },
              inputs: { artifacts: [{ name: 'rows', path: '/in/rows.csv', location: location('raw/rows.csv') }, { name: 'dir', path: '/in/dir', location: location('raw/dir') }] },
              outputs: {
                artifacts: [
                  { name: 'small', path: '/out/small.txt', archive: 'none', location: location('out/small.txt') },
                  { name: 'big', path: '/out/big.bin', archive: 'none', location: location('out/big.bin') },
                ],
              },
            },
          ],
        },
      },
      { home, artifactStores: stores, env: { PATH: process.env.PATH } },
    );
    expect(summary.phase, JSON.stringify(summary.steps)).toBe('Succeeded');
    expect(gcs.objects.get('out/small.txt')?.data.toString()).toBe('a\nb\n1');
    expect(gcs.objects.get('out/big.bin')?.data.length).toBe(10 * 1024 * 1024);
    expect(gcs.requests.filter((request) => request.includes('uploadType=multipart'))).toHaveLength(1);
    // The large object: one session, then chunks of at most 8 MiB.
    expect(gcs.requests.filter((request) => request.startsWith('POST /upload/') && request.includes('uploadType=resumable'))).toHaveLength(1);
    expect(gcs.requests.filter((request) => request.startsWith('PUT /upload/')).length).toBeGreaterThanOrEqual(2);
  });

  it('reports the generation as the version a cache keys by, and nothing for an absent object', async () => {
    const stores = createArtifactStores({ settings: { gcs: { apiEndpoint: gcs.url, projectId: 'test' } } });
    const context = { stepName: 's', artifactName: 'a' };
    expect(await stores.gcs?.stat?.(location('raw/rows.csv'), context)).toEqual({ version: '7', size: 4 });
    expect(await stores.gcs?.stat?.(location('raw/none'), context)).toBeUndefined();
  });
});

describe('a hostile bucket', () => {
  it('cannot write outside the directory an input is read into: a key with a ".." part is refused before anything is written', async () => {
    gcs.objects.set('raw/evil/a.txt', { data: Buffer.from('fine'), generation: 9 });
    gcs.objects.set('raw/evil/../../escape.txt', { data: Buffer.from('owned'), generation: 10 });
    const stores = createArtifactStores({ settings: { gcs: { apiEndpoint: gcs.url, projectId: 'test' } } });
    const target = join(home, 'hostile', 'in', 'evil');
    const error = await stores.gcs?.fetch(location('raw/evil'), target, { stepName: 's', artifactName: 'a' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StoreFailure);
    expect((error as StoreFailure).failureKind).toBe('permanent');
    expect((error as Error).message).toContain('gs://models/raw/evil/../../escape.txt cannot be read as a file of the directory gs://models/raw/evil/');
    expect(existsSync(join(home, 'hostile', 'escape.txt'))).toBe(false);
    expect(existsSync(join(target, 'a.txt'))).toBe(false);
  });
});

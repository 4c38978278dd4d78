import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, type ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { DatasetCache, runWorkflow } from '@couler/backend-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores, StoreFailure } from '../src/index';
import { AZURITE_ACCOUNT, AZURITE_KEY, type Azurite, startAzurite } from './support/azurite';

const root = mkdtempSync(join(tmpdir(), 'couler-azure-'));
let azurite: Azurite;
let container: ContainerClient;
const secrets = { 'az-creds': { accountKey: AZURITE_KEY } };
const accountKey = { name: 'az-creds', key: 'accountKey' };
/** A blob name a shell, a template engine or a YAML writer would all misread. */
const HOSTILE = `runs/"q" {{x}} $(id) \${HOME} {% if %}\\n/model.txt`;

beforeAll(async () => {
  azurite = await startAzurite(join(root, 'azurite'));
  const service = new BlobServiceClient(azurite.endpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  container = service.getContainerClient('data');
  await container.create();
  await container.getBlockBlobClient('train/rows.csv').upload('a,1', 3);
  await container.getBlockBlobClient('raw/dir/one').upload('1', 1);
  await container.getBlockBlobClient('raw/dir/sub/two').upload('2', 1);
}, 60_000);
afterAll(async () => {
  await azurite?.close();
  rmSync(root, { recursive: true, force: true });
});

const location = (blob: string) => ({ type: 'azure' as const, container: 'data', blob, endpoint: azurite.endpoint, accountKey });
const text = async (blob: string) => (await container.getBlobClient(blob).downloadToBuffer()).toString();

describe('Azure Blob artifacts through @azure/storage-blob (Azurite, the real emulator, on loopback)', () => {
  it('a run uploads a file and a directory, and the next step downloads both; the account key comes from --secret values', async () => {
    const summary = await runWorkflow(
      {
        apiVersion: 'couler.dev/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'azure-data' },
        spec: {
          secrets: [{ name: 'az-creds', keys: ['accountKey'] }],
          steps: [
            {
              name: 'write',
              kind: 'container',
              container: { image: 'alpine:3.20', command: ['sh', '-c', 'cat /in/dir/one /in/dir/sub/two > /out/model.txt && mkdir -p /out/tree/sub && echo a > /out/tree/a.txt && echo b > /out/tree/sub/b.txt'] },
              inputs: { artifacts: [{ name: 'dir', path: '/in/dir', location: location('raw/dir') }] },
              outputs: {
                artifacts: [
                  { name: 'model', path: '/out/model.txt', archive: 'none', location: location(HOSTILE) },
                  { name: 'tree', path: '/out/tree', archive: 'none', location: location('out/tree') },
                  { name: 'packed', path: '/out/tree', location: location('out/tree.tgz') },
                ],
              },
            },
            {
              name: 'read',
              kind: 'container',
              dependencies: ['write'],
              container: { image: 'alpine:3.20', command: ['sh', '-c', 'test "$(cat /in/model.txt)" = 12 && test "$(cat /in/tree/sub/b.txt)" = b && test "$(cat /in/packed/a.txt)" = a'] },
              inputs: {
                artifacts: [
                  { name: 'model', path: '/in/model.txt', location: location(HOSTILE) },
                  { name: 'tree', path: '/in/tree', location: location('out/tree') },
                  { name: 'packed', path: '/in/packed', location: location('out/tree.tgz') },
                ],
              },
            },
          ],
        },
      },
      { home: join(root, 'home-artifacts'), artifactStores: createArtifactStores({ secrets, env: {} }), env: { PATH: process.env.PATH } },
    );
    expect(summary.phase, JSON.stringify(summary.steps.map((step) => [step.stepName, step.phase, step.message]))).toBe('Succeeded');
    expect(await text(HOSTILE)).toBe('12');
    expect([await text('out/tree/a.txt'), await text('out/tree/sub/b.txt')]).toEqual(['a\n', 'b\n']);
  }, 120_000);

  it('reads the account from AZURE_STORAGE_CONNECTION_STRING when the location names no credentials, and reports the ETag and size', async () => {
    const connectionString = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${azurite.endpoint};`;
    const stores = createArtifactStores({ env: { AZURE_STORAGE_CONNECTION_STRING: connectionString } });
    const context = { stepName: 's', artifactName: 'a' };
    const { etag } = await container.getBlobClient('train/rows.csv').getProperties();
    expect(await stores.azure?.stat?.({ type: 'azure', container: 'data', blob: 'train/rows.csv' }, context)).toEqual({ version: etag, size: 3 });
    expect(await stores.azure?.stat?.({ type: 'azure', container: 'data', blob: 'train/none' }, context)).toBeUndefined();
  });

  it('a wrong account key is a permanent failure naming the blob, and a missing secret says how to pass it', async () => {
    const wrong = createArtifactStores({ secrets: { 'az-creds': { accountKey: Buffer.from('not the key').toString('base64') } }, env: {} });
    const error = await wrong.azure?.fetch(location('train/rows.csv'), join(root, 'wrong', 'rows.csv'), { stepName: 's', artifactName: 'a' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StoreFailure);
    expect((error as StoreFailure).failureKind).toBe('permanent');
    expect((error as Error).message).toContain('azure://data/train/rows.csv');
    const missing = await createArtifactStores({ env: {} }).azure?.fetch(location('train/rows.csv'), join(root, 'missing', 'rows.csv'), { stepName: 's', artifactName: 'a' }).catch((thrown: unknown) => thrown);
    expect((missing as Error).message).toContain('couler run --secret az-creds=accountKey=…');
  });
});

describe('an Azure dataset on the local engine', () => {
  const downloads = () => azurite.requests.filter((request) => /^GET \/devstoreaccount1\/data\/train\/rows\.csv(\?|$)/.test(request)).length;
  const readers = (expected: string) => ({
    apiVersion: 'couler.dev/v1alpha1' as const,
    kind: 'Workflow' as const,
    metadata: { name: 'azure-readers' },
    spec: {
      secrets: [{ name: 'az-creds', keys: ['accountKey'] }],
      datasets: [{ name: 'train-rows', owner: 'alice', source: location('train/rows.csv') }],
      steps: [1, 2, 3].map((index) => ({
        name: `reader-${index}`,
        kind: 'container' as const,
        container: { image: 'alpine:3.20', command: ['sh', '-c', `test "$(cat /in/rows.csv)" = '${expected}'`] },
        inputs: { artifacts: [{ name: 'rows', path: '/in/rows.csv', dataset: 'train-rows' }] },
      })),
    },
  });
  const home = join(root, 'home-datasets');
  const run = (expected: string) => runWorkflow(readers(expected), { home, artifactStores: createArtifactStores({ secrets, env: {} }), env: { PATH: process.env.PATH } });

  it('three steps in two runs download the blob once; a new ETag downloads it once more', async () => {
    const before = downloads();
    const first = await run('a,1');
    expect(first.phase, JSON.stringify(first.steps.map((step) => [step.stepName, step.phase, step.message]))).toBe('Succeeded');
    expect((await run('a,1')).phase).toBe('Succeeded');
    expect(downloads() - before).toBe(1);
    await container.getBlockBlobClient('train/rows.csv').upload('a,2', 3);
    expect((await run('a,2')).phase).toBe('Succeeded');
    expect(downloads() - before).toBe(2);
    const [entry] = await new DatasetCache({ root: join(home, 'datasets') }).list();
    expect(entry).toMatchObject({ name: 'train-rows', owner: 'alice', source: `azure://data/train/rows.csv at ${azurite.endpoint}`, bytes: 3 });
  }, 120_000);
});

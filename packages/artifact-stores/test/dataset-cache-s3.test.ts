import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DatasetCache, runWorkflow } from '@couler/backend-local';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores } from '../src/index';

// The server checks each request's signature against this pair: a run that read without the
// secret it was given fails.
const ACCESS_KEY = 'COULERDATASETKEY';
const SECRET_KEY = 'dataset-secret-8d1c';
createRequire(import.meta.url)('s3rver/lib/models/account.js').DUMMY_ACCOUNT.createKeyPair(ACCESS_KEY, SECRET_KEY);

const root = mkdtempSync(join(tmpdir(), 'couler-dataset-s3-'));
const home = join(root, 'home');
let server: S3rver;
let client: S3Client;
let endpoint = '';
/** Every request the server answered: `METHOD /bucket/key?query`. */
const requests: string[] = [];
/** Downloads of the dataset's object, from the server's own log (HEADs are version checks). */
const downloads = () => requests.filter((request) => /^GET \/data\/train\/rows\.csv(\?|$)/.test(request)).length;

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(root, 's3'), silent: true, configureBuckets: [{ name: 'data', configs: [] }] });
  (server as unknown as { middleware: Array<(context: { method: string; url: string }, next: () => Promise<void>) => Promise<void>> }).middleware.unshift(async (context, next) => {
    requests.push(`${context.method} ${context.url}`);
    await next();
  });
  const { port } = await server.run();
  endpoint = `127.0.0.1:${port}`;
  client = new S3Client({ endpoint: `http://${endpoint}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY } });
  await client.send(new PutObjectCommand({ Bucket: 'data', Key: 'train/rows.csv', Body: 'a,1' }));
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Five steps at once, each checking that its copy of the dataset holds `expect`. */
function fiveReaders() {
  const reader = (index: number) => ({
    name: `reader-${index}`,
    kind: 'container' as const,
    container: { image: 'alpine:3.20', command: ['sh', '-c', 'test "$(cat /in/rows.csv)" = "$1"', 'sh'], args: [{ ref: 'parameter' as const, name: 'expect' }] },
    inputs: { artifacts: [{ name: 'rows', path: '/in/rows.csv', dataset: 'train-rows' }] },
  });
  return {
    apiVersion: 'couler.dev/v1alpha1' as const,
    kind: 'Workflow' as const,
    metadata: { name: 'five-readers' },
    spec: {
      parameters: [{ name: 'expect', type: 'string' as const }],
      secrets: [{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }],
      datasets: [
        {
          name: 'train-rows',
          owner: 'alice',
          source: { type: 's3' as const, bucket: 'data', key: 'train/rows.csv', endpoint, insecure: true, accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } },
        },
      ],
      steps: [1, 2, 3, 4, 5].map(reader),
    },
  };
}

async function run(expect: string) {
  const artifactStores = createArtifactStores({ secrets: { 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }, env: {} });
  return runWorkflow(fiveReaders(), { home, artifactStores, parameters: { expect }, env: { PATH: process.env.PATH } });
}

describe('datasets on the local engine (a real S3-compatible server on loopback, the real AWS SDK)', () => {
  it('five steps in two runs download the object once; after it changes, two runs at once download it once more', async () => {
    const first = await run('a,1');
    expect(first.phase, JSON.stringify(first.steps.map((step) => [step.stepName, step.phase, step.message]))).toBe('Succeeded');
    expect(downloads()).toBe(1);
    const second = await run('a,1');
    expect(second.phase).toBe('Succeeded');
    expect(downloads()).toBe(1);

    await client.send(new PutObjectCommand({ Bucket: 'data', Key: 'train/rows.csv', Body: 'a,2' }));
    const [third, fourth] = await Promise.all([run('a,2'), run('a,2')]);
    expect([third.phase, fourth.phase]).toEqual(['Succeeded', 'Succeeded']);
    expect(downloads()).toBe(2);

    const [entry] = await new DatasetCache({ root: join(home, 'datasets') }).list();
    expect(entry).toMatchObject({ name: 'train-rows', owner: 'alice', source: `s3://data/train/rows.csv at ${endpoint}`, bytes: 3 });
  });
});

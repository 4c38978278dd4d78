import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { runWorkflow } from '@couler/backend-local';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores } from '../src/index';

const ACCESS_KEY = 'COULERDATASTEPKEY';
const SECRET_KEY = 'data-step-secret-41f7';
createRequire(import.meta.url)('s3rver/lib/models/account.js').DUMMY_ACCOUNT.createKeyPair(ACCESS_KEY, SECRET_KEY);

const root = mkdtempSync(join(tmpdir(), 'couler-data-step-s3-'));
let server: S3rver;
let endpoint = '';

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(root, 's3'), silent: true, configureBuckets: [{ name: 'ml', configs: [] }] });
  const { port } = await server.run();
  endpoint = `127.0.0.1:${port}`;
  const client = new S3Client({ endpoint: `http://${endpoint}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY } });
  // A file beside the prefix: listing "raw/images" must not take "raw/images-old/…".
  for (const key of ['raw/images/cat.png', 'raw/images/dog.png', 'raw/images/notes.txt', 'raw/images/ü $(id) {{x}}.png', 'raw/images-old/cow.png']) {
    await client.send(new PutObjectCommand({ Bucket: 'ml', Key: key, Body: key }));
  }
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const location = (key: string) => ({ type: 's3' as const, bucket: 'ml', key, endpoint, insecure: true, accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } });

/** A data step over `key`, and a step per listed file that writes the file name it got. */
function listing(key: string, expressions: string[]) {
  return {
    apiVersion: 'couler.dev/v1alpha1' as const,
    kind: 'Workflow' as const,
    metadata: { name: 'listing' },
    spec: {
      secrets: [{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }],
      steps: [
        { name: 'files', kind: 'data' as const, data: { source: { artifactPaths: location(key) }, transformation: expressions.map((expression) => ({ expression })) } },
        { name: 'each', kind: 'container' as const, map: { from: { ref: 'step' as const, step: 'files', output: 'result' } }, container: { image: 'alpine:3.20', command: ['printf', '%s'], args: [{ ref: 'item' as const }] } },
      ],
    },
  };
}

async function run(key: string, expressions: string[]) {
  const artifactStores = createArtifactStores({ secrets: { 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }, env: {} });
  return runWorkflow(listing(key, expressions), { home: join(root, 'home'), artifactStores, env: { PATH: process.env.PATH } });
}

describe('data steps on the local engine (a real S3-compatible server on loopback, the real AWS SDK)', () => {
  it('lists the keys under the location, filters and maps them, and a map fans out over the list', async () => {
    const summary = await run('raw/images', ['filter(data, {# endsWith ".png"})', 'map(data, {trimPrefix(#, "raw/images/")})', 'filter(data, # != "dog.png")']);
    const steps = summary.steps.map((step) => [step.stepName, step.phase, step.message]);
    expect(summary.phase, JSON.stringify(steps)).toBe('Succeeded');
    const files = summary.steps.find((step) => step.stepName === 'files')!;
    expect(JSON.parse(files.outputs.result!)).toEqual(['cat.png', 'ü $(id) {{x}}.png']);
    const each = summary.steps.filter((step) => step.stepName === 'each').map((step) => step.outputs.result);
    expect(each.sort()).toEqual(['cat.png', 'ü $(id) {{x}}.png']);
  });

  it('fails the step, naming the location, when nothing is there; and names the transformation that fails on the list', async () => {
    const empty = await run('raw/none', []);
    // As a missing input artifact: the store found nothing, an Error of the step, not a failure of its work.
    expect(empty.phase).toBe('Error');
    expect(empty.steps.find((step) => step.stepName === 'files')!.message).toMatch(/raw\/none holds no object, and no objects under/);
    const bad = await run('raw/images', ['map(data, {# + 1})']);
    expect(bad.phase).toBe('Failed');
    expect(bad.steps.find((step) => step.stepName === 'files')!.message).toContain('Transformation 0 of data step "files" ("map(data, {# + 1})") failed: "+" needs a number');
  });
});

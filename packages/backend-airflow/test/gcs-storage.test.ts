import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArtifactLocation } from '@couler/ir';
import { compileToAirflow, resolveAirflowSettings, type AirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { FakeGcs } from './support/fake-gcs';
import { FakeS3 } from './support/fake-s3';
import { HOSTILE_KEY, HOSTILE_TEXT, locatedRoundTrip } from './support/located-artifact';
import { hasJinja } from './support/python';
import { runTaskPod } from './support/run-pod';

/**
 * Artifacts at GCS locations, moved by the generated pod for real against Google's services on
 * loopback (see FakeGcs): the sidecar signs a JWT with the service-account key the test made, the
 * token endpoint verifies it with the key's public half, and the JSON API only answers the token
 * it issued. Without a key the token comes from the metadata server (GCE_METADATA_HOST).
 */
const CLIENT_EMAIL = 'couler-runner@couler-test.iam.gserviceaccount.com';
const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const { publicKey, privateKey } = keyPair();
const fake = new FakeGcs({ clientEmail: CLIENT_EMAIL, publicKey });
const root = mkdtempSync(join(tmpdir(), "couler gcs '"));
const RUN_ID = 'manual__2026-12-06 "x" $(id) {{ run }}';

/** A service-account key file as the Cloud console downloads it, with the token URI on loopback. */
const keyFile = (pem: string) =>
  JSON.stringify({
    type: 'service_account',
    project_id: 'couler-test',
    private_key_id: '5f1c0ffee',
    private_key: pem,
    client_email: CLIENT_EMAIL,
    client_id: '1234567890',
    token_uri: fake.tokenUri,
  });

beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
});

const location = (key: string, withKey = true): ArtifactLocation => ({ type: 'gcs', bucket: 'couler-models', key, ...(withKey && { serviceAccountKey: { name: 'gcs', key: 'key.json' } }) });
const compile = (workflow: ReturnType<typeof locatedRoundTrip>, settings: AirflowSettings = {}) => compileToAirflow(workflow, resolveAirflowSettings({ airflowVersion: 3, ...settings } as Record<string, unknown>)).source;
const task = (dagId: string, taskId: string, xcom: Record<string, unknown> = {}, secrets: Record<string, string> = { 'key.json': keyFile(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) }) => ({ dagId, taskId, runId: RUN_ID, xcom, secrets });
/** The JSON API's endpoint for the producer's output and the reader's input; the metadata server. */
const env = (metadataHost = fake.metadataHost) => ({ env: { COULER_OUTPUT_0_ENDPOINT: fake.endpoint, COULER_INPUT_0_ENDPOINT: fake.endpoint, GCE_METADATA_HOST: metadataHost } });

describe.skipIf(!hasJinja)('artifacts at GCS locations, run for real', () => {
  it('uploads a file under a hostile key with a token for the service-account key, and the reader downloads it byte for byte', async () => {
    const path = join(root, 'file out', `it's "x" $(touch pwned) {{ y }}.txt`);
    const source = compile(locatedRoundTrip('gcs-file', location(HOSTILE_KEY), path, 'file'));
    // No metadata server: the token can only come from the key.
    const producer = await runTaskPod(root, source, task('gcs-file', 'produce'), env('127.0.0.1:1'));
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    expect(producer.sidecar?.status).toBe(0);
    expect(fake.object('couler-models', HOSTILE_KEY)?.body.toString('utf8')).toBe(HOSTILE_TEXT);
    expect(Buffer.from(producer.pushed?.['artifact:data'] ?? '', 'base64').toString('utf8')).toBe(`gs://couler-models/${HOSTILE_KEY}`);
    // The key file reaches the sidecar only.
    expect(Object.values(producer.pod.base.env).join('\n')).not.toContain('PRIVATE KEY');
    expect(producer.pod.sidecar?.env.COULER_OUTPUT_0_SERVICE_ACCOUNT_KEY).toContain('PRIVATE KEY');

    const consumer = await runTaskPod(root, source, task('gcs-file', 'consume', { produce: producer.pushed }), env('127.0.0.1:1'));
    expect(consumer.base.stderr).toBe('');
    expect(consumer.base.status).toBe(0);
    expect(readFileSync(`${path} read`, 'utf8')).toBe(HOSTILE_TEXT);
  });

  it('without a key, uses the metadata server\'s token (Workload Identity), and moves a directory marked couler-archive', async () => {
    const path = join(root, 'tree {{ out }}');
    const source = compile(locatedRoundTrip('gcs-tree', location('trees/tree $(x) ✓', false), path, 'directory'));
    const producer = await runTaskPod(root, source, task('gcs-tree', 'produce', {}, {}), env());
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    expect(fake.object('couler-models', 'trees/tree $(x) ✓')?.metadata).toEqual({ 'couler-archive': 'tar' });
    const consumer = await runTaskPod(root, source, task('gcs-tree', 'consume', { produce: producer.pushed }, {}), env());
    expect(consumer.base.stderr).toBe('');
    expect(readFileSync(join(`${path} read`, 'a.txt'), 'utf8')).toBe(HOSTILE_TEXT);
    expect(readFileSync(join(`${path} read`, 'sub dir', "b's.txt"), 'utf8')).toBe("b's");
  });

  it('fails the step naming the token endpoint\'s refusal when the key is not the service account\'s, and the missing metadata server without a key', async () => {
    const source = compile(locatedRoundTrip('gcs-wrong', location('wrong.txt'), join(root, 'wrong.txt'), 'file'));
    const otherKey = keyPair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const producer = await runTaskPod(root, source, task('gcs-wrong', 'produce', {}, { 'key.json': keyFile(otherKey) }), env());
    expect(producer.base.status).not.toBe(0);
    expect(producer.base.stderr).toContain(`put gs://couler-models/wrong.txt: ${fake.tokenUri} refused the service-account key of ${CLIENT_EMAIL}: 400 Bad Request`);
    expect(producer.base.stderr).toContain('Invalid JWT Signature.');
    expect(fake.object('couler-models', 'wrong.txt')).toBeUndefined();

    const keyless = compile(locatedRoundTrip('gcs-keyless', location('wrong.txt', false), join(root, 'keyless.txt'), 'file'));
    const orphan = await runTaskPod(root, keyless, task('gcs-keyless', 'produce', {}, {}), env('127.0.0.1:1'));
    expect(orphan.base.status).not.toBe(0);
    expect(orphan.base.stderr).toContain('no serviceAccountKey is set, and the metadata server 127.0.0.1:1 cannot be reached');
    expect(orphan.base.stderr).toContain('give the location a serviceAccountKey secret, or run the pod with Workload Identity');
  });

  it('fails the reading step with GCS\'s 404 when the object is missing, and a key file that is not one', async () => {
    const source = compile(locatedRoundTrip('gcs-missing', location('missing.txt'), join(root, 'missing.txt'), 'file'));
    const consumer = await runTaskPod(root, source, task('gcs-missing', 'consume'), env());
    expect(consumer.base.status).not.toBe(0);
    expect(consumer.base.stderr).toContain('GET gs://couler-models/missing.txt answered 404 Not Found');
    expect(consumer.base.stderr).toContain('No such object: couler-models/missing.txt');
    const garbled = await runTaskPod(root, source, task('gcs-missing', 'consume', {}, { 'key.json': keyFile('-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n') }), env());
    expect(garbled.base.stderr).toContain('the private_key of the service-account key is not an RSA private key in PEM');
  });

  it('keeps a gs:// artifact store with HMAC keys on GCS\'s S3-interoperable XML API (SigV4)', async () => {
    const xml = new FakeS3('GOOGHMACKEY', 'hmac-secret', 'auto');
    await xml.start();
    try {
      const workflow = locatedRoundTrip('gcs-store', location('unused'), join(root, 'store.txt'), 'file');
      const stored = { ...workflow, spec: { ...workflow.spec, steps: workflow.spec.steps.map((step) => ({ ...step, outputs: step.outputs && { artifacts: step.outputs.artifacts!.map(({ location: _, ...artifact }) => artifact) } })) } } as typeof workflow;
      const source = compile(stored, { artifactStore: { url: 'gs://couler-store/runs', endpoint: xml.endpoint, secretName: 'hmac' } });
      const producer = await runTaskPod(root, source, task('gcs-store', 'produce', {}, { AWS_ACCESS_KEY_ID: 'GOOGHMACKEY', AWS_SECRET_ACCESS_KEY: 'hmac-secret' }));
      expect(producer.base.stderr).toBe('');
      expect(xml.object('couler-store', `runs/gcs-store/${RUN_ID}/produce/artifacts/data`)?.body.toString('utf8')).toBe(HOSTILE_TEXT);
    } finally {
      await xml.stop();
    }
  });
});

describe('GCS locations in the DAG file', () => {
  it('gives the sidecar alone the service-account key, from its Secret', () => {
    const dag = compileChecked(locatedRoundTrip('gcs-dag', location('in/{{ x }}.csv'), '/data/in', 'file'));
    expect(dag.task('produce').pod?.containers).toEqual(['base', 'couler-transfer']);
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_OUTPUT_0", value="gs://couler-models/in/{{ \'{\' }}{ x }}.csv")');
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_OUTPUT_0_SERVICE_ACCOUNT_KEY", value_from=k8s.V1EnvVarSource(secret_key_ref=k8s.V1SecretKeySelector(name="gcs", key="key.json")))');
  });
});

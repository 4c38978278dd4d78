import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSFER_SOURCE } from '@couler/ir';
import { compileToAirflow, resolveAirflowSettings } from '../src/index';
import { runPython } from '../src/validate/run-python';
import { compileChecked } from './support/compile-checked';
import { FakeOss } from './support/fake-oss';
import { HOSTILE_KEY, HOSTILE_TEXT, locatedRoundTrip } from './support/located-artifact';
import { hasJinja } from './support/python';
import { runTaskPod } from './support/run-pod';

/**
 * Artifacts at Alibaba OSS locations, moved by the generated pod for real: the DAG file's transfer
 * tool as the sidecar and its wrapper as the base container, against an OSS server on loopback
 * that checks every request's OSS signature (see FakeOss).
 */
const ACCESS_KEY_ID = 'LTAI5tCoulerTest';
const ACCESS_KEY_SECRET = 'oss/secret+with=chars';
const fake = new FakeOss(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
const root = mkdtempSync(join(tmpdir(), "couler oss '"));
const RUN_ID = 'manual__2026-12-06 "x" $(id) {{ run }}';
const SECRETS = { id: ACCESS_KEY_ID, secret: ACCESS_KEY_SECRET };

beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
});

const location = (key: string) => ({ type: 'oss' as const, bucket: 'couler-models', key, endpoint: fake.endpoint, accessKey: { name: 'oss', key: 'id' }, secretKey: { name: 'oss', key: 'secret' } });
const compile = (workflow: ReturnType<typeof locatedRoundTrip>) => compileToAirflow(workflow, resolveAirflowSettings({ airflowVersion: 3 })).source;
const task = (dagId: string, taskId: string, xcom: Record<string, unknown> = {}, secrets: Record<string, string> = SECRETS) => ({ dagId, taskId, runId: RUN_ID, xcom, secrets });

describe.skipIf(!hasJinja)('artifacts at OSS locations, run for real', () => {
  it('uploads a file under a hostile key with the location\'s own keys, and the reader downloads it byte for byte', async () => {
    const path = join(root, 'file out', `it's "x" $(touch pwned) {{ y }}.txt`);
    const source = compile(locatedRoundTrip('oss-file', location(HOSTILE_KEY), path, 'file'));
    const producer = await runTaskPod(root, source, task('oss-file', 'produce'));
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    expect(producer.sidecar?.status).toBe(0);
    expect(fake.object('couler-models', HOSTILE_KEY)?.body.toString('utf8')).toBe(HOSTILE_TEXT);
    expect(Buffer.from(producer.pushed?.['artifact:data'] ?? '', 'base64').toString('utf8')).toBe(`oss://couler-models/${HOSTILE_KEY}`);
    // The keys reach the sidecar only.
    expect(Object.values(producer.pod.base.env).join('\n')).not.toContain(ACCESS_KEY_SECRET);

    const consumer = await runTaskPod(root, source, task('oss-file', 'consume', { produce: producer.pushed }));
    expect(consumer.base.stderr).toBe('');
    expect(consumer.base.status).toBe(0);
    expect(readFileSync(`${path} read`, 'utf8')).toBe(HOSTILE_TEXT);
  });

  it('moves a directory as a tar archive marked x-oss-meta-couler-archive, unpacked at the reader\'s path', async () => {
    const path = join(root, 'tree {{ out }}');
    const source = compile(locatedRoundTrip('oss-tree', location('trees/tree $(x)'), path, 'directory'));
    const producer = await runTaskPod(root, source, task('oss-tree', 'produce'));
    expect(producer.base.stderr).toBe('');
    expect(fake.object('couler-models', 'trees/tree $(x)')?.metadata['x-oss-meta-couler-archive']).toBe('tar');
    const consumer = await runTaskPod(root, source, task('oss-tree', 'consume', { produce: producer.pushed }));
    expect(consumer.base.stderr).toBe('');
    expect(readFileSync(join(`${path} read`, 'a.txt'), 'utf8')).toBe(HOSTILE_TEXT);
    expect(readFileSync(join(`${path} read`, 'sub dir', "b's.txt"), 'utf8')).toBe("b's");
  });

  it('fails the step with OSS\'s answer when the secret is wrong, and when the object is missing', async () => {
    const source = compile(locatedRoundTrip('oss-wrong', location('wrong.txt'), join(root, 'wrong.txt'), 'file'));
    const producer = await runTaskPod(root, source, task('oss-wrong', 'produce', {}, { id: ACCESS_KEY_ID, secret: 'not the secret' }));
    expect(producer.base.status).not.toBe(0);
    expect(producer.base.stderr).toContain('PUT oss://couler-models/wrong.txt answered 403 Forbidden');
    expect(producer.base.stderr).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(fake.object('couler-models', 'wrong.txt')).toBeUndefined();

    const consumer = await runTaskPod(root, source, task('oss-wrong', 'consume', { produce: { result: '' } }));
    expect(consumer.base.status).not.toBe(0);
    expect(consumer.base.stderr).toContain('GET oss://couler-models/wrong.txt answered 404 Not Found');
    expect(consumer.base.stderr).toContain('<Code>NoSuchKey</Code>');
  });
});

describe('OSS locations in the DAG file', () => {
  it('gives the sidecar the endpoint (https unless http:// is written) and the keys from their Secret', () => {
    const dag = compileChecked(locatedRoundTrip('oss-dag', { ...location('in/{{ x }}.csv'), endpoint: 'oss-cn-hangzhou.aliyuncs.com' }, '/data/in', 'file'));
    expect(dag.task('produce').pod?.containers).toEqual(['base', 'couler-transfer']);
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_OUTPUT_0", value="oss://couler-models/in/{{ \'{\' }}{ x }}.csv")');
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_OUTPUT_0_ENDPOINT", value="https://oss-cn-hangzhou.aliyuncs.com")');
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_OUTPUT_0_SECRET_KEY", value_from=k8s.V1EnvVarSource(secret_key_ref=k8s.V1SecretKeySelector(name="oss", key="secret")))');
  });

  it('addresses the bucket in the host name (bucket.endpoint) as OSS\'s SDKs do, and in the path only on an IP endpoint', () => {
    const target = (endpoint: string) => {
      const program = `${TRANSFER_SOURCE.replace('if __name__ == "__main__":', 'if False:')}\nprint(oss_target("oss://models/a b/ü.txt", ${JSON.stringify(endpoint)}))`;
      return runPython(['-c', program]).stdout.trim();
    };
    expect(target('https://oss-cn-hangzhou.aliyuncs.com')).toBe("('https', 'models.oss-cn-hangzhou.aliyuncs.com', '/a%20b/%C3%BC.txt', '/models/a b/ü.txt')");
    expect(target('http://10.0.0.7:8080')).toBe("('http', '10.0.0.7:8080', '/models/a%20b/%C3%BC.txt', '/models/a b/ü.txt')");
  });
});

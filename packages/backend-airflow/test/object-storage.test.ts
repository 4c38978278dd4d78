import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoulerError, type Step, type Workflow } from '@couler/ir';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings, type AirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { FakeS3 } from './support/fake-s3';
import { hostileString } from './support/hostile-string';
import { container, irWorkflow, output } from './support/ir';
import { hasJinja } from './support/python';
import { pushedXcom, readPod, runPod } from './support/run-pod';

/**
 * The generated pods run for real: the DAG file's own transfer tool (python3) as the sidecar and
 * its wrapper (`sh`) as the base container, their templated fields rendered by jinja2, against an
 * S3 server on loopback that checks every SigV4 signature. Only the shared directory and the XCom
 * directory are moved under a temporary folder.
 */
const ACCESS = 'AKIDCOULERTEST';
const SECRET = 'secret/with+chars=';
const fake = new FakeS3(ACCESS, SECRET);
const directory = mkdtempSync(join(tmpdir(), "couler storage '"));
// Paths and a run id a user could write: spaces, quotes, $( ), Jinja braces, a ".." segment.
const hostilePath = (name: string) => join(directory, `${name} dir`, `it's "${name}" $(touch pwned) {{ x }}.txt`);
const RUN_ID = 'manual__2026-12-02 "x" $(id) {{ run }}/../up';
const PAYLOAD = 'line 1\nit\'s "quoted" $(not run) {{ not rendered }} ünïcode\n\n';

beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(directory, { recursive: true, force: true });
});

const settings = (extra: AirflowSettings = {}): AirflowSettings => ({
  airflowVersion: 3,
  artifactStore: { url: 's3://couler-bucket/runs', endpoint: fake.endpoint, secretName: 'couler-artifacts' },
  ...extra,
});

function compile(workflow: Workflow, extra: AirflowSettings = {}): string {
  return compileToAirflow(workflow, resolveAirflowSettings(settings(extra) as Record<string, unknown>)).source;
}

let runs = 0;
/** Runs one task's pod in fresh directories; returns its exit, its XCom and the sidecar's exit. */
async function run(
  source: string,
  dagId: string,
  taskId: string,
  xcom: Record<string, unknown> = {},
  secrets: Record<string, string> = { AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: SECRET },
  options: Parameters<typeof runPod>[2] = {},
) {
  runs += 1;
  const shared = join(directory, `pod ${runs}`, 'shared');
  const xcomDirectory = join(directory, `pod ${runs}`, 'xcom');
  const pod = readPod(source, { taskId, dagId, runId: RUN_ID, xcom, secrets });
  const { base, sidecar } = await runPod(pod, { shared, xcom: xcomDirectory }, options);
  const pushed = pushedXcom(xcomDirectory);
  return { base, sidecar, pushed, pod };
}

const decode = (value: string | undefined) => Buffer.from(value ?? '', 'base64').toString('utf8');

describe.skipIf(!hasJinja)('artifacts through object storage, run for real', () => {
  const produced = hostilePath('produced');
  const consumed = hostilePath('consumed');
  const copied = join(directory, 'copied.txt');
  const artifactWorkflow = irWorkflow('storage-e2e', [
    container('produce', { env: [{ name: 'OUT', value: produced }, { name: 'TEXT', value: PAYLOAD }], outputs: { artifacts: [{ name: 'report', path: produced }] } }, {
      image: 'busybox',
      command: ['sh', '-c'],
      args: ['mkdir -p "$(dirname "$OUT")" && printf "%s" "$TEXT" > "$OUT"'],
    }),
    container('consume', { env: [{ name: 'IN', value: consumed }, { name: 'COPY', value: copied }], inputs: { artifacts: [{ name: 'report', path: consumed, from: output('produce', 'report') }] } }, {
      image: 'busybox',
      command: ['sh', '-c'],
      args: ['cat "$IN" > "$COPY"'],
    }),
  ] as Step[]);

  it('uploads an output artifact under <store>/<dag_id>/<run_id>/<task_id>/artifacts/<name>, pushes its URL, and the next pod reads it at its own path', async () => {
    const source = compile(artifactWorkflow);
    const producer = await run(source, 'storage-e2e', 'produce');
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    // The sidecar stops by itself once the wrapper is done.
    expect(producer.sidecar?.status).toBe(0);
    const key = `runs/storage-e2e/${RUN_ID}/produce/artifacts/report`;
    expect(fake.object('couler-bucket', key)?.body.toString('utf8')).toBe(PAYLOAD);
    // The object's URL is a parameter downstream tasks can read.
    expect(decode(producer.pushed?.['artifact:report'])).toBe(`s3://couler-bucket/${key}`);

    const consumer = await run(source, 'storage-e2e', 'consume', { produce: producer.pushed });
    expect(consumer.base.stderr).toBe('');
    expect(consumer.base.status).toBe(0);
    expect(consumer.sidecar?.status).toBe(0);
    expect(readFileSync(consumed, 'utf8')).toBe(PAYLOAD);
    expect(readFileSync(copied, 'utf8')).toBe(PAYLOAD);
    // The credentials reach the sidecar only.
    expect(Object.values(consumer.pod.base.env).join('\n')).not.toContain(SECRET);
  });

  it('moves a directory as a tar archive and unpacks it at the reader\'s path', async () => {
    const tree = join(directory, 'tree out');
    const unpacked = join(directory, 'tree in');
    const workflow = irWorkflow('storage-tree', [
      container('produce', { env: [{ name: 'OUT', value: tree }], outputs: { artifacts: [{ name: 'tree', path: tree }] } }, {
        command: ['sh', '-c'],
        args: ['mkdir -p "$OUT/sub dir" && printf a > "$OUT/a.txt" && printf "b\'s" > "$OUT/sub dir/b.txt"'],
      }),
      container('consume', { inputs: { artifacts: [{ name: 'tree', path: unpacked, from: output('produce', 'tree') }] } }, { command: ['true'], args: [] }),
    ] as Step[]);
    const source = compile(workflow);
    const producer = await run(source, 'storage-tree', 'produce');
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    expect(fake.object('couler-bucket', `runs/storage-tree/${RUN_ID}/produce/artifacts/tree`)?.metadata['x-amz-meta-couler-archive']).toBe('tar');
    const consumer = await run(source, 'storage-tree', 'consume', { produce: producer.pushed });
    expect(consumer.base.stderr).toBe('');
    expect(readFileSync(join(unpacked, 'a.txt'), 'utf8')).toBe('a');
    expect(readFileSync(join(unpacked, 'sub dir', 'b.txt'), 'utf8')).toBe("b's");
  });

  it('fails the reading pod with the store\'s answer when the object is missing', async () => {
    const source = compile(artifactWorkflow);
    const missing = { result: '', 'artifact:report': Buffer.from('s3://couler-bucket/runs/nowhere/report').toString('base64') };
    const consumer = await run(source, 'storage-e2e', 'consume', { produce: missing });
    expect(consumer.base.status).not.toBe(0);
    expect(consumer.base.stderr).toContain('GET s3://couler-bucket/runs/nowhere/report answered 404');
    expect(consumer.base.stderr).toContain('NoSuchKey');
    expect(consumer.sidecar?.status).toBe(0);
  });

  it('fails the step, naming the sidecar and its image, when the sidecar never takes a request', async () => {
    const source = compile(artifactWorkflow);
    const producer = await run(source, 'storage-e2e', 'produce', {}, undefined, { withoutSidecar: true, sidecarTimeout: 2 });
    expect(producer.base.status).not.toBe(0);
    expect(producer.base.stderr).toContain('the couler-transfer sidecar did not take request 1 within 2 s; check that its image (the transferImage setting) can be pulled');
  });

  it('stops the sidecar when the step\'s container is killed without its exit trap, so the pod can end', async () => {
    const workflow = irWorkflow('storage-killed', [container('sleepy', { outputs: { artifacts: [{ name: 'never', path: '/nonexistent/never' }] } }, { command: ['sleep'], args: ['30'] })] as Step[]);
    const pod = await run(compile(workflow), 'storage-killed', 'sleepy', {}, undefined, { killBaseAfterMs: 1000, heartbeatTimeout: 2 });
    expect(pod.base.status).toBeNull(); // killed by a signal
    expect(pod.sidecar?.status).toBe(1);
    expect(pod.sidecar?.stderr).toContain("the step's container stopped without finishing");
  });

  it('fails the writing pod when the store refuses the signature (wrong secret)', async () => {
    const source = compile(artifactWorkflow);
    const producer = await run(source, 'storage-e2e', 'produce', {}, { AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: 'wrong' });
    expect(producer.base.status).not.toBe(0);
    expect(producer.base.stderr).toContain('answered 403');
    expect(producer.base.stderr).toContain('SignatureDoesNotMatch');
  });

  it('passes a value too large for XCom as a couler-object pointer that the reading pod resolves', async () => {
    const big = `${'x'.repeat(300)}\n${PAYLOAD}`.trimEnd();
    const received = join(directory, 'received.txt');
    const workflow = irWorkflow('storage-large', [
      container('produce', { env: [{ name: 'BIG', value: big }] }, { command: ['sh', '-c'], args: ['printf "%s" "$BIG"'] }),
      container('consume', { env: [{ name: 'OUT', value: received }] }, { command: ['sh', '-c'], args: ['printf "%s|%s" "$1" "$2" > "$OUT"', 'sh', output('produce'), 'small'] }),
    ] as Step[]);
    const source = compile(workflow, { xcomMaxBytes: 64 });
    const producer = await run(source, 'storage-large', 'produce');
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    const pointer = decode(producer.pushed?.result);
    expect(pointer).toBe(`couler-object:s3://couler-bucket/runs/storage-large/${RUN_ID}/produce/outputs/result`);
    const consumer = await run(source, 'storage-large', 'consume', { produce: producer.pushed });
    expect(consumer.base.stderr).toBe('');
    expect(readFileSync(received, 'utf8')).toBe(`${big}|small`);
  });

  it('fails the reading pod naming Linux’s limit when a value read back from the store is too large for an argument (not E2BIG)', async () => {
    const workflow = irWorkflow('storage-too-large', [
      container('produce', {}, { command: ['sh', '-c'], args: ['head -c 140000 /dev/zero | tr "\\0" x'] }),
      container('consume', {}, { command: ['sh', '-c'], args: ['echo "${#1}"', 'sh', output('produce')] }),
    ] as Step[]);
    const source = compile(workflow);
    const producer = await run(source, 'storage-too-large', 'produce');
    expect(producer.base.status).toBe(0);
    expect(decode(producer.pushed?.result)).toMatch(/^couler-object:/);
    const consumer = await run(source, 'storage-too-large', 'consume', { produce: producer.pushed });
    expect(consumer.base.status).toBe(1);
    expect(consumer.base.stderr).toBe(
      'couler: word 5 of the command line is 140000 bytes once read from object storage; Linux starts no command with an argument of 131072 bytes or more (MAX_ARG_STRLEN). Read the value as an input artifact (a file) instead.\n',
    );
  });

  it.each([
    ['with', {}],
    ['without', { artifactStore: undefined }],
  ] as const)('%s an artifact store: reads from an explicit S3 location (its own endpoint and secret keys) and an HTTP location, writes to an S3 location, and a reader of that output reads it there', async (_, storeSettings) => {
    const other = new FakeS3('AKIDOTHER', 'other-secret', 'eu-west-3', ['X-Token', 'let me in']);
    await other.start();
    try {
      other.objects.set('raw/in/data {1}?#.csv', { body: Buffer.from('a,b\n1,2\n'), metadata: {} });
      other.objects.set('public/notes.txt', { body: Buffer.from('notes'), metadata: {} });
      const copies = join(directory, 'located');
      const workflow = irWorkflow('storage-located', [
        container(
          'located',
          {
            env: [{ name: 'DIR', value: copies }],
            inputs: {
              artifacts: [
                { name: 'data', path: join(copies, 'data.csv'), location: { type: 's3', bucket: 'raw', key: 'in/data {1}?#.csv', endpoint: other.endpoint.replace('http://', ''), insecure: true, region: 'eu-west-3', accessKey: { name: 'other', key: 'id' }, secretKey: { name: 'other', key: 'secret' } } },
                { name: 'notes', path: join(copies, 'notes.txt'), location: { type: 'http', url: `${other.endpoint}/public/notes.txt`, headers: [{ name: 'X-Token', value: 'let me in' }] } },
              ],
            },
            outputs: { artifacts: [{ name: 'summary', path: join(copies, 'summary.txt'), location: { type: 's3', bucket: 'done', key: 'summary.txt', endpoint: other.endpoint, region: 'eu-west-3', accessKey: { name: 'other', key: 'id' }, secretKey: { name: 'other', key: 'secret' } } }] },
          },
          { command: ['sh', '-c'], args: ['cat "$DIR/data.csv" "$DIR/notes.txt" > "$DIR/summary.txt"'] },
        ),
        container('reader', { env: [{ name: 'DIR', value: copies }], inputs: { artifacts: [{ name: 'summary', path: join(copies, 'read.txt'), from: output('located', 'summary') }] } }, { command: ['cat', join(copies, 'read.txt')], args: [] }),
      ] as Step[]);
      const source = compile(workflow, storeSettings);
      const pod = await run(source, 'storage-located', 'located', {}, { id: 'AKIDOTHER', secret: 'other-secret', AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: SECRET });
      expect(pod.base.stderr).toBe('');
      expect(pod.base.status).toBe(0);
      expect(other.object('done', 'summary.txt')?.body.toString('utf8')).toBe('a,b\n1,2\nnotes');
      expect(decode(pod.pushed?.['artifact:summary'])).toBe('s3://done/summary.txt');
      // The reader signs with the location's own keys: the store's (if any) would be refused.
      const reader = await run(source, 'storage-located', 'reader', { located: pod.pushed }, { id: 'AKIDOTHER', secret: 'other-secret', AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: SECRET });
      expect(reader.base.stderr).toBe('');
      expect(reader.base.stdout).toBe('a,b\n1,2\nnotes');
      expect(Object.keys(reader.pod.sidecar?.env ?? {}).some((name) => name.startsWith('COULER_STORE_ACCESS'))).toBe(!('artifactStore' in storeSettings));
    } finally {
      await other.stop();
    }
  });

  it('writes inline (raw) artifacts byte for byte, whatever their text and path: Python literal, Jinja and shell quoting hold', async () => {
    // Text a file can hold (no NUL, well-formed UTF-16 so that it survives argv), and a file name.
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const text = hostileString.filter((value) => !value.includes('\u0000') && !loneSurrogate.test(value));
    const samples = fc.sample(fc.tuple(text, text.filter((value) => value.length > 0 && !value.includes('/') && value !== '.' && value !== '..')), { numRuns: 30, seed: 20_261_202 });
    const root = join(directory, 'raw');
    const artifacts = samples.map(([raw, name], index) => ({ name: `raw${index}`, path: join(root, `${index} ${[...name].slice(0, 40).join('')}`), raw }));
    const workflow = irWorkflow('storage-raw', [container('write', { inputs: { artifacts } }, { command: ['true'], args: [] })] as Step[]);
    const pod = await run(compile(workflow), 'storage-raw', 'write', {}, undefined, { withoutSidecar: true });
    expect(pod.base.stderr).toBe('');
    expect(pod.base.status).toBe(0);
    for (const artifact of artifacts) expect(readFileSync(artifact.path, 'utf8')).toBe(artifact.raw);
  });

  it('fails a producer whose large value a condition reads, naming the limit', async () => {
    const workflow = irWorkflow('storage-when', [
      container('produce', {}, { command: ['sh', '-c'], args: ['printf "%0300d" 0'] }),
      container('after', { when: { op: 'equal', left: output('produce'), right: 'x' } }),
    ] as Step[]);
    const source = compile(workflow, { xcomMaxBytes: 64 });
    const producer = await run(source, 'storage-when', 'produce');
    expect(producer.base.status).not.toBe(0);
    expect(producer.base.stderr).toContain('output result is larger than the 64 bytes XCom may hold here');
    expect(producer.sidecar).toBeUndefined();
  });
});

describe('artifacts in the DAG file', () => {
  const located = (location: Record<string, unknown>) =>
    irWorkflow('located', [container('read', { inputs: { artifacts: [{ name: 'data', path: '/data/in', location }] } }, { command: ['cat'], args: ['/data/in'] })] as Step[]);

  it.each([2, 3] as const)('passes py_compile, Ruff and the structure check (sidecar, shared volume) on Airflow %i', (airflowVersion) => {
    const dag = compileChecked(located({ type: 's3', bucket: 'raw', key: 'in/{{ x }}.csv', endpoint: 'minio:9000', insecure: true, accessKey: { name: 'minio', key: 'user' }, secretKey: { name: 'minio', key: 'password' } }), settings({ airflowVersion }));
    expect(dag.task('read').pod?.containers).toEqual(['base', 'couler-transfer']);
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_INPUT_0", value="s3://raw/in/{{ \'{\' }}{ x }}.csv")');
    expect(dag.flat).toContain('k8s.V1EnvVar(name="COULER_INPUT_0_ENDPOINT", value="http://minio:9000")');
  });

  it('the structure check notices a pod that lost its sidecar or its shared volume', () => {
    const workflow = located({ type: 'http', url: 'https://example.com/data.csv' });
    const resolved = resolveAirflowSettings(settings() as Record<string, unknown>);
    const { source, summary } = compileToAirflow(workflow, resolved);
    const problems = (text: string) => checkAirflowDag(text, { airflowVersion: 3, workflow, summary }).problems.map((problem) => problem.message);
    expect(problems(source)).toEqual([]);
    expect(problems(source.replace('name="couler-transfer"', 'name="something-else"'))).toContainEqual(expect.stringContaining('Step "read" moves artifacts, but its pod has no "couler-transfer" sidecar.'));
    expect(problems(source.replace('k8s.V1Volume(name="couler-shared"', 'k8s.V1Volume(name="other"'))).toContainEqual(expect.stringContaining('does not declare and mount the "couler-shared" volume'));
  });

  it.skipIf(!hasJinja)('puts each map index of a mapped producer under its own key, and refuses to read them all at one path', () => {
    const mapped = irWorkflow('mapped', [
      container('produce', { map: { items: ['a', 'b', 'c'] }, outputs: { artifacts: [{ name: 'part', path: '/out/part' }] } }, { command: ['sh', '-c'], args: ['echo x > /out/part'] }),
    ] as Step[]);
    const source = compileChecked(mapped, settings()).source;
    const keyOf = (mapIndex: number) => readPod(source, { taskId: 'produce', dagId: 'mapped', runId: 'r1', mapIndex, secrets: { AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: SECRET } }).base.env.COULER_OUTPUT_0;
    expect(keyOf(2)).toBe('s3://couler-bucket/runs/mapped/r1/produce/2/artifacts/part');
    expect(keyOf(-1)).toBe('s3://couler-bucket/runs/mapped/r1/produce/artifacts/part');

    const fanIn = irWorkflow('mapped', [
      ...mapped.spec.steps,
      container('gather', { inputs: { artifacts: [{ name: 'parts', path: '/in/parts', from: output('produce', 'part') }] } }, { command: ['ls'], args: ['/in'] }),
    ] as Step[]);
    expect(() => compile(fanIn)).toThrow('cannot move artifact "parts" of step "gather": its producer "produce" is mapped');
  });

  it.each([
    [{ type: 'hdfs', addresses: ['nn:8020'], path: '/a/../p' }, 'HDFS location, and HDFS refuses the path "/a/../p"'],
  ])('refuses an input artifact from %j, naming the location kind', (location, kind) => {
    let error: unknown;
    try {
      compile(located(location));
    } catch (caught) {
      error = caught;
    }
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect((error as CoulerError).message).toContain(`artifact "data" of step "read"`);
    expect((error as CoulerError).message).toContain(kind);
    expect((error as CoulerError).pathString).toBe('steps.read.inputs.artifacts.data.location');
  });
});

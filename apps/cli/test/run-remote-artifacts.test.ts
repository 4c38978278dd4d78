import { execFile, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './run-couler';

// A key pair only this test knows: the server checks every request's signature against it, so a
// run that did not use the secret it was given fails, and the secret can be searched for afterwards.
const ACCESS_KEY = 'COULERTESTACCESS';
const SECRET_KEY = 'sEcReT-value-3e1f9c77d2a4';
createRequire(import.meta.url)('s3rver/lib/models/account.js').DUMMY_ACCOUNT.createKeyPair(ACCESS_KEY, SECRET_KEY);

const root = mkdtempSync(join(tmpdir(), 'couler-s3-'));
let server: S3rver;
let endpoint = '';
let client: S3Client;
/** Every request the server answered: `METHOD /bucket/key?query`. */
const requests: string[] = [];

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(root, 's3'), silent: true, configureBuckets: [{ name: 'data', configs: [] }] });
  // s3rver is a Koa app: a middleware put first sees every request.
  (server as unknown as { middleware: Array<(context: { method: string; url: string }, next: () => Promise<void>) => Promise<void>> }).middleware.unshift(async (context, next) => {
    requests.push(`${context.method} ${context.url}`);
    await next();
  });
  const { port } = await server.run();
  endpoint = `127.0.0.1:${port}`;
  client = new S3Client({ endpoint: `http://${endpoint}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY } });
  await client.send(new PutObjectCommand({ Bucket: 'data', Key: 'raw/rows.csv', Body: 'a,1\nb,2\nc,3\n' }));
  await client.send(new PutObjectCommand({ Bucket: 'data', Key: 'raw/tree/one.txt', Body: 'one' }));
  await client.send(new PutObjectCommand({ Bucket: 'data', Key: 'raw/tree/sub/two.txt', Body: 'two' }));
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The CLI as a user runs it, with no AWS credentials in its environment. */
function couler(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && !name.startsWith('COULER_SECRET_')));
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...env, NO_COLOR: '1', AWS_SHARED_CREDENTIALS_FILE: join(root, 'none'), AWS_CONFIG_FILE: join(root, 'none') } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const s3 = (key: string | object, extra: Record<string, unknown> = {}) => ({
  type: 's3',
  bucket: 'data',
  key,
  endpoint,
  insecure: true,
  accessKey: { name: 's3-creds', key: 'accessKey' },
  secretKey: { name: 's3-creds', key: 'secretKey' },
  ...extra,
});

/** Reads rows and a tree from S3, writes a file, a directory (Argo's tgz) and a 12 MiB file (multipart) back. */
function workflow(prefix: string) {
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'remote-data' },
    spec: {
      steps: [
        {
          name: 'count',
          kind: 'container',
          container: {
            image: 'alpine:3.20',
            command: ['sh', '-c', 'wc -l < /in/rows.csv | tr -d " " > /out/count.txt && mkdir -p /out/model/sub && cat /in/tree/one.txt /in/tree/sub/two.txt > /out/model/sub/w.txt && head -c 12582912 /dev/zero > /out/big.bin'],
          },
          inputs: { artifacts: [{ name: 'rows', path: '/in/rows.csv', location: s3('raw/rows.csv') }, { name: 'tree', path: '/in/tree', location: s3('raw/tree') }] },
          outputs: {
            artifacts: [
              { name: 'count', path: '/out/count.txt', archive: 'none', location: s3(`${prefix}/count.txt`) },
              { name: 'model', path: '/out/model', location: s3(`${prefix}/model.tgz`) },
              { name: 'big', path: '/out/big.bin', archive: 'none', location: s3(`${prefix}/big.bin`) },
            ],
          },
        },
      ],
    },
  };
}

async function text(key: string): Promise<string> {
  return (await (await client.send(new GetObjectCommand({ Bucket: 'data', Key: key }))).Body?.transformToString()) ?? '';
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('couler run with artifacts in S3 (a real S3-compatible server on loopback, the real AWS SDK)', () => {
  it('reads inputs from S3 and writes outputs to it with the secrets given by --secret, which appear nowhere on disk', async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    const home = join(directory, 'home');
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(workflow('results')));
    const run = await couler(['run', 'flow.json', '--home', home, '--plain', '--secret', `s3-creds=accessKey=${ACCESS_KEY}`, '--secret', `s3-creds=secretKey=${SECRET_KEY}`], directory);
    expect(run.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?created\)\n/, '')).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ count succeeded');
    // Progress of the 12 MiB upload reaches the run view, ending at its full size.
    expect(run.stdout).toContain('count: ⇡ big 12,582,912 bytes (12,288 KiB) of 12,582,912 bytes');

    expect(await text('results/count.txt')).toBe('3\n');
    const big = await client.send(new HeadObjectCommand({ Bucket: 'data', Key: 'results/big.bin' }));
    expect(big.ContentLength).toBe(12 * 1024 * 1024);
    // 12 MiB went up as a multipart upload of two 8 MiB-at-most parts; the small file in one PUT.
    expect(requests.filter((request) => request.startsWith('POST /data/results/big.bin?uploads'))).toHaveLength(1);
    expect(requests.filter((request) => /^PUT \/data\/results\/big\.bin\?.*partNumber=/.test(request))).toHaveLength(2);
    expect(requests.filter((request) => request.startsWith('PUT /data/results/count.txt'))).toHaveLength(1);

    // The directory went up as Argo's executor archives it: one gzipped tar, one entry named after it.
    const archive = Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: 'data', Key: 'results/model.tgz' }))).Body!.transformToByteArray());
    expect([archive[0], archive[1]]).toEqual([0x1f, 0x8b]);
    const tar = await import('tar');
    const entries: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const parser = new tar.Parser({ onReadEntry: (entry) => { entries.push(entry.path); entry.resume(); } });
      parser.on('end', resolve).on('error', reject);
      parser.end(archive);
    });
    expect(entries.sort()).toEqual(['model/', 'model/sub/', 'model/sub/w.txt']);

    // Neither the state database, the logs nor anything else the engine wrote holds the secret.
    const written = filesUnder(home);
    expect(written.some((file) => file.endsWith('.db') || file.endsWith('.sqlite'))).toBe(true);
    for (const file of written) expect(readFileSync(file).includes(SECRET_KEY), file).toBe(false);
    expect(run.stdout.includes(SECRET_KEY) || run.stderr.includes(SECRET_KEY)).toBe(false);
  });

  it("writes a key that names the run's id once per run: two runs of one workflow leave two objects, and literal text stays text", async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(directory, 'secrets.json'), JSON.stringify({ 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }));
    const key = { concat: ['per-run/{{workflow.uid}} $(id)/', { ref: 'workflow', field: 'uid' }, '/out.txt'] };
    const flow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'per-run' },
      spec: { steps: [{ name: 'write', kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo "$RUN" > /out/out.txt'] }, env: [{ name: 'RUN', value: { ref: 'workflow', field: 'uid' } }], outputs: { artifacts: [{ name: 'out', path: '/out/out.txt', archive: 'none', location: s3(key) }] } }] },
    };
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(flow));
    for (const runId of ['first-run', 'second-run']) {
      const run = await couler(['run', 'flow.json', '--home', join(directory, 'home'), '--plain', '--run-id', runId, '--secret-file', 'secrets.json'], directory);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(await text('per-run/{{workflow.uid}} $(id)/first-run/out.txt')).toBe('first-run\n');
    expect(await text('per-run/{{workflow.uid}} $(id)/second-run/out.txt')).toBe('second-run\n');
  });

  it('reads back what it wrote: a tgz input is unpacked to the directory it was, as Argo does', async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(directory, 'secrets.json'), JSON.stringify({ 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }));
    const flow = workflow('again');
    flow.spec.steps[0]!.inputs.artifacts[1] = { name: 'tree', path: '/in/tree', location: s3('results/model.tgz') };
    flow.spec.steps[0]!.container.command[2] = 'cat /in/tree/sub/w.txt > /out/count.txt && mkdir -p /out/model && head -c 1 /dev/zero > /out/model/x && head -c 1 /dev/zero > /out/big.bin';
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(flow));
    const run = await couler(['run', 'flow.json', '--home', join(directory, 'home'), '--plain', '--secret-file', 'secrets.json'], directory);
    expect(run.code, run.stderr).toBe(0);
    expect(await text('again/count.txt')).toBe('onetwo');
  });

  it('says which secret key is missing and how to give it, does not retry, and `couler retry --secret` finishes the run', async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    const home = join(directory, 'home');
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(workflow('missing')));
    const run = await couler(['run', 'flow.json', '--home', home, '--plain', '--run-id', 'no-secret', '--secret', `s3-creds=accessKey=${ACCESS_KEY}`], directory);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('key "secretKey" of secret "s3-creds", which this run was not given. Pass it with `couler run --secret s3-creds=secretKey=…`');
    expect(run.stdout).not.toContain('⟳');
    const retried = await couler(['retry', 'no-secret', '--home', home, '--plain', '--secret', `s3-creds=accessKey=${ACCESS_KEY}`, '--secret', `s3-creds=secretKey=${SECRET_KEY}`], directory);
    expect(retried.code, retried.stderr).toBe(0);
    expect(await text('missing/count.txt')).toBe('3\n');
  });

  it("takes the endpoint and a secret file from couler.config for locations that name neither, and says what is wrong with a bad one", async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(directory, 'team-secrets.json'), JSON.stringify({ 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }));
    writeFileSync(join(directory, 'couler.config.json'), JSON.stringify({ artifactStores: { s3: { endpoint: `http://${endpoint}` }, secretFile: 'team-secrets.json' } }));
    const flow = workflow('configured');
    const step = flow.spec.steps[0] as unknown as { inputs: { artifacts: Array<{ location: Record<string, unknown> }> }; outputs: { artifacts: Array<{ location: Record<string, unknown> }> } };
    for (const artifact of [...step.inputs.artifacts, ...step.outputs.artifacts]) {
      delete artifact.location.endpoint;
      delete artifact.location.insecure;
    }
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(flow));
    const run = await couler(['run', 'flow.json', '--home', join(directory, 'home'), '--plain'], directory);
    expect(run.code, run.stderr).toBe(0);
    expect(await text('configured/count.txt')).toBe('3\n');

    writeFileSync(join(directory, 'couler.config.json'), JSON.stringify({ artifactStores: { s3: { endpont: 'x' } } }));
    const bad = await couler(['run', 'flow.json', '--home', join(directory, 'home'), '--plain'], directory);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"artifactStores.s3" has no field "endpont". Did you mean "endpoint"?');
  });

  it('fails at once on an absent object (permanent, no retry), naming it', async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    const flow = workflow('absent');
    flow.spec.steps[0]!.inputs.artifacts[0] = { name: 'rows', path: '/in/rows.csv', location: s3('raw/no-such.csv') };
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(flow));
    const run = await couler(['run', 'flow.json', '--home', join(directory, 'home'), '--plain', '--secret', `s3-creds=accessKey=${ACCESS_KEY}`, '--secret', `s3-creds=secretKey=${SECRET_KEY}`], directory);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('s3://data/raw/no-such.csv holds no object, and no objects under s3://data/raw/no-such.csv/');
    expect(run.stdout).not.toContain('⟳');
  });

  it("runs a workflow with S3 artifacts on `couler server`'s local cluster, with the stores and secrets the server was started with", { timeout: 120_000 }, async () => {
    const directory = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(directory, 'store-secrets.json'), JSON.stringify({ 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } }));
    writeFileSync(join(directory, 'flow.json'), JSON.stringify(workflow('served')));
    const token = 'cst_remote_artifacts_token_0123456789';
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && !name.startsWith('COULER_')));
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const server = spawn(process.execPath, [BIN, 'server', '--port', String(port), '--home', join(directory, 'home'), '--db', join(directory, 'server.db'), '--store-secret-file', 'store-secrets.json'], {
      cwd: directory,
      env: { ...env, COULER_SERVER_TOKEN: token, AWS_SHARED_CREDENTIALS_FILE: join(root, 'none'), AWS_CONFIG_FILE: join(root, 'none') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let banner = '';
        server.stdout.on('data', (chunk: Buffer) => {
          banner += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(banner);
          if (match) resolve(match[1]!);
        });
        server.on('exit', (code) => reject(new Error(`couler server exited with ${code}`)));
      });
      const run = await couler(['run', 'flow.json', '--plain', '--server', url, '--token', token], directory);
      expect(run.code, run.stderr + run.stdout).toBe(0);
      expect(run.stdout).toContain('✓ count succeeded');
      expect(await text('served/count.txt')).toBe('3\n');
      expect(run.stdout.includes(SECRET_KEY) || run.stderr.includes(SECRET_KEY)).toBe(false);
      for (const file of filesUnder(directory).filter((file) => !file.endsWith('store-secrets.json'))) expect(readFileSync(file).includes(SECRET_KEY), file).toBe(false);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    }
  });
});

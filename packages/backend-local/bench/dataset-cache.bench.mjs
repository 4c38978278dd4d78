// A dataset read by 5 steps in each of two runs, from a real S3-compatible server on loopback
// (s3rver, through @couler/artifact-stores and the AWS SDK), with the dataset cache and without
// it. Not a test: it prints bytes the server sent and wall time side by side.
//   pnpm --filter @couler/backend-local bench:dataset   (needs backend-local and artifact-stores built)
//   BENCH_DATASET_MB=64 node bench/dataset-cache.bench.mjs     (default 1024)
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const MB = Number(process.env.BENCH_DATASET_MB ?? 1024);
const READERS = 5;
const RUNS = 2;
// s3rver and the stores live in @couler/artifact-stores, which depends on this package: loaded
// from there, so this package needs no dependency back on it.
const stores = join(import.meta.dirname, '..', '..', 'artifact-stores');
const require = createRequire(join(stores, 'package.json'));
const S3rver = require('s3rver');
const { createArtifactStores } = await import(join(stores, 'dist', 'index.js'));
const { runWorkflow } = await import(join(import.meta.dirname, '..', 'dist', 'index.js'));

const ACCESS_KEY = 'COULERBENCHKEY';
const SECRET_KEY = 'bench-secret';
require('s3rver/lib/models/account.js').DUMMY_ACCOUNT.createKeyPair(ACCESS_KEY, SECRET_KEY);

const root = mkdtempSync(join(tmpdir(), 'couler-dataset-bench-'));
let sentBytes = 0;
const server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(root, 's3'), silent: true, configureBuckets: [{ name: 'data', configs: [] }] });
server.middleware.unshift(async (context, next) => {
  await next();
  if (context.method === 'GET' && context.response.length) sentBytes += context.response.length;
});
const { port } = await server.run();
const endpoint = `127.0.0.1:${port}`;
const secrets = { 's3-creds': { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } };
const source = { type: 's3', bucket: 'data', key: 'bench/data.bin', endpoint, insecure: true, accessKey: { name: 's3-creds', key: 'accessKey' }, secretKey: { name: 's3-creds', key: 'secretKey' } };

// The object: MB MiB of pseudo-random bytes (not zeros, which a file system may store sparsely).
const file = join(root, 'data.bin');
let seed = 1;
const chunk = Buffer.alloc(1024 * 1024);
await pipeline(
  Readable.from(
    (function* () {
      for (let index = 0; index < MB; index++) {
        for (let offset = 0; offset < chunk.length; offset += 4) {
          seed = (seed * 1664525 + 1013904223) >>> 0;
          chunk.writeUInt32LE(seed, offset);
        }
        yield chunk;
      }
    })(),
  ),
  createWriteStream(file),
);
await createArtifactStores({ secrets, env: {} }).s3.put(source, file, { stepName: 'bench', artifactName: 'data', archive: 'none' });
rmSync(file);

const workflow = {
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'dataset-bench' },
  spec: {
    secrets: [{ name: 's3-creds', keys: ['accessKey', 'secretKey'] }],
    datasets: [{ name: 'bench-data', source }],
    steps: Array.from({ length: READERS }, (_, index) => ({
      name: `reader-${index + 1}`,
      kind: 'container',
      container: { image: 'alpine:3.20', command: ['sh', '-c', `test "$(wc -c < /in/data.bin)" -eq ${MB * 1024 * 1024}`] },
      inputs: { artifacts: [{ name: 'data', path: '/in/data.bin', dataset: 'bench-data' }] },
    })),
  },
};

async function measure(label, datasetCache) {
  const home = join(root, `home-${label}`);
  const rows = [];
  for (let run = 1; run <= RUNS; run++) {
    const before = sentBytes;
    const start = performance.now();
    const summary = await runWorkflow(workflow, { home, artifactStores: createArtifactStores({ secrets, env: {} }), env: { PATH: process.env.PATH }, datasetCache, cache: false });
    if (summary.phase !== 'Succeeded') throw new Error(`${label} run ${run}: ${summary.phase} ${summary.message ?? ''} ${JSON.stringify(summary.steps.map((step) => step.message).filter(Boolean))}`);
    rows.push({ run, bytes: sentBytes - before, ms: performance.now() - start });
  }
  rmSync(home, { recursive: true, force: true });
  return rows;
}

const cached = await measure('cache', {});
const uncached = await measure('no-cache', false);
await server.close();
rmSync(root, { recursive: true, force: true });

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`dataset of ${MB} MiB, ${READERS} readers per run, ${RUNS} runs; bytes the S3 server sent, and wall time`);
console.log(['run', 'with cache: bytes', 'time', 'without cache: bytes', 'time'].join('\t'));
for (let index = 0; index < RUNS; index++) {
  console.log([cached[index].run, mib(cached[index].bytes), seconds(cached[index].ms), mib(uncached[index].bytes), seconds(uncached[index].ms)].join('\t'));
}
const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(['total', mib(total(cached, 'bytes')), seconds(total(cached, 'ms')), mib(total(uncached, 'bytes')), seconds(total(uncached, 'ms'))].join('\t'));

// Moves one large object up to and back from a loopback S3-compatible server (s3rver, in its own
// process) through the S3 store, and prints the bytes, this process's CPU time and its peak
// memory: streaming keeps the peak far below the object's size. Size: COULER_BENCH_MIB (256).
import { fork } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArtifactStores } from '../dist/index.js';

const mib = Number(process.env.COULER_BENCH_MIB ?? 256);
const root = await mkdtemp(join(tmpdir(), 'couler-s3-bench-'));
const serverScript = join(root, 'server.cjs');
await writeFile(
  serverScript,
  `const S3rver = require(${JSON.stringify(new URL(import.meta.resolve('s3rver')).pathname)});
   const server = new S3rver({ port: 0, address: '127.0.0.1', directory: ${JSON.stringify(join(root, 's3'))}, silent: true, configureBuckets: [{ name: 'bench' }] });
   server.run().then(({ port }) => process.send(port));`,
);
const server = fork(serverScript, { stdio: 'inherit' });
const port = await new Promise((resolve) => server.once('message', resolve));

const source = join(root, 'object.bin');
const handle = await open(source, 'w');
const block = Buffer.alloc(1024 * 1024, 7);
for (let i = 0; i < mib; i++) await handle.write(block);
await handle.close();

const stores = createArtifactStores({ secrets: { s: { a: 'S3RVER', b: 'S3RVER' } } });
const location = { type: 's3', bucket: 'bench', key: 'object.bin', endpoint: `127.0.0.1:${port}`, insecure: true, accessKey: { name: 's', key: 'a' }, secretKey: { name: 's', key: 'b' } };
const context = { stepName: 'bench', artifactName: 'object', archive: 'none' };
const rssBefore = process.memoryUsage().rss;

const measure = async (label, work) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(9)} ${mib} MiB  ${((performance.now() - started) / 1000).toFixed(2)} s wall  ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
};
await measure('upload', () => stores.s3.put(location, source, context));
await measure('download', () => stores.s3.fetch(location, join(root, 'back.bin'), context));
const back = await stat(join(root, 'back.bin'));
if (back.size !== mib * 1024 * 1024) throw new Error(`downloaded ${back.size} bytes, not ${mib} MiB`);
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (${(rssBefore / 1048576).toFixed(0)} MiB before the transfers) for a ${mib} MiB object`);
server.kill();
await rm(root, { recursive: true, force: true });


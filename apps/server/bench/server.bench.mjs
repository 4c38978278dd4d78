// `pnpm bench`: the server as its own process on loopback (SQLite, then PostgreSQL when it
// answers), driven by autocannon from this one for a bounded time. Submissions go to a cluster
// with no capacity so that the numbers measure the API and the database, not the steps. Prints
// one table: requests per second, latencies, and the server's CPU time per request — the number
// that holds on a busy machine, where throughput also measures the neighbours.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const POSTGRES = process.env.COULER_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = 'cst_bench_token_0123456789abcdef';
const BIN = process.env.BENCH_BIN ?? join(import.meta.dirname, '..', 'dist', 'bin.js');
const workflow = {
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'bench' },
  spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] } }] },
};

const run = (options) => new Promise((resolve, reject) => autocannon({ duration: SECONDS, connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result))));

/** User and system CPU time of a process so far, in ms (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function startServer(args) {
  const child = spawn(process.execPath, [BIN, '--port', '0', '--quiet', '--rate-limit', 'off', '--local-cpu', '0', ...(process.env.BENCH_EXTRA ?? '').split(' ').filter(Boolean), ...args], { env: { ...process.env, COULER_SERVER_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      text += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${text}`)));
  });
}

async function measure(label, args) {
  const home = mkdtempSync(join(tmpdir(), 'couler-bench-'));
  // A cluster with no room: runs stay queued, so the benchmark measures the API, not the steps.
  const server = await startServer(['--home', home, ...(args ?? ['--db', join(home, 'server.db')])]);
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const row = (what, result, cpu) => ({
    label,
    what,
    'req/s': Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    'cpu ms/req': Math.round((cpu / result.requests.total) * 100) / 100,
    errors: result.non2xx + result.errors,
  });
  try {
    let before = cpuMs(server.child.pid);
    const submit = await run({ url: `${server.url}/api/v1/workflows`, method: 'POST', headers, body: JSON.stringify({ workflow }) });
    const submitCpu = cpuMs(server.child.pid) - before;
    const first = await (await fetch(`${server.url}/api/v1/runs?limit=1`, { headers })).json();
    before = cpuMs(server.child.pid);
    const status = await run({ url: `${server.url}/api/v1/runs/${first.items[0].id}`, headers });
    return [row('submit', submit, submitCpu), row('status', status, cpuMs(server.child.pid) - before)];
  } finally {
    await new Promise((resolve) => {
      server.child.once('exit', resolve);
      server.child.kill('SIGTERM');
    });
    rmSync(home, { recursive: true, force: true });
  }
}

const loadBefore = loadavg()[0];
const rows = await measure('sqlite');
const schema = `bench_${process.pid}`;
const client = new pg.Client({ connectionString: POSTGRES });
try {
  await client.connect();
  rows.push(...(await measure('postgres', ['--db', POSTGRES, '--db-schema', schema])));
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
} catch (error) {
  console.error(`PostgreSQL skipped: ${error.message}`);
} finally {
  await client.end().catch(() => undefined);
}
console.table(rows);
console.log(`(${SECONDS} s each, ${CONNECTIONS} connections; latencies in ms; cpu ms/req: the server process's CPU time per request; aim with SQLite: ≥ 1000 submissions/s, status p99 < 20 ms)`);
// Throughput and latencies measure the neighbours too: say how busy the machine was.
console.log(`(load average over 1 min: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${availableParallelism()} cores)`);

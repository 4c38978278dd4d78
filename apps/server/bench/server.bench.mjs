// `pnpm bench`: the server on loopback (SQLite, then PostgreSQL when it answers), driven by
// autocannon for a bounded time. Submissions go to a cluster with no capacity so that the
// numbers measure the API and the database, not the steps. Prints one table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServer } from '../dist/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const POSTGRES = process.env.COULER_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = 'cst_bench_token_0123456789abcdef';
const workflow = {
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'bench' },
  spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] } }] },
};

const run = (options) => new Promise((resolve, reject) => autocannon({ duration: SECONDS, connections: 16, ...options }, (error, result) => (error ? reject(error) : resolve(result))));

async function measure(label, db, dbSchema) {
  const home = mkdtempSync(join(tmpdir(), 'couler-bench-'));
  // A cluster with no room: runs stay queued, so the benchmark measures the API, not the steps.
  const server = await startServer({ db: db ?? join(home, 'server.db'), ...(dbSchema && { dbSchema }), home, port: 0, logger: false, ownerToken: TOKEN, rateLimit: false, localCluster: { cpu: 0 } });
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  try {
    const submit = await run({ url: `${server.url}/api/v1/workflows`, method: 'POST', headers, body: JSON.stringify({ workflow }) });
    const first = await (await fetch(`${server.url}/api/v1/runs?limit=1`, { headers })).json();
    const status = await run({ url: `${server.url}/api/v1/runs/${first.items[0].id}`, headers });
    return [
      { label, what: 'submit', 'req/s': Math.round(submit.requests.average), p50: submit.latency.p50, p99: submit.latency.p99, errors: submit.non2xx + submit.errors },
      { label, what: 'status', 'req/s': Math.round(status.requests.average), p50: status.latency.p50, p99: status.latency.p99, errors: status.non2xx + status.errors },
    ];
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
}

const rows = await measure('sqlite');
const schema = `bench_${process.pid}`;
const client = new pg.Client({ connectionString: POSTGRES });
try {
  await client.connect();
  rows.push(...(await measure('postgres', POSTGRES, schema)));
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
} catch (error) {
  console.error(`PostgreSQL skipped: ${error.message}`);
} finally {
  await client.end().catch(() => undefined);
}
console.table(rows);
console.log(`(${SECONDS} s each, 16 connections; latencies in ms; aim with SQLite: ≥ 1000 submissions/s, status p99 < 20 ms)`);

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type StartedServer } from '../../src/index';
import type { ServerOptions } from '../../src/server-options';
import type { LooseJson } from './loose-json';

export const POSTGRES_URL = process.env.COULER_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface TestServer {
  readonly server: StartedServer;
  readonly url: string;
  readonly token: string;
  readonly home: string;
  /** JSON request with the owner's token (or `token`); returns status and parsed body. */
  call(method: string, path: string, options?: { body?: unknown; token?: string | null; headers?: Record<string, string>; raw?: string | Buffer }): Promise<{ status: number; body: LooseJson; headers: Headers }>;
  close(): Promise<void>;
}

/** A schema of its own for a test file; dropped by `dropSchema`. */
export function newSchemaName(prefix: string): string {
  return `t_${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A server on loopback, a fresh database (a temp SQLite file, or its own PostgreSQL schema) and a temp Couler home. */
export async function startTestServer(dialect: Dialect, options: ServerOptions & { schema?: string } = {}): Promise<TestServer> {
  const home = mkdtempSync(join(tmpdir(), 'couler-server-'));
  const schema = options.schema ?? newSchemaName('api');
  const token = `cst_test_${randomBytes(12).toString('hex')}`;
  const server = await startServer({
    db: dialect === 'sqlite' ? join(home, 'server.db') : POSTGRES_URL,
    ...(dialect === 'postgres' && { dbSchema: schema }),
    home,
    port: 0,
    logger: false,
    ownerToken: token,
    pollMs: 100,
    localCluster: { cpu: 8, memory: 16 * 2 ** 30, parallelism: 4 },
    ...options,
  });
  const call: TestServer['call'] = async (method, path, request = {}) => {
    const headers: Record<string, string> = { ...request.headers };
    const bearer = request.token === undefined ? token : request.token;
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    let body: string | Buffer | undefined = request.raw;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (metrics, docs): the text as it is.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    server,
    url: server.url,
    token,
    home,
    call,
    async close() {
      await server.close();
      if (dialect === 'postgres' && options.schema === undefined) await dropSchema(schema);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Polls a run until it has finished; returns its final view. The limit guards against a hang: the full suite runs packages side by side. */
export async function waitForRun(test: TestServer, runId: string, token?: string, timeoutMs = 120_000): Promise<LooseJson> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await test.call('GET', `/api/v1/runs/${runId}`, token === undefined ? {} : { token });
    if (!['Queued', 'Running'].includes(body.phase)) return body;
    if (Date.now() > until) throw new Error(`run ${runId} still ${body.phase} after ${timeoutMs} ms: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A workflow IR whose steps are shell commands the local engine runs as processes. */
export function shellWorkflow(name: string, steps: Array<{ name: string; script: string; dependencies?: string[]; cpu?: string }>, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name },
    spec: {
      ...extra,
      steps: steps.map((step) => ({
        name: step.name,
        kind: 'container',
        container: { image: 'alpine:3.20', command: ['sh', '-c', step.script] },
        ...(step.dependencies && { dependencies: step.dependencies }),
        ...(step.cpu && { resources: { requests: { cpu: step.cpu } } }),
      })),
    },
  };
}

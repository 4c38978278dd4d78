import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawnServer, stopProcess, type ServerProcess } from './support/server-process';
import { dropSchema, newSchemaName, POSTGRES_URL, shellWorkflow } from './support/test-server';
import type { LooseJson } from './support/loose-json';

const TOKEN = 'cst_process_test_token_42';
const home = mkdtempSync(join(tmpdir(), 'couler-processes-'));
const started: ServerProcess[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) await stopProcess(server, 'SIGKILL');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

async function call(server: ServerProcess, method: string, path: string, body?: unknown): Promise<LooseJson> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json();
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function start(args: string[]): Promise<ServerProcess> {
  const server = await spawnServer(args, { COULER_SERVER_TOKEN: TOKEN });
  started.push(server);
  return server;
}

describe('several server processes', () => {
  it('share one PostgreSQL database and never take a run twice', async () => {
    const schema = newSchemaName('two');
    try {
      const args = ['--db', POSTGRES_URL, '--db-schema', schema, '--home', join(home, 'pg'), '--lease-ms', '3000', '--poll-ms', '50', '--local-cpu', '6', '--rate-limit', 'off'];
      const [first, second] = await Promise.all([start(args), start(args)]);
      const ids: string[] = [];
      for (let index = 0; index < 16; index += 1) {
        const target = index % 2 === 0 ? first! : second!;
        const submitted = await call(target, 'POST', '/workflows', { workflow: shellWorkflow(`shared-${index}`, [{ name: 'a', script: 'sleep 0.2' }]) });
        ids.push(submitted.run.id);
      }
      const runs = await waitUntil('every run to finish', async () => {
        const page = await call(first!, 'GET', '/runs?limit=100');
        return page.items.every((run: { phase: string }) => run.phase === 'Succeeded') && page.items.length === 16 ? page.items : undefined;
      });
      expect(runs.map((run: { dispatches: number }) => run.dispatches)).toEqual(Array(16).fill(1));
      const placedBy = new Map<string, number>();
      for (const id of ids) {
        const events = await call(second!, 'GET', `/runs/${id}/events`);
        const placed = events.items.filter((event: { type: string }) => event.type === 'placed');
        const starts = events.items.filter((event: { type: string }) => event.type === 'run-started');
        expect(placed, id).toHaveLength(1);
        expect(starts, id).toHaveLength(1);
        placedBy.set(placed[0].data.server, (placedBy.get(placed[0].data.server) ?? 0) + 1);
      }
      expect([...placedBy.values()].reduce((total, count) => total + count, 0)).toBe(16);
    } finally {
      for (const server of started.splice(0)) await stopProcess(server);
      await dropSchema(schema);
    }
  });

  it('lose nothing to kill -9: a restarted server resumes the run, and no finished step runs again', async () => {
    const count = join(home, 'count');
    const args = ['--db', join(home, 'kill.db'), '--home', join(home, 'kill'), '--lease-ms', '1500', '--poll-ms', '50'];
    const first = await start(args);
    const workflow = shellWorkflow('survivor', [
      { name: 'prepare', script: `echo x >> ${count}` },
      { name: 'train', script: 'sleep 2 && echo trained', dependencies: ['prepare'] },
    ]);
    const { run } = await call(first, 'POST', '/workflows', { workflow });
    await waitUntil('train to start', async () => {
      const view = await call(first, 'GET', `/runs/${run.id}`);
      return view.steps.some((step: { name: string; phase: string }) => step.name === 'train' && step.phase === 'Running') ? true : undefined;
    });
    await stopProcess(first, 'SIGKILL');
    const second = await start(args);
    const finished = await waitUntil('the run to finish on the new server', async () => {
      const view = await call(second, 'GET', `/runs/${run.id}`);
      return ['Queued', 'Running'].includes(view.phase) ? undefined : view;
    });
    expect(finished.phase).toBe('Succeeded');
    expect(readFileSync(count, 'utf8')).toBe('x\n');
    const events = await call(second, 'GET', `/runs/${run.id}/events`);
    expect(events.items.map((event: { type: string }) => event.type)).toContain('reattached');
  });

  it('on SIGTERM stops taking work and puts its running run back in the queue for the next start', async () => {
    const args = ['--db', join(home, 'term.db'), '--home', join(home, 'term'), '--lease-ms', '1500', '--poll-ms', '50'];
    const first = await start(args);
    const { run } = await call(first, 'POST', '/workflows', { workflow: shellWorkflow('patient', [{ name: 'wait', script: 'sleep 1.5 && echo waited' }]) });
    await waitUntil('the step to start', async () => ((await call(first, 'GET', `/runs/${run.id}`)).steps.length > 0 ? true : undefined));
    await stopProcess(first, 'SIGTERM');
    expect(first.child.exitCode).toBe(0);
    const second = await start(args);
    const view = await call(second, 'GET', `/runs/${run.id}`);
    expect(['Queued', 'Running']).toContain(view.phase);
    const finished = await waitUntil('the run to finish', async () => {
      const latest = await call(second, 'GET', `/runs/${run.id}`);
      return ['Queued', 'Running'].includes(latest.phase) ? undefined : latest;
    });
    expect(finished.phase).toBe('Succeeded');
  });

  it('lose no acknowledged submission to kill -9 in the middle of a stream of them (SQLite)', async () => {
    const args = ['--db', join(home, 'stream.db'), '--home', join(home, 'stream'), '--local-cpu', '0', '--rate-limit', 'off', '--quiet'];
    const first = await start(args);
    const workflow = shellWorkflow('acknowledged', [{ name: 'a', script: 'true' }]);
    const acknowledged: string[] = [];
    let killed = false;
    const submitter = async () => {
      while (!killed) {
        try {
          const answer = await call(first, 'POST', '/workflows', { workflow });
          acknowledged.push(answer.run.id);
        } catch {
          return; // the connection died with the server: this submission was never acknowledged
        }
      }
    };
    const submitters = Array.from({ length: 8 }, submitter);
    // Long enough for the write-ahead log to be checkpointed while submissions keep coming.
    await waitUntil('submissions acknowledged over more than a second', async () => (acknowledged.length >= 300 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 700));
    killed = true;
    await stopProcess(first, 'SIGKILL');
    await Promise.all(submitters);
    const second = await start(args);
    const stored = new Set<string>();
    for (let cursor: string | undefined, page = 0; page === 0 || cursor; page += 1) {
      const answer = await call(second, 'GET', `/runs?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      for (const item of answer.items as Array<{ id: string; phase: string }>) if (item.phase === 'Queued') stored.add(item.id);
      cursor = answer.nextCursor;
    }
    expect(acknowledged.length).toBeGreaterThan(300);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StartedServer } from '@couler/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCouler } from './run-couler';

const TOKEN = 'cst_cli_test_token_0123456789';

function workflowYaml(name: string, steps: Array<{ name: string; script: string; after?: string }>): string {
  const lines = ['apiVersion: couler.dev/v1alpha1', 'kind: Workflow', `metadata: {name: ${name}}`, 'spec:', '  steps:'];
  for (const step of steps) {
    lines.push(`    - name: ${step.name}`, '      kind: container', `      container: {image: alpine, command: [sh, -c, ${JSON.stringify(step.script)}]}`);
    if (step.after) lines.push(`      dependencies: [${step.after}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('couler run / runs / status / logs / retry / cancel --server', () => {
  let server: StartedServer;
  let directory: string;
  let flags: string[];
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'couler-server-cli-'));
    server = await startServer({ db: join(directory, 'server.db'), home: join(directory, 'home'), port: 0, logger: false, ownerToken: TOKEN, pollMs: 100 });
    flags = ['--server', server.url, '--token', TOKEN];
  });
  afterAll(async () => {
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('runs a workflow end to end on the server, then lists, shows and prints its logs', async () => {
    writeFileSync(join(directory, 'hello.yaml'), workflowYaml('hello', [{ name: 'greet', script: 'echo "hi from the server"' }]));
    const run = await runCouler(['run', 'hello.yaml', '--plain', ...flags], directory);
    expect(run.stderr).toMatch(/^Submitted hello to http:\/\/127\.0\.0\.1:\d+ as run hello-/);
    expect(run.stdout).toContain('! Placed on cluster "local" with score');
    expect(run.stdout).toContain('✓ greet succeeded');
    expect(run.code).toBe(0);
    const runId = /as run (\S+)/.exec(run.stderr)![1]!;
    const runs = await runCouler(['runs', ...flags], directory);
    expect(runs.stdout).toMatch(new RegExp(`${runId}\\s+hello\\s+✓ Succeeded`));
    const status = await runCouler(['status', runId, ...flags], directory);
    expect(status.stdout).toContain(`${runId}  hello  Succeeded`);
    expect(status.stdout).toMatch(/greet\s+✓ Succeeded\s+1/);
    // COULER_SERVER and COULER_TOKEN stand for the flags.
    const viaEnv = await new Promise<{ code: number; stdout: string }>((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(process.execPath, [join(import.meta.dirname, '..', 'dist', 'bin.js'), 'logs', runId, 'greet', '-f'], { cwd: directory, env: { ...process.env, COULER_SERVER: server.url, COULER_TOKEN: TOKEN } }, (error, stdout) =>
          resolve({ code: error ? 1 : 0, stdout }),
        ),
      );
    });
    expect(viaEnv).toEqual({ code: 0, stdout: 'hi from the server\n' });
  });

  it('fails with exit 1 and retries from the failure point on the server', async () => {
    const marker = join(directory, 'fixed');
    const count = join(directory, 'count');
    writeFileSync(
      join(directory, 'flaky.yaml'),
      workflowYaml('flaky', [
        { name: 'prepare', script: `echo x >> ${count}` },
        { name: 'train', script: `test -f ${marker} || { echo missing >&2; exit 4; }`, after: 'prepare' },
      ]),
    );
    const failed = await runCouler(['run', 'flaky.yaml', '--plain', ...flags], directory);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('failed');
    const runId = /as run (\S+)/.exec(failed.stderr)![1]!;
    writeFileSync(marker, '');
    const retried = await runCouler(['retry', runId, '--plain', ...flags], directory);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('✓ train succeeded');
    expect(retried.stdout).not.toContain('▶ prepare');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(count, 'utf8')).toBe('x\n');
  });

  it("reports the server's errors with their codes: invalid workflow, unknown run, missing token", async () => {
    writeFileSync(join(directory, 'bad.yaml'), workflowYaml('bad', [{ name: 'a', script: 'true', after: 'ghost' }]));
    const invalid = await runCouler(['run', 'bad.yaml', ...flags], directory);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('UNKNOWN_STEP');
    const unknown = await runCouler(['cancel', 'no-such-run', ...flags], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('NOT_FOUND');
    const anonymous = await runCouler(['runs', '--server', server.url], directory);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('UNAUTHENTICATED');
    expect(anonymous.stderr).toContain('--token');
  });
});

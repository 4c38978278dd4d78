import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const results = (summary: { steps: ReadonlyArray<{ id: string; outputs: { result?: string } }> }) =>
  Object.fromEntries(summary.steps.map((step) => [step.id, step.outputs.result]));

describe('what a step gets from outside', () => {
  it('fetches an HTTP artifact (with its headers) before the step starts, and fails naming it when the server says no', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/data.csv' && request.headers['x-token'] === 'secret') response.end('a,b\n1,2\n3,4\n');
      else response.writeHead(404).end('no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const fetch = (name: string, path: string) =>
        sh(name, 'wc -l < /data/in.csv', {
          inputs: { artifacts: [{ name: 'table', path: '/data/in.csv', location: { type: 'http', url: `http://127.0.0.1:${port}${path}`, headers: [{ name: 'x-token', value: 'secret' }] } }] },
        });
      const ok = await runWorkflow(workflowOf('http-ok', [fetch('count', '/data.csv')]), { home: dirs.home() });
      expect(ok.phase).toBe('Succeeded');
      expect(results(ok).count).toBe('3');
      const missing = await runWorkflow(workflowOf('http-404', [fetch('count', '/gone.csv')]), { home: dirs.home() });
      expect(missing.phase).toBe('Error');
      expect(missing.message).toContain('Fetching the input artifact "table" of step "count" from http failed');
      expect(missing.message).toContain('404');
    } finally {
      server.close();
    }
  });

  it('reads secret keys from COULER_SECRET_* variables, and says which variable to set when one is missing', async () => {
    const step = sh('connect', 'echo "user=$DB_USER"', { env: [{ name: 'DB_USER', secretKeyRef: { name: 'db-creds', key: 'user' } }] });
    const ok = await runWorkflow(workflowOf('secret', [step]), { home: dirs.home(), env: { ...process.env, COULER_SECRET_DB_CREDS_USER: 'ada' } });
    expect(results(ok).connect).toBe('user=ada');
    const missing = await runWorkflow(workflowOf('secret', [step]), { home: dirs.home(), env: { PATH: process.env.PATH } });
    expect(missing.phase).toBe('Error');
    expect(missing.message).toContain('env DB_USER reads key "user" of secret "db-creds", which the local engine takes from $COULER_SECRET_DB_CREDS_USER');
  });

  it('maps over a list parameter given for the run', async () => {
    const workflow = workflowOf('sweep', [{ ...sh('try', 'echo "lr=$LR"', { env: [{ name: 'LR', value: { ref: 'item' } }] }), map: { from: { ref: 'parameter', name: 'rates' } } }], {
      parameters: [{ name: 'rates', type: 'list', default: '[0.1]' }],
    });
    const summary = await runWorkflow(workflow, { home: dirs.home(), parameters: { rates: '[0.1, 0.01, 0.001]' } });
    expect(results(summary)).toEqual({ 'try[0]': 'lr=0.1', 'try[1]': 'lr=0.01', 'try[2]': 'lr=0.001' });
  });

  it('stops a workflow at its timeout, then runs the exit handler, which sees the failures', async () => {
    // 3 s, so that `fast` has failed before the deadline even on a loaded machine.
    const workflow = workflowOf('deadline', [sh('fast', 'exit 2'), sh('slow', 'sleep 30')], {
      timeoutSeconds: 3,
      onExit: [sh('report', 'echo "$S $F"', { env: [{ name: 'S', value: { ref: 'workflow', field: 'status' } }, { name: 'F', value: { ref: 'workflow', field: 'failures' } }] })],
    });
    const started = Date.now();
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false, parallelism: 2 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toBe('The workflow timed out after 3 s (spec.timeoutSeconds).');
    const report = results(summary).report!;
    expect(report.startsWith('Failed [')).toBe(true);
    expect(JSON.parse(report.slice('Failed '.length))).toEqual([{ name: 'fast', phase: 'Failed', message: 'exit code 2' }]);
  });
});

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

/**
 * The Airflow package's own wire-format test server (a real HTTP server on loopback), loaded by
 * path: it is test code of that package, outside this one's sources.
 */
interface FakeAirflowModule {
  CREDENTIALS: string;
  startFakeAirflow(options: { version: 2 | 3; dags: Record<string, { taskInstances: [] }> }): Promise<{ url: string; runs: Array<{ dag_id: string; conf: unknown }>; close(): Promise<void> }>;
}
const FAKE_AIRFLOW = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'packages', 'backend-airflow', 'test', 'support', 'fake-airflow.ts')).href;

describe('couler submit --backend airflow|tekton', () => {
  it('triggers a DAG run through Airflow\'s REST API, names it in Airflow\'s words, and says how to watch it', async () => {
    const { CREDENTIALS, startFakeAirflow } = (await import(FAKE_AIRFLOW)) as FakeAirflowModule;
    const server = await startFakeAirflow({ version: 3, dags: { coinflip: { taskInstances: [] } } });
    try {
      const directory = scratchWith('coinflip.ts');
      const submitted = await runCouler(['submit', 'coinflip.ts', '--backend', 'airflow', '--server', server.url, '--token', CREDENTIALS, '-p', 'unused=1'], directory);
      expect(submitted.stderr).toBe('');
      expect(submitted.code).toBe(0);
      const runId = /^✓ submitted DAG run (coinflip\/\S+)$/m.exec(submitted.stdout)?.[1];
      expect(runId).toBeDefined();
      expect(submitted.stdout).toContain(`next: couler watch ${runId} --backend airflow --server ${server.url}`);
      expect(server.runs).toEqual([expect.objectContaining({ dag_id: 'coinflip', conf: { unused: '1' } })]);
    } finally {
      await server.close();
    }
  });

  it('refuses --kind, an Argo choice, for the other engines before talking to any', async () => {
    const directory = scratchWith('coinflip.ts');
    const refused = await runCouler(['submit', 'coinflip.ts', '--backend', 'tekton', '--kind', 'WorkflowTemplate'], directory);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--kind chooses an Argo object; the tekton backend creates a PipelineRun.');
  });
});

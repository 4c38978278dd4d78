import { describe, expect, it } from 'vitest';
import { CoulerError, type Workflow } from '@couler/ir';
import { airflow } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow } from './support/ir';

async function refusal(workflow: Workflow): Promise<CoulerError> {
  const error = await airflow.doCompile(workflow, {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

const tree = (extra: Record<string, unknown> = {}) => container('write', { outputs: { artifacts: [{ name: 'tree', path: '/out/tree', ...extra }] } });
const reader = (input: Record<string, unknown>) =>
  container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'tree', path: '/in/tree', from: { ref: 'step', step: 'write', output: 'tree' }, ...input }] } });

describe('artifact options on Airflow', () => {
  it('sets the mode of an input after the fetch, through every file with recurseMode', () => {
    const checked = compileChecked(irWorkflow('mode', [tree(), reader({ mode: 0o750, recurseMode: true })]));
    expect(checked.source).toContain('chmod -R 750');
  });

  it.each([
    ['artifactGC', irWorkflow('gc', [tree({ artifactGC: 'Never' })]), 'Airflow deletes neither'],
    ['compressionLevel', irWorkflow('level', [tree({ compressionLevel: 9 })]), 'default level'],
    ['subPath', irWorkflow('part', [tree(), reader({ subPath: 'weights' })]), 'fetches an input artifact whole'],
    ['archiveLogs', irWorkflow('logs', [container('a')], { archiveLogs: true }), 'remote_logging'],
    ['artifactRepositoryRef', irWorkflow('repo', [container('a')], { artifactRepositoryRef: { configMap: 'repos', key: 'a' } }), 'artifactStore setting'],
  ])('refuses %s with the reason Airflow cannot', async (_field, workflow, reason) => {
    const error = await refusal(workflow);
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(JSON.stringify(error)).toContain(reason);
  });
});

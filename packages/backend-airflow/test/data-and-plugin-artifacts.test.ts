import { describe, expect, it } from 'vitest';
import { CoulerError, type Workflow } from '@couler/ir';
import { airflow } from '../src/index';
import { container, irWorkflow } from './support/ir';

async function refusal(workflow: Workflow): Promise<CoulerError> {
  const error = await airflow.doCompile(workflow, { settings: { artifactStore: { url: 's3://bucket/runs' } } }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

/** Every leaf error: one, or those INVALID_WORKFLOW lists. */
const leaves = (error: CoulerError) => (error.errors?.length ? error.errors : [error]);

describe('Argo-only storage constructs on Airflow', () => {
  it("refuses a data step with the reason: the transfer tool cannot list a prefix, and says what to do instead", async () => {
    const workflow = irWorkflow('listing', [{ name: 'files', kind: 'data', data: { source: { artifactPaths: { type: 's3', bucket: 'ml', key: 'raw' } }, transformation: [{ expression: 'filter(data, {# endsWith ".png"})' }] } } as never]);
    const [error] = leaves(await refusal(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'files', 'data'], stepIds: ['files'] });
    expect(error!.message).toContain('"step.data"');
    expect(error!.hint).toContain('cannot list a prefix');
  });

  it('refuses an artifact kept by an artifact driver plugin, naming the artifact and why', async () => {
    const location = { type: 'plugin', name: 'acme-store', configuration: 'bucket: ml', key: 'models/model.tgz' };
    const workflow = irWorkflow('plugins', [container('write', { outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } })]);
    const [error] = leaves(await refusal(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['write'] });
    expect(error!.message).toContain("only Argo's executor starts and calls");
  });
});

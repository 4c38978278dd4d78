import { CoulerError, IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createTektonBackend } from '../src/index';

const ir = (steps: Step[]): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'storage' }, spec: { steps } }) as Workflow;

/** What compiling for Tekton throws, as `couler compile --backend tekton` would get it. */
async function refusal(workflow: Workflow): Promise<CoulerError> {
  const error = await createTektonBackend().doCompile(workflow, {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

describe('Argo-only storage constructs on Tekton', () => {
  it('refuses a data step: Tekton has no such step and its transfer tool cannot list a prefix', async () => {
    const error = await refusal(ir([{ name: 'files', kind: 'data', data: { source: { artifactPaths: { type: 'gcs', bucket: 'ml', key: 'raw' } }, transformation: [] } } as never]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['files'] });
    expect(error.message).toContain('"step.data"');
    expect(error.hint).toContain('cannot list a prefix');
  });

  it('refuses an artifact kept by an artifact driver plugin: nothing in Tekton runs one', async () => {
    const location = { type: 'plugin', name: 'acme-store', configuration: 'bucket: ml', key: 'models/model.tgz' } as const;
    const error = await refusal(ir([{ name: 'write', kind: 'container', container: { image: 'alpine:3.20' }, outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } } as Step]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['write'] });
    expect(error.message).toContain('"artifact.plugin"');
    expect(error.hint).toContain("only Argo's executor starts beside a pod");
  });
});

import { CoulerError, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const HOSTILE = `a'b"{{workflow.name}}$(x)\n'''ü`;

describe('artifact options', () => {
  it('writes artifactGC, archiveLogs and the repository ref of the run, and per artifact and step, valid for Argo', () => {
    const workflow = irWorkflow(
      'gc',
      [
        container('write', {
          archiveLogs: true,
          outputs: {
            artifacts: [
              { name: 'model', path: '/out/model', artifactGC: 'Never', compressionLevel: 9 },
              { name: 'raw', path: '/out/raw', archive: 'none', artifactGC: 'OnWorkflowCompletion' },
            ],
          },
        }),
        container('read', {
          dependencies: ['write'],
          inputs: {
            artifacts: [
              { name: 'model', path: '/in/model', from: { ref: 'step', step: 'write', output: 'model' }, subPath: `weights/${HOSTILE}`, mode: 0o755, recurseMode: true },
              { name: 'notes', path: '/in/notes', raw: HOSTILE, mode: 0o600 },
            ],
          },
        }),
      ],
      { artifactGC: 'OnWorkflowDeletion', archiveLogs: false, artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a.v1' } },
    );
    const checked = compileChecked(workflow);
    expect(checked.document.spec).toMatchObject({
      artifactGC: { strategy: 'OnWorkflowDeletion' },
      archiveLogs: false,
      artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a.v1' },
    });
    const write = checked.template('write');
    expect(write.archiveLocation).toEqual({ archiveLogs: true });
    expect(write.outputs?.artifacts).toEqual([
      { name: 'model', path: '/out/model', archive: { tar: { compressionLevel: 9 } }, artifactGC: { strategy: 'Never' } },
      { name: 'raw', path: '/out/raw', archive: { none: {} }, artifactGC: { strategy: 'OnWorkflowCompletion' } },
    ]);
    const inputs = checked.template('read').inputs?.artifacts ?? [];
    expect(inputs[0]).toMatchObject({ mode: 0o755, recurseMode: true });
    // A user's `{{` stays text: Argo would otherwise substitute it.
    expect(inputs[0]?.subPath).not.toContain('{{workflow.name}}');
    expect(inputs[0]?.subPath).toContain("weights/a'b\"");
    expect(inputs[1]).toMatchObject({ mode: 0o600 });
  });

  it('refuses recurseMode without mode and a compression level with no archive, naming the field', async () => {
    const recurse = await refusal(irWorkflow('w', [container('a', { inputs: { artifacts: [{ name: 'x', path: '/x', raw: 'x', recurseMode: true }] } })]));
    expect(recurse).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'a', 'inputs', 'artifacts', 'x', 'recurseMode'] });
    const level = await refusal(irWorkflow('w', [container('a', { outputs: { artifacts: [{ name: 'x', path: '/x', archive: 'none', compressionLevel: 3 }] } })]));
    expect(level).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'a', 'outputs', 'artifacts', 'x', 'compressionLevel'] });
  });

  it('refuses a repository ConfigMap name that is no Kubernetes name, so no hostile text reaches the Workflow', async () => {
    const error = await refusal(irWorkflow('w', [container('a')], { artifactRepositoryRef: { configMap: "repo{{x}}'", key: 'k' } }));
    expect(JSON.stringify(error)).toContain('must be a ConfigMap name');
  });
});

/** The first error `doCompile` answers with, with each of several. */
async function refusal(workflow: Workflow): Promise<{ code?: string; path?: unknown; errors?: ReadonlyArray<{ code: string; path?: unknown }> }> {
  const error = await createArgoBackend().doCompile(workflow, {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`Expected a CoulerError, got ${String(error)}`);
  return error.errors?.length === 1 ? error.errors[0]! : error;
}

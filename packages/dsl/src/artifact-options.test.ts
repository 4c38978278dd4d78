import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { createLocalArtifact, createRawArtifact, createS3Artifact } from './artifacts';
import { configWorkflow } from './config-workflow';
import { runContainer } from './run-container';
import { workflow } from './workflow';

const HOSTILE = `a'b"{{workflow.name}}$(x)\n'''ü`;

describe('artifact options', () => {
  it('carries artifactGC, compressionLevel, mode, recurseMode, subPath, raw text and archiveLogs into the IR, hostile text kept as text', () => {
    const built = workflow('options', () => {
      configWorkflow({ artifactGC: 'OnWorkflowCompletion', archiveLogs: true, artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a' } });
      const write = runContainer({ image: 'alpine:3.20', stepName: 'write', archiveLogs: false, output: createLocalArtifact('/out/tree', { name: 'tree', artifactGC: 'Never', compressionLevel: 1 }) });
      runContainer({
        image: 'alpine:3.20',
        stepName: 'read',
        input: [write.output('tree').at('/in/part', { subPath: HOSTILE, mode: 0o755, recurseMode: true }), createRawArtifact('/in/notes', { data: HOSTILE, mode: 0o600 })],
      });
    });
    expect(validate(built)).toEqual([]);
    expect(built.spec).toMatchObject({ artifactGC: 'OnWorkflowCompletion', archiveLogs: true, artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a' } });
    expect(stepOf(built, 'write')).toMatchObject({ archiveLogs: false, outputs: { artifacts: [{ name: 'tree', artifactGC: 'Never', compressionLevel: 1 }] } });
    expect(stepOf(built, 'read').inputs?.artifacts).toEqual([
      { name: 'tree', path: '/in/part', from: { ref: 'step', step: 'write', output: 'tree' }, subPath: HOSTILE, mode: 0o755, recurseMode: true },
      { name: 'notes', path: '/in/notes', raw: HOSTILE, mode: 0o600 },
    ]);
  });

  it('refuses an output-only option on an input and an input-only option on an output, instead of dropping it', () => {
    const onInput = catchCouler(() =>
      workflow('w', () => void runContainer({ image: 'alpine:3.20', input: createS3Artifact('/in/x', { bucket: 'b', key: 'k', artifactGC: 'Never' }) })),
    );
    expect(onInput.message).toContain('"artifactGC", which only a stored output has');
    const onOutput = catchCouler(() => workflow('w', () => void runContainer({ image: 'alpine:3.20', output: createLocalArtifact('/out/x', { subPath: 'a' }) })));
    expect(onOutput.message).toContain('"subPath", which only a step\'s input has');
  });

  it('refuses an unknown artifactGC strategy, naming the three', () => {
    const error = catchCouler(() => workflow('w', () => configWorkflow({ artifactGC: 'OnCompletion' as never })));
    expect(error.message).toBe("configWorkflow({ artifactGC }) must be one of 'OnWorkflowCompletion', 'OnWorkflowDeletion', 'Never'; got \"OnCompletion\".");
  });
});

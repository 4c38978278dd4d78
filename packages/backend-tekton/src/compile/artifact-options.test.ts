import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createTektonBackend } from '../tekton-backend';

const tekton = createTektonBackend();

function ir(steps: Step[], spec: Partial<Workflow['spec']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' }, spec: { steps, ...spec } } as Workflow;
}
const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, ...extra }) as Step;
const tree = (extra: Record<string, unknown> = {}) => container('write', { outputs: { artifacts: [{ name: 'tree', path: '/out/tree', ...extra }] } });
const reader = (input: Record<string, unknown>) =>
  container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'tree', path: '/in/tree', from: { ref: 'step', step: 'write', output: 'tree' }, ...input }] } });

describe('artifact options on Tekton', () => {
  it.each([
    ['artifactGC', ir([tree({ artifactGC: 'OnWorkflowCompletion' })]), 'objects outlive the PipelineRun'],
    ['compressionLevel', ir([tree({ compressionLevel: 1 })]), "gzip\\'s default level"],
    ['mode', ir([tree(), reader({ mode: 0o644 })]), 'chmod'],
    ['subPath', ir([tree(), reader({ subPath: 'weights' })]), 'fetches an artifact whole'],
    ['archiveLogs', ir([container('a', { archiveLogs: true })]), 'Tekton Results'],
    ['artifactRepositoryRef', ir([container('a')], { artifactRepositoryRef: { configMap: 'repos', key: 'a' } }), 'no artifact repository'],
  ])('refuses %s with the reason Tekton cannot, instead of dropping it', async (_field, workflow, reason) => {
    const error = await tekton.doCompile(workflow, {}).then(
      () => undefined,
      (caught: unknown) => caught as { code?: string; hint?: string },
    );
    expect(error?.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error?.hint).toContain(reason.replace("\\'", "'"));
  });
});

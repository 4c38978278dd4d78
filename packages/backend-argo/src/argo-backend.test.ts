import { ALL_CONSTRUCTS, CoulerError, OPT_IN_CONSTRUCTS, type Workflow } from '@couler/ir';
import { assertBackendConformance, conformanceWorkflows } from '@couler/ir/test';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { container, irWorkflow } from '../test/support/ir';
import { ARGO_CAPABILITIES, argo, createArgoBackend } from './argo-backend';

async function compileError(promise: PromiseLike<unknown>): Promise<CoulerError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`Expected a CoulerError, got ${String(error)}`);
  return error;
}

describe('argo backend', () => {
  it('passes the BackendV1 conformance checks of @couler/ir/test, in both template styles', async () => {
    await assertBackendConformance(argo);
    await assertBackendConformance(createArgoBackend({ templateStyle: 'steps' }));
    await assertBackendConformance(createArgoBackend({ kind: 'WorkflowTemplate', validate: true }));
  });

  it('is a v1 backend named "argo" that expresses every construct of the IR', () => {
    expect(argo.specificationVersion).toBe('v1');
    expect(argo.backendId).toBe('argo');
    expect([...ARGO_CAPABILITIES].sort()).toEqual([...ALL_CONSTRUCTS, ...OPT_IN_CONSTRUCTS].sort());
  });

  it('writes <workflow>.argo.yaml holding a Workflow that generates its name', async () => {
    const result = await argo.doCompile(conformanceWorkflows.diamond!, {});
    expect(result.files.map((file) => file.path)).toEqual(['diamond.argo.yaml']);
    const document = parse(result.files[0]!.contents, { version: '1.1' }) as { kind: string; metadata: Record<string, string> };
    expect(document.kind).toBe('Workflow');
    expect(document.metadata).toEqual({ generateName: 'diamond-' });
    expect(result.warnings).toEqual([]);
  });

  it('takes per-compile settings over the instance settings', async () => {
    const backend = createArgoBackend({ kind: 'WorkflowTemplate' });
    const template = await backend.doCompile(conformanceWorkflows.diamond!, {});
    expect(template.files[0]!.contents).toContain('kind: WorkflowTemplate\n');
    const cluster = await backend.doCompile(conformanceWorkflows.diamond!, { settings: { kind: 'ClusterWorkflowTemplate' } });
    expect(cluster.files[0]!.contents).toContain('kind: ClusterWorkflowTemplate\n');
  });

  it('refuses an unknown setting or a bad value with a located INVALID_FIELD', async () => {
    expect(() => createArgoBackend({ kind: 'Pod' as 'Workflow' })).toThrowError(expect.objectContaining({ code: 'INVALID_FIELD', path: ['settings', 'kind'] }));
    const typo = await compileError(argo.doCompile(conformanceWorkflows.diamond!, { settings: { templatestyle: 'steps' } }));
    expect(typo.code).toBe('INVALID_FIELD');
    expect(typo.path).toEqual(['settings', 'templatestyle']);
    expect(typo.hint).toContain('templateStyle');
  });

  it('answers a value that is not a workflow, or an invalid one, with the IR errors', async () => {
    const broken = irWorkflow('broken', [container('a'), { name: 'b', kind: 'container' } as never]);
    expect((await compileError(argo.doCompile(broken, {}))).path).toEqual(['steps', 'b', 'container']);
    const invalid = irWorkflow('invalid', [container('a', { dependencies: ['ghost'] })]);
    const error = await compileError(argo.doCompile(invalid, {}));
    expect(error.code).toBe('UNKNOWN_STEP');
  });

  it('with validate: true checks the emitted document against Argo and passes valid workflows', async () => {
    const backend = createArgoBackend({ validate: true });
    for (const workflow of Object.values(conformanceWorkflows)) {
      const result = await backend.doCompile(workflow as Workflow, {});
      expect(result.files).toHaveLength(1);
    }
  });

  it('compiles the same workflow to byte-identical files whatever order its steps are listed in', async () => {
    const steps = [container('d', { dependencies: ['b', 'c'] }), container('c', { dependencies: ['a'] }), container('a'), container('b', { dependencies: ['a'] })];
    const first = await argo.doCompile(irWorkflow('diamond', steps), {});
    const reordered = await argo.doCompile(irWorkflow('diamond', [...steps].reverse()), {});
    expect(reordered.files[0]!.contents).toBe(first.files[0]!.contents);
    expect((await argo.doCompile(conformanceWorkflows.diamond!, {})).files[0]!.contents).toBe(first.files[0]!.contents);
  });
});

import { describe, expect, it } from 'vitest';
import { upstreamDocuments } from '../../test/support/upstream-documents';
import { argoKindReference, createArgoAjv } from './create-argo-ajv';
import { generatedArgoValidators } from './generated-argo-validators';

// Documents with a problem of each kind the schema finds, on top of Argo's own examples.
function broken(): unknown[] {
  const base = () => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { generateName: 'x-' }, spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox' } }] } as Record<string, unknown> });
  const typo = base();
  (typo.spec.templates as Array<Record<string, unknown>>)[0]!.contianer = { image: '$(echo hi) {{x}}' };
  const types = base();
  Object.assign(types.spec, { parallelism: 'two', arguments: { parameters: [{ value: 3 }] }, activeDeadlineSeconds: '1\n2' });
  const cron = { ...base(), kind: 'CronWorkflow', spec: { schedules: [7], workflowSpec: base().spec } };
  return [typo, types, cron, { ...base(), metadata: { name: 'ü', labels: { a: 1 } } }];
}

describe('the validators the build generates (Ajv standalone code)', () => {
  it('are there once the package is built, one per Argo kind', () => {
    expect(Object.keys(generatedArgoValidators() ?? {})).toEqual(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow']);
  });

  it("give the errors of the schema compiled at run time, on Argo's examples and on broken documents", () => {
    const ajv = createArgoAjv({ intOrString: false, allowUnknownFields: false });
    const generated = generatedArgoValidators()!;
    const documents = [...upstreamDocuments().map((entry) => entry.document), ...broken()];
    let invalid = 0;
    for (const document of documents) {
      const kind = (document as { kind: string }).kind;
      const compiled = ajv.compile({ $ref: argoKindReference(kind) });
      const expected = compiled(document);
      expect(generated[kind]!(document)).toBe(expected);
      expect(generated[kind]!.errors ?? null).toEqual(compiled.errors ?? null);
      if (!expected) invalid++;
    }
    expect(invalid).toBeGreaterThanOrEqual(5);
  });
});

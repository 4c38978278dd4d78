import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upstreamDocuments } from '../../test/support/upstream-documents';
import { argoSchemaPath, loadRawArgoSchema } from './load-argo-schema';
import { validateArgoDocument } from './validate-argo-document';

const minimal = () => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName: 'hello-' },
  spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox', command: ['echo'], args: ['hi'] } }] },
});

describe('validateArgoDocument', () => {
  it('ships Argo v4.1 schema unmodified, next to the LICENSE it comes under', () => {
    const schema = loadRawArgoSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const digest = createHash('sha256').update(readFileSync(argoSchemaPath())).digest('hex');
    expect(digest).toBe('3f84c5722c48a5aa815fe69119a9375fc3635114f8046da20ede55a8596529f5');
    expect(readFileSync(join(argoSchemaPath(), '..', 'LICENSE'), 'utf8')).toContain('Apache License');
  });

  it("accepts all of Argo's 15 example files, the IntOrString one only when integers are allowed", () => {
    const documents = upstreamDocuments();
    expect(new Set(documents.map((entry) => entry.file)).size).toBe(15);
    const failing = documents.filter((entry) => validateArgoDocument(entry.document).length > 0).map((entry) => `${entry.file}[${entry.index}]`);
    expect(failing).toEqual(['workflow-template-templates.yaml[1]']);
    for (const entry of documents) expect(validateArgoDocument(entry.document, { intOrString: true }), `${entry.file}[${entry.index}]`).toEqual([]);
  });

  it('rejects a typo key as argo lint --strict does, unless unknown fields are allowed', () => {
    const document = minimal();
    (document.spec.templates[0] as Record<string, unknown>).contianer = {};
    expect(validateArgoDocument(document)).toEqual([
      { pointer: '/spec/templates/0', path: ['spec', 'templates', 0], message: '/spec/templates/0 has a field Argo does not know: "contianer"' },
    ]);
    expect(validateArgoDocument(document, { allowUnknownFields: true })).toEqual([]);
  });

  it('rejects wrong types, missing required fields and a wrong apiVersion, with the path of each', () => {
    const document = minimal() as Record<string, unknown> & { spec: Record<string, unknown> };
    document.apiVersion = 'argoproj.io/v1';
    document.spec.parallelism = 'two';
    document.spec.arguments = { parameters: [{ value: 3 }] };
    const problems = validateArgoDocument(document);
    expect(problems.map((problem) => problem.pointer).sort()).toEqual(['/apiVersion', '/spec/arguments/parameters/0', '/spec/arguments/parameters/0/value', '/spec/parallelism']);
    expect(problems.find((problem) => problem.pointer === '/spec/arguments/parameters/0')!.message).toContain('required field "name"');
  });

  it('says which kinds it knows when given something else', () => {
    expect(validateArgoDocument({ kind: 'Pod' })).toEqual([{ pointer: '/kind', path: ['kind'], message: expect.stringContaining('Workflow, WorkflowTemplate') }]);
  });
});

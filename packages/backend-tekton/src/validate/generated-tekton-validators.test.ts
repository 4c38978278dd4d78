import { describe, expect, it } from 'vitest';
import { upstreamDocuments, upstreamFiles } from '../../test/support/upstream-examples';
import { createTektonAjv } from './create-tekton-ajv';
import { generatedTektonValidators } from './generated-tekton-validators';
import { strictTektonSchema, TEKTON_KINDS, type TektonKind } from './load-tekton-schemas';

// Documents with a problem of each kind the schemas find (formats included), on top of Tekton's examples.
function broken(): Array<Record<string, unknown>> {
  const task = (spec: Record<string, unknown>) => ({ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 'x' }, spec });
  return [
    task({ steps: [{ name: 'a', image: 'b', timeout: 5, script: '$(params.x) {{ }}' }] }),
    task({ steps: [{ name: 'a', image: 'b', imagePullPolicy: 3, securityContext: { runAsUser: 1.5 } }], stepTemplate: { unknown: true } }),
    { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'p' }, spec: { tasks: [{ name: 't', taskSpec: { steps: [{ image: 'x', bogus: 'ü\n' }] }, retries: '2' }] } },
    { apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name: 'r' }, spec: { taskSpec: { steps: [{ image: 'x', resources: { limits: { cpu: 1 } } }] }, timeout: 1 } },
  ];
}

describe('the validators the build generates (Ajv standalone code)', () => {
  it('are there once the package is built, one per Tekton kind', () => {
    expect(Object.keys(generatedTektonValidators() ?? {}).sort()).toEqual([...TEKTON_KINDS].sort());
  });

  it("give the errors of the schemas compiled at run time, on Tekton's examples and on broken documents", () => {
    const ajv = createTektonAjv();
    const compiled = new Map(TEKTON_KINDS.map((kind) => [kind, ajv.compile(strictTektonSchema(kind))]));
    const generated = generatedTektonValidators()!;
    const documents = [...upstreamFiles().flatMap(upstreamDocuments), ...broken()].filter((document) => (TEKTON_KINDS as string[]).includes(document.kind as string));
    let invalid = 0;
    for (const { status: _status, ...document } of documents) {
      const kind = document.kind as TektonKind;
      const expected = compiled.get(kind)!(document);
      expect(generated[kind]!(document)).toBe(expected);
      expect(generated[kind]!.errors ?? null).toEqual(compiled.get(kind)!.errors ?? null);
      if (!expected) invalid++;
    }
    expect(invalid).toBeGreaterThanOrEqual(4);
  });
});

/**
 * An Argo document as the Argo tests here need it: compiled, emitted, read back as kubectl reads
 * YAML (1.1) to the same document, and clean under Argo's schema and lint rules.
 */
import { compileToArgo, emitArgoYaml, lintArgoDocument, validateArgoDocument, type ArgoCompileOptions, type ArgoDocument } from '@couler/backend-argo';
import type { Workflow } from '@couler/ir';
import { expect } from 'vitest';
import { parse } from 'yaml';

export function compileChecked(workflow: Workflow, options: ArgoCompileOptions = {}): { document: ArgoDocument; yaml: string } {
  const { document } = compileToArgo(workflow, options);
  const yaml = emitArgoYaml(document);
  const reread = parse(yaml, { version: '1.1' }) as unknown;
  expect(reread).toEqual(JSON.parse(JSON.stringify(document)));
  expect(validateArgoDocument(reread), 'Argo schema problems').toEqual([]);
  expect(lintArgoDocument(reread), 'argo lint problems').toEqual([]);
  return { document, yaml };
}

/** The error a function throws, for asserting on its code, path and message. */
export function thrown(action: () => unknown): { code?: string; message: string; hint?: string; path?: ReadonlyArray<string | number> } {
  try {
    action();
  } catch (error) {
    return error as ReturnType<typeof thrown>;
  }
  throw new Error('Expected an error, but nothing was thrown.');
}

import type { Workflow } from '@couler/ir';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { compileToArgo, emitArgoYaml, lintArgoDocument, validateArgoDocument, type ArgoCompileOptions, type ArgoDocument, type ArgoTemplate } from '../../src/index';

export interface Checked {
  readonly document: ArgoDocument;
  readonly yaml: string;
  readonly warnings: ReadonlyArray<{ message: string }>;
  /** The templates of the workflow spec, by name. */
  template(name: string): ArgoTemplate;
}

/**
 * Compiles, emits, reads the YAML back as kubectl would (YAML 1.1) and checks the result is the
 * same document, valid for Argo's schema (closed objects) and clean under the semantic lint.
 */
export function compileChecked(workflow: Workflow, options: ArgoCompileOptions = {}): Checked {
  const { document, warnings } = compileToArgo(workflow, options);
  const yaml = emitArgoYaml(document);
  const reread = parse(yaml, { version: '1.1' }) as unknown;
  expect(reread).toEqual(JSON.parse(JSON.stringify(document)));
  expect(validateArgoDocument(reread), 'Argo schema problems').toEqual([]);
  expect(lintArgoDocument(reread), 'argo lint problems').toEqual([]);
  const spec = document.kind === 'CronWorkflow' ? (document.spec as { workflowSpec: { templates: ArgoTemplate[] } }).workflowSpec : (document.spec as { templates: ArgoTemplate[] });
  return {
    document,
    yaml,
    warnings,
    template(name) {
      const found = spec.templates.find((template) => template.name === name);
      if (!found) throw new Error(`No template "${name}"; templates: ${spec.templates.map((template) => template.name).join(', ')}`);
      return found;
    },
  };
}

/** The error a function throws, for asserting on its code, path and message. */
export function thrown(action: () => unknown): { code?: string; path?: ReadonlyArray<string | number>; message: string; stepIds?: ReadonlyArray<string>; hint?: string; errors?: ReadonlyArray<{ code: string; path?: ReadonlyArray<string | number>; message: string }> } {
  try {
    action();
  } catch (error) {
    return error as ReturnType<typeof thrown>;
  }
  throw new Error('Expected an error, but nothing was thrown.');
}

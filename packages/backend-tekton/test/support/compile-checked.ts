import type { Workflow } from '@couler/ir';
import { expect } from 'vitest';
import { compileToTekton, emitTektonYaml, validateTektonYaml, type TektonCompileOptions, type TektonDocument } from '../../src/index';
import { parseAllDocuments } from 'yaml';
import type { LooseJson } from './loose-json';

/**
 * Compiles, emits, and checks what a user would rely on: the YAML reads back (as kubectl reads
 * it, YAML 1.1) as exactly the documents compiled, and Tekton's schema and webhook rules accept
 * every document.
 */
export function compileChecked(workflow: Workflow, options: TektonCompileOptions = {}): { documents: TektonDocument[]; yaml: string } {
  const { documents } = compileToTekton(workflow, options);
  const yaml = emitTektonYaml(documents);
  const read = parseAllDocuments(yaml, { version: '1.1' }).map((document) => document.toJS());
  expect(read).toEqual(JSON.parse(JSON.stringify(documents)));
  expect(validateTektonYaml(yaml, { enableCelInWhenExpression: options.cel === true })).toEqual([]);
  return { documents, yaml };
}

export function pipelineOf(documents: ReadonlyArray<TektonDocument>): LooseJson {
  const pipeline = documents.find((document) => document.kind === 'Pipeline');
  return (pipeline?.spec ?? documents.find((document) => document.kind === 'PipelineRun')!.spec.pipelineSpec) as LooseJson;
}

export function taskNamed(documents: ReadonlyArray<TektonDocument>, name: string): LooseJson {
  const spec = pipelineOf(documents);
  const task = [...spec.tasks, ...(spec.finally ?? [])].find((candidate: { name: string }) => candidate.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
}

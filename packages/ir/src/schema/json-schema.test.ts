import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect } from 'vitest';
import { workflowArbitrary } from '../__tests__/workflow-arbitrary';
import { checkWorkflow } from '../serialization/parse-workflow';
import { conformanceWorkflows } from '../test/conformance-workflows';
import { createWorkflowJsonSchema } from './json-schema';
import { IR_API_VERSION } from './workflow';

const schemaFile = fileURLToPath(new URL('../../schema/workflow.schema.json', import.meta.url));
const published = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
// strict: unknown keywords would be an error; union types ("string" | "number") are what we mean.
const validateAgainstSchema = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(published);

function schemaErrors(value: unknown): string[] {
  return validateAgainstSchema(value) ? [] : (validateAgainstSchema.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const base = { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' } };
const step = { name: 'a', kind: 'container', container: { image: 'alpine' } };

describe('schema/workflow.schema.json', () => {
  test('is what the build writes from the zod source: draft 2020-12, with a stable $id', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(`${JSON.stringify(createWorkflowJsonSchema(), null, 2)}\n`);
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(published.$id).toBe('https://couler.dev/schemas/v1alpha1/workflow.schema.json');
  });

  test('accepts every conformance workflow', () => {
    for (const [name, workflow] of Object.entries(conformanceWorkflows)) {
      expect({ name, errors: schemaErrors(workflow) }).toEqual({ name, errors: [] });
    }
  });

  test.prop([workflowArbitrary], { numRuns: 50 })('accepts every generated valid workflow', (workflow) => {
    expect(schemaErrors(JSON.parse(JSON.stringify(workflow)))).toEqual([]);
  });

  test.each([
    ['an unknown field', { ...base, spec: { steps: [{ ...step, retries: 3 }] } }, '/spec/steps/0'],
    ['a step without an image', { ...base, spec: { steps: [{ ...step, container: {} }] } }, '/spec/steps/0'],
    ['another apiVersion', { ...base, apiVersion: 'couler.dev/v2', spec: { steps: [] } }, '/apiVersion'],
    ['a loop capped at 0', { ...base, spec: { steps: [step], groups: [{ name: 'g', kind: 'while', steps: ['a'], condition: { op: 'equal', left: 1, right: 1 }, maxIterations: 0 }] } }, '/spec/groups/0'],
    ['a bad quantity', { ...base, spec: { steps: [{ ...step, resources: { limits: { memory: '4 GB' } } }] } }, '/spec/steps/0'],
    ['a reference of an unknown sort', { ...base, spec: { steps: [{ ...step, container: { image: 'a', args: [{ ref: 'secret', name: 'x' }] } }] } }, '/spec/steps/0'],
    ['no metadata', { apiVersion: IR_API_VERSION, kind: 'Workflow', spec: { steps: [] } }, ''],
  ])('rejects %s, as parsing does', (_label, value, where) => {
    const errors = schemaErrors(value);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((error) => error.startsWith(`${where} `) || error.startsWith(`${where}/`))).toBe(true);
    expect(checkWorkflow(value).workflow).toBeUndefined();
  });

  test('every object with named fields refuses fields it does not name, as parsing does', () => {
    const open: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.properties !== undefined && schema.additionalProperties !== false) open.push(at);
      for (const [key, child] of Object.entries(schema)) visit(child, `${at}/${key}`);
    };
    visit(published, '');
    expect(open).toEqual([]);
  });

  test.prop([fc.constantFrom('name', 'kind', 'container')])('rejects a step missing a required field', (field) => {
    const broken = Object.fromEntries(Object.entries(step).filter(([key]) => key !== field));
    expect(schemaErrors({ ...base, spec: { steps: [broken] } })).not.toEqual([]);
  });
});

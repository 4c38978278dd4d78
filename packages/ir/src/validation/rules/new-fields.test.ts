import { describe, expect, test } from 'vitest';
import { container, output, outputs, workflow } from '../../__tests__/workflows';
import { buildWorkflowGraph, topologicalOrder } from '../../graph/workflow-graph';
import { WorkflowSchema } from '../../schema/workflow';
import { validate } from '../validate';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { exactlyOneRule } from './exactly-one-rule';
import { referencesRule } from './references-rule';

const items = { map: { items: [{ image: 'debian', tag: '9.1' }, { image: 'alpine', tag: '3.6' }] } };
const perItemImage = { concat: [{ ref: 'item', key: 'image' }, ':', { ref: 'item', key: 'tag' }] };
const templateRef = (name: string, fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'templateRef',
  templateRef: { name: 'workflow-template-print-message', template: 'print-message' },
  ...fields,
});

describe('an image chosen when the step runs', () => {
  test('a plain string stays valid; a concat of item fields is valid in a mapped step', () => {
    expect(validate(workflow([container('a')])).map(String)).toEqual([]);
    expect(validate(workflow([container('test-linux', items, { image: perItemImage })])).map(String)).toEqual([]);
  });

  test('its references are checked like any other: an item outside a map, a missing field, an artifact', () => {
    const producer = container('pack', { outputs: { artifacts: [{ name: 'model', path: '/m' }] } });
    expectValidationErrors(referencesRule, workflow([producer, container('plain', {}, { image: { ref: 'item' } }), container('mapped', items, { image: { concat: [{ ref: 'item', key: 'os' }] } }), container('art', {}, { image: output('pack', 'model') })]), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'plain', 'container', 'image'], message: 'not mapped' },
      { code: 'INVALID_REFERENCE', path: ['steps', 'mapped', 'container', 'image'], message: 'field "os"' },
      { code: 'TYPE_MISMATCH', path: ['steps', 'art', 'container', 'image'], message: 'as a value' },
    ]);
  });

  test("an image read from another step's output makes that step a dependency", () => {
    const value = workflow([container('use', {}, { image: output('pick', 'image') }), container('pick', outputs('image'))]);
    expect(topologicalOrder(buildWorkflowGraph(value)).order).toEqual(['pick', 'use']);
  });

  test('an empty literal image is still refused by the schema', () => {
    expect(WorkflowSchema.safeParse({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'w' }, spec: { steps: [{ name: 'a', kind: 'container', container: { image: '' } }] } }).success).toBe(false);
  });
});

describe('templateRef steps', () => {
  test('arguments as input values, outputs declared by name, and later steps reading them', () => {
    const value = workflow([
      templateRef('hello', { inputs: { parameters: [{ name: 'message', value: 'hi' }] }, outputs: { parameters: [{ name: 'said' }] } }),
      container('echo', {}, { args: [output('hello', 'said')] }),
    ]);
    expect(validate(value).map(String)).toEqual([]);
  });

  test('an output with a source of its own, or an artifact, is refused: the template owns its outputs', () => {
    expectValidationErrors(exactlyOneRule, workflow([templateRef('hello', { outputs: { parameters: [{ name: 'said', path: '/tmp/said' }], artifacts: [{ name: 'file', path: '/f' }] } })]), [
      { code: 'INVALID_FIELD', path: ['steps', 'hello', 'outputs', 'parameters', 'said'], message: 'declare it by name only' },
      { code: 'INVALID_FIELD', path: ['steps', 'hello', 'outputs', 'artifacts'] },
    ]);
    expectValid(exactlyOneRule, workflow([templateRef('hello')]));
  });

  test('it has no standard output to read', () => {
    expectValidationErrors(referencesRule, workflow([templateRef('hello'), container('echo', {}, { args: [output('hello')] })]), [
      { code: 'UNKNOWN_OUTPUT', path: ['steps', 'echo', 'container', 'args', 0], stepIds: ['echo', 'hello'] },
    ]);
  });
});

describe('retry backoff cap', () => {
  test('is a non-negative number of seconds', () => {
    const parse = (capSeconds: number) => WorkflowSchema.safeParse(workflow([container('a', { retry: { limit: 3, backoff: { durationSeconds: 1, factor: 2, capSeconds } } })])).success;
    expect(parse(5)).toBe(true);
    expect(() => parse(-1)).toThrow();
  });
});

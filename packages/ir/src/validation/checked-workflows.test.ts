import { describe, expect, test } from 'vitest';
import { container, workflow } from '../__tests__/workflows';
import type { Step } from '../schema/step';
import { checkWorkflow, parseWorkflow } from '../serialization/parse-workflow';
import { canonicalizeWorkflow, serializeWorkflow } from '../serialization/serialize-workflow';
import { isCheckedWorkflow } from './checked-workflows';

const valid = () => workflow([container('b', { dependencies: ['a'] }), container('a')]);

describe('isCheckedWorkflow', () => {
  test('a parsed workflow is checked; the value it was parsed from, or a copy of it, is not', () => {
    const value = valid();
    const parsed = parseWorkflow(value);
    expect(isCheckedWorkflow(parsed)).toBe(true);
    expect(isCheckedWorkflow(value)).toBe(false);
    expect(isCheckedWorkflow(structuredClone(parsed))).toBe(false);
    expect(isCheckedWorkflow({ ...parsed, spec: { ...parsed.spec } })).toBe(false);
  });

  test('checking a checked workflow again returns it as it is', () => {
    const parsed = parseWorkflow(valid());
    expect(checkWorkflow(parsed).workflow).toBe(parsed);
    expect(parseWorkflow(parsed)).toBe(parsed);
  });

  test('a workflow with problems is never recorded as checked', () => {
    const { workflow: parsed, errors } = checkWorkflow(workflow([container('a', { dependencies: ['a'] })]));
    expect(errors.map((error) => error.code)).toEqual(['CYCLE']);
    expect(isCheckedWorkflow(parsed)).toBe(false);
    expect(checkWorkflow(parsed).errors.map((error) => error.code)).toEqual(['CYCLE']);
  });

  test('a checked workflow whose steps were added, replaced or renamed is checked again', () => {
    const grown = parseWorkflow(valid());
    grown.spec.steps.push(container('a') as unknown as Step);
    expect(isCheckedWorkflow(grown)).toBe(false);
    expect(checkWorkflow(grown).errors.map((error) => error.code)).toEqual(['DUPLICATE_STEP']);

    const replaced = parseWorkflow(valid());
    replaced.spec.steps = [container('x', { dependencies: ['ghost'] }) as unknown as Step];
    expect(checkWorkflow(replaced).errors.map((error) => error.code)).toEqual(['UNKNOWN_STEP']);

    const renamed = parseWorkflow(valid());
    renamed.metadata.name = 'Not A Name';
    expect(checkWorkflow(renamed).errors.map((error) => error.code)).toEqual(['INVALID_NAME']);
  });

  test('the canonical form of a checked workflow is checked, orders its steps, and leaves the input alone', () => {
    const parsed = parseWorkflow(valid());
    const canonical = canonicalizeWorkflow(parsed);
    expect(isCheckedWorkflow(canonical)).toBe(true);
    expect(canonical.spec.steps.map((step) => step.name)).toEqual(['a', 'b']);
    expect(parsed.spec.steps.map((step) => step.name)).toEqual(['b', 'a']);
    expect(serializeWorkflow(parsed)).toBe(serializeWorkflow(valid()));
  });

  test('parsing writes -0 as 0, as the canonical form does', () => {
    const parsed = parseWorkflow(workflow([container('a', { map: { items: [-0, { x: -0 }] } })], { parameters: [{ name: 'p', default: -0 }] }));
    expect(Object.is(parsed.spec.steps[0]!.map!.items![0], 0)).toBe(true);
    expect(Object.is((parsed.spec.steps[0]!.map!.items![1] as { x: number }).x, 0)).toBe(true);
    expect(Object.is(parsed.spec.parameters![0]!.default, 0)).toBe(true);
  });
});

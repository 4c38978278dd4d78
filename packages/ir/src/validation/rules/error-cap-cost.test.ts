import { describe, expect, test, vi } from 'vitest';
import { echo, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';

// Count the suggestions computed: each compares a name with every known one.
const suggestions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../errors/did-you-mean', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../errors/did-you-mean')>();
  return {
    ...original,
    didYouMean: (...args: Parameters<typeof original.didYouMean>) => {
      suggestions.count++;
      return original.didYouMean(...args);
    },
  };
});

describe('the error cap bounds the cost of a workflow full of mistakes', () => {
  test('past the cap, no suggestion is computed: unknown names × steps stays cap × steps', () => {
    const steps = Array.from({ length: 3000 }, (_, index) => echo(`step-${index}`, []));
    const wf = workflow(steps);
    const listed = Array.from({ length: 3000 }, (_, index) => [`missing-${index}`]);
    const withGroup = { ...wf, spec: { ...wf.spec, groups: [{ name: 'fan', kind: 'concurrent', branches: listed }] } } as typeof wf;
    const result = validate(withGroup, { maxErrors: 50 });
    expect(result).toHaveLength(50);
    expect(result.every((error) => error.code === 'UNKNOWN_STEP')).toBe(true);
    expect(suggestions.count).toBeLessThanOrEqual(50);
  });
});

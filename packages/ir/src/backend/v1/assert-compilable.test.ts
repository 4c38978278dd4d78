import { describe, expect, test } from 'vitest';
import { CoulerError } from '../../errors/couler-error';
import { container, script, workflow } from '../../__tests__/workflows';
import { assertCompilable } from './assert-compilable';

function codeOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error.code;
    throw error;
  }
  return undefined;
}

const basic = { backendId: 'basic', capabilities: ['step.container', 'dependencies'] as const };

describe('assertCompilable', () => {
  test('checks shape, then validity, then support: the first that fails is thrown', () => {
    expect(codeOf(() => assertCompilable({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'x' }, spec: { steps: 'no' } }, basic))).toBe('INVALID_FIELD');
    expect(codeOf(() => assertCompilable(workflow([container('a', { dependencies: ['ghost'] })]), basic))).toBe('UNKNOWN_STEP');
    expect(codeOf(() => assertCompilable(workflow([container('a'), script('b')]), basic))).toBe('UNSUPPORTED_BY_BACKEND');
    expect(codeOf(() => assertCompilable(workflow([container('a'), script('b')])))).toBeUndefined();
    expect(codeOf(() => assertCompilable(workflow([container('a')]), basic))).toBeUndefined();
  });
});

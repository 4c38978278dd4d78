import { describe, expect, test } from 'vitest';
import { CoulerError } from '../../errors/couler-error';
import { container, script, workflow } from '../../__tests__/workflows';
import { conformanceWorkflows } from '../../test/conformance-workflows';
import { assertSupported } from './assert-supported';
import { ALL_CONSTRUCTS, type Construct } from './constructs';

function refusal(run: () => void): CoulerError {
  try {
    run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected UNSUPPORTED_BY_BACKEND');
}

const basic = { backendId: 'basic', capabilities: ['step.container', 'dependencies'] as Construct[] };

describe('assertSupported', () => {
  test('passes when every construct is supported, as an array or a set', () => {
    expect(() => assertSupported(conformanceWorkflows.diamond!, basic)).not.toThrow();
    expect(() => assertSupported(conformanceWorkflows['exec-while']!, { backendId: 'all', capabilities: new Set(ALL_CONSTRUCTS) })).not.toThrow();
  });

  test('one unsupported use: an error naming construct, step and backend', () => {
    const error = refusal(() => assertSupported(workflow([container('a'), script('train')]), basic));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toBe('The basic backend cannot express script steps (runScript) ("step.script"), used by "train".');
    expect(error.path).toEqual(['steps', 'train', 'script']);
    expect(error.stepIds).toEqual(['train']);
    expect(error.hint).toBe('Remove it from the workflow or compile for a backend that supports "step.script".');
    expect(error.errors).toBeUndefined();
  });

  test('several unsupported uses: one error listing each of them in errors', () => {
    const error = refusal(() => assertSupported(conformanceWorkflows['exit-handler']!, { backendId: 'bare', capabilities: [] }));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toBe('The bare backend cannot express 3 uses of constructs in workflow "exit-handler".');
    expect(error.errors?.map((inner) => [inner.code, inner.pathString, inner.stepIds])).toEqual([
      ['UNSUPPORTED_BY_BACKEND', 'steps.work.container', ['work']],
      ['UNSUPPORTED_BY_BACKEND', 'onExit', undefined],
      ['UNSUPPORTED_BY_BACKEND', 'onExit.notify.container', ['notify']],
    ]);
    expect(error.errors?.[1]?.message).toBe('The bare backend cannot express exit handlers (setExitHandler) ("exit-handler").');
    expect(String(error)).toContain('\n  UNSUPPORTED_BY_BACKEND at onExit.notify.container: The bare backend cannot express container steps');
  });
});

import { CoulerError } from '@couler/ir';
import { subWorkflowFanOut } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { tekton } from './tekton-backend';

describe('sub-workflows on Tekton', () => {
  it('are refused with the construct and the call named, never inlined silently', async () => {
    const error = await Promise.resolve()
      .then(() => tekton.doCompile(subWorkflowFanOut(), {}))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(CoulerError.isInstance(error) && [error.code, error.path, error.message]).toEqual([
      'UNSUPPORTED_BY_BACKEND',
      ['steps', 'models', 'subWorkflow'],
      'The tekton backend cannot express sub-workflows (a definition in spec.subWorkflows, called by subWorkflow steps) ("step.subWorkflow"), used by "models".',
    ]);
    expect((error as CoulerError).hint).toContain('enable-api-fields: "alpha"');
  });
});

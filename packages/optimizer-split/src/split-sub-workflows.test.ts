import { CoulerError } from '@couler/ir';
import { subWorkflowFanOut } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { splitWorkflow } from './split-workflow';

describe('splitWorkflow with sub-workflows', () => {
  it('refuses a workflow that calls a sub-workflow, naming the pass and the call, rather than splitting a call from its definition', () => {
    let refused: unknown;
    try {
      splitWorkflow(subWorkflowFanOut(), { budget: { steps: 1 } });
    } catch (error) {
      refused = error;
    }
    expect(CoulerError.isInstance(refused) && [refused.code, refused.path]).toEqual(['UNSUPPORTED_BY_BACKEND', ['steps', 'models']]);
    expect((refused as CoulerError).message).toMatch(/^The split pass cannot handle sub-workflows/);
  });
});

import { CoulerError } from '@couler/ir';
import { subWorkflowFanOut } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { planCaching } from './plan-caching';

describe('planCaching with sub-workflows', () => {
  it('refuses a workflow that calls a sub-workflow, naming the pass and the call, instead of planning it as one opaque step', () => {
    let refused: unknown;
    try {
      planCaching(subWorkflowFanOut(), { steps: {} }, { capacityBytes: 1e9 });
    } catch (error) {
      refused = error;
    }
    expect(CoulerError.isInstance(refused) && [refused.code, refused.path]).toEqual(['UNSUPPORTED_BY_BACKEND', ['steps', 'models']]);
    expect((refused as CoulerError).message).toMatch(/^The caching pass cannot handle sub-workflows \("step.subWorkflow"\) yet/);
  });
});

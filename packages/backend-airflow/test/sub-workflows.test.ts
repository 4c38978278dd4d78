import { describe, expect, it } from 'vitest';
import { CoulerError } from '@couler/ir';
import { subWorkflowFanOut } from '@couler/ir/test';
import { airflow } from '../src/index';

describe('sub-workflows on Airflow', () => {
  it('are refused, naming the construct, the call and what Airflow would need, never inlined or dropped', async () => {
    const error = await airflow.doCompile(subWorkflowFanOut(), {}).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(CoulerError.isInstance(error) && [error.code, error.path]).toEqual(['UNSUPPORTED_BY_BACKEND', ['steps', 'models', 'subWorkflow']]);
    expect((error as CoulerError).message).toContain('"step.subWorkflow"');
    expect((error as CoulerError).hint).toContain('Airflow 2.5');
  });
});

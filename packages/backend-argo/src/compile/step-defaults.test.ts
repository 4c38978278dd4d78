import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const stepDefaults = { retry: { limit: 2, backoff: { durationSeconds: 5, factor: 2 } }, timeoutSeconds: 600, totalTimeoutSeconds: 900, pendingTimeoutSeconds: 60 };

describe('workflow-wide step defaults on Argo', () => {
  it("writes the defaults on each step's template, where the step's own setting wins", () => {
    const checked = compileChecked(irWorkflow('w', [container('a'), container('b', { retry: { limit: 0 }, timeoutSeconds: 30, dependencies: ['a'] })], { stepDefaults }));
    expect(checked.template('a')).toMatchObject({ activeDeadlineSeconds: '600', timeout: '900s', pendingTimeout: '60s', retryStrategy: { limit: '2', backoff: { duration: '5s', factor: '2' } } });
    expect(checked.template('b')).toMatchObject({ activeDeadlineSeconds: '30', timeout: '900s', retryStrategy: { limit: '0' } });
  });

  it('leaves the generated DAG templates and the workflow spec without retry or timeout, which Argo would apply to a whole DAG', () => {
    const checked = compileChecked(
      irWorkflow('w', [container('a'), { name: 'call', kind: 'subWorkflow', subWorkflow: { name: 'fit' } }], {
        stepDefaults,
        subWorkflows: [{ name: 'fit', steps: [container('train')] }],
      }),
    );
    const spec: object = checked.document.spec;
    expect(spec).not.toHaveProperty('templateDefaults');
    expect(spec).not.toHaveProperty('retryStrategy');
    for (const name of ['w', 'fit']) {
      expect(checked.template(name).dag).toBeDefined();
      expect(checked.template(name)).not.toHaveProperty('retryStrategy');
      expect(checked.template(name)).not.toHaveProperty('timeout');
    }
    // The body's steps take the defaults themselves: Argo retries no call.
    expect(checked.template('train')).toMatchObject({ timeout: '900s', retryStrategy: { limit: '2' } });
  });
});

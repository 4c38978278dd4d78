import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const withParameter = { parameters: [{ name: 'team', default: 'ml' }] };

describe('run-wide cluster settings', () => {
  it('writes volumeClaimGC, workflowMetadata, podDisruptionBudget and hostNetwork, valid for Argo', () => {
    const { document } = compileChecked(
      irWorkflow('w', [container('a')], {
        ...withParameter,
        volumeClaimGC: { strategy: 'OnWorkflowSuccess' },
        runMetadata: { labels: { app: 'x' }, labelsFrom: { team: { ref: 'parameter', name: 'team' }, owner: { concat: ["it's ", { ref: 'parameter', name: 'team' }] } } },
        podDisruptionBudget: { maxUnavailable: 1 },
        hostNetwork: true,
      }),
    );
    expect(document.spec).toMatchObject({
      volumeClaimGC: { strategy: 'OnWorkflowSuccess' },
      workflowMetadata: { labels: { app: 'x' }, labelsFrom: { team: { expression: "workflow.parameters['team']" }, owner: { expression: "'it\\u0027s ' + workflow.parameters['team']" } } },
      podDisruptionBudget: { maxUnavailable: '1' },
      hostNetwork: true,
    });
  });

  it('refuses a run label read from a step, and one naming a parameter that does not exist', () => {
    const fromStep = thrown(() => compileChecked(irWorkflow('w', [container('a')], { runMetadata: { labelsFrom: { x: { concat: [{ ref: 'step', step: 'a', output: 'result' }] } } } })));
    expect(fromStep).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['runMetadata', 'labelsFrom', 'x'] });
    expect(fromStep.message).toContain('before any step');
    const unknown = thrown(() => compileChecked(irWorkflow('w', [container('a')], { runMetadata: { labelsFrom: { x: { ref: 'parameter', name: 'nope' } } } })));
    expect(unknown).toMatchObject({ code: 'INVALID_REFERENCE', message: 'Run label "x" reads parameter "nope", which the workflow does not declare.' });
  });
});

import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const HOSTILE = `it's "quoted" $(whoami) \${HOME} {% raw %} back\\slash`;

describe('step time limits, display names, metrics and pod-level resources on Argo', () => {
  it('writes totalTimeout and pendingTimeout as the template durations Argo enforces', () => {
    const checked = compileChecked(irWorkflow('w', [container('a', { timeoutSeconds: 60, totalTimeoutSeconds: 1800, pendingTimeoutSeconds: 300 })]));
    expect(checked.template('a')).toMatchObject({ activeDeadlineSeconds: '60', timeout: '1800s', pendingTimeout: '300s' });
  });

  it('writes a display name as the node annotation Argo\'s UI reads, hostile text escaped', () => {
    const plain = compileChecked(irWorkflow('w', [container('a', { displayName: `Train ${HOSTILE}` })]));
    expect(plain.template('a').annotations).toEqual({ 'workflows.argoproj.io/display-name': `Train ${HOSTILE}` });
    const tagged = compileChecked(irWorkflow('w', [container('a', { displayName: 'Train {{workflow.name}}' })]));
    expect(tagged.template('a').annotations?.['workflows.argoproj.io/display-name']).not.toContain('{{workflow.name}}');
  });

  it("writes a step's and the workflow's metrics with Argo's duration and status tags", () => {
    const checked = compileChecked(
      irWorkflow('w', [container('a', { metrics: [{ name: 'step_seconds', help: HOSTILE, labels: { team: HOSTILE }, gauge: { value: 'duration', realtime: true } }, { name: 'step_buckets', help: 'h', histogram: { value: 'duration', buckets: [1, 10] } }] })], {
        metrics: [{ name: 'runs_failed_total', help: 'Failed runs', when: 'Failed', counter: { value: 1 } }],
      }),
    );
    expect(checked.template('a').metrics).toEqual({
      prometheus: [
        { name: 'step_seconds', help: HOSTILE, labels: [{ key: 'team', value: HOSTILE }], gauge: { value: '{{duration}}', realtime: true } },
        { name: 'step_buckets', help: 'h', histogram: { value: '{{duration}}', buckets: [1, 10] } },
      ],
    });
    expect(checked.document.spec).toMatchObject({ metrics: { prometheus: [{ name: 'runs_failed_total', when: '{{workflow.status}} == Failed', counter: { value: '1' } }] } });
  });

  it('refuses "{{" in metric text, which Argo substitutes when it emits the metric', () => {
    const error = thrown(() => compileChecked(irWorkflow('w', [container('a', { metrics: [{ name: 'm', help: 'h', labels: { team: '{{workflow.name}}' }, counter: { value: 1 } }] })])));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'metrics', 0, 'labels', 'team'] });
    expect(error.message).toContain('Argo reads as a template tag');
  });

  it('writes suspend, and pod-level resources and DRA claims on the workflow and the step, the container using each claim', () => {
    const checked = compileChecked(
      irWorkflow('w', [container('a'), container('b', { pod: { podResources: { requests: { cpu: '1' } }, resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'one-gpu', request: 'dev' }] } })], {
        suspend: true,
        pod: { podResources: { limits: { cpu: '2', memory: '4Gi' } }, resourceClaims: [{ name: 'shared', resourceClaimName: 'shared-gpu' }] },
      }),
    );
    expect(checked.document.spec).toMatchObject({ suspend: true, podResources: { limits: { cpu: '2', memory: '4Gi' } }, resourceClaims: [{ name: 'shared', resourceClaimName: 'shared-gpu' }] });
    expect(checked.template('a').container?.resources).toEqual({ claims: [{ name: 'shared' }] });
    expect(checked.template('b')).toMatchObject({ podResources: { requests: { cpu: '1' } }, resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'one-gpu' }] });
    expect(checked.template('b').container?.resources).toEqual({ claims: [{ name: 'gpu', request: 'dev' }] });
  });
});

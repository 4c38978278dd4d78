import { describe, expect, it } from 'vitest';
import { configWorkflow } from './config-workflow';
import { runContainer } from './run-container';
import { workflow } from './workflow';

const step = (extra: Record<string, unknown> = {}) => void runContainer({ image: 'alpine:3.20', command: ['ls'], ...extra });

describe('time limits, display names, metrics, suspend and pod-level resources', () => {
  it('records them on the step and the workflow', () => {
    const built = workflow('w', () => {
      configWorkflow({ startSuspended: true, metrics: [{ name: 'runs_total', help: 'Runs', counter: { value: 1 } }], podResources: { limits: { cpu: '2' } }, resourceClaims: [{ name: 'gpu', resourceClaimName: 'shared' }] });
      step({ stepName: 'a', totalTimeout: '30m', pendingTimeout: '5m', displayName: 'Step "A" {{x}}', metrics: [{ name: 'a_seconds', help: 'h', gauge: { value: 'duration', realtime: true } }] });
    });
    expect(built.spec).toMatchObject({ suspend: true, metrics: [{ name: 'runs_total' }], pod: { podResources: { limits: { cpu: '2' } }, resourceClaims: [{ name: 'gpu', resourceClaimName: 'shared' }] } });
    expect(built.spec.steps[0]).toMatchObject({ totalTimeoutSeconds: 1800, pendingTimeoutSeconds: 300, displayName: 'Step "A" {{x}}', metrics: [{ name: 'a_seconds', gauge: { value: 'duration', realtime: true } }] });
  });

  it("refuses a metric name or label outside Prometheus' grammar, help on two lines, a realtime gauge of a number and a misspelt key", () => {
    expect(() => workflow('w', () => step({ metrics: [{ name: 'bad name"{{', help: 'h', counter: { value: 1 } }] }))).toThrow('Prometheus metric name');
    expect(() => workflow('w', () => step({ metrics: [{ name: 'm', help: 'h', labels: { 'x-y': 'v' }, counter: { value: 1 } }] }))).toThrow('labels.x-y');
    expect(() => workflow('w', () => step({ metrics: [{ name: 'm', help: 'one\ntwo', counter: { value: 1 } }] }))).toThrow('one line');
    expect(() => workflow('w', () => step({ metrics: [{ name: 'm', help: 'h', gauge: { value: 3, realtime: true } }] }))).toThrow('realtime gauge');
    expect(() => workflow('w', () => step({ metrics: [{ name: 'm', help: 'h', counter: { value: 1 }, gauge: { value: 1 } }] }))).toThrow('exactly one of gauge, counter, histogram');
    expect(() => workflow('w', () => step({ metrics: [{ name: 'm', help: 'h', counter: { valeu: 1 } }] }))).toThrow('valeu');
  });

  it('refuses a resource claim with both an existing claim and a template', () => {
    expect(() => workflow('w', () => step({ resourceClaims: [{ name: 'gpu', resourceClaimName: 'x', resourceClaimTemplateName: 'y' }] }))).toThrow('give exactly one of "resourceClaimName", "resourceClaimTemplateName"');
  });

  it('records workflow-wide step defaults, in seconds, and refuses a default retry given twice', () => {
    const built = workflow('w', () => {
      configWorkflow({ stepDefaults: { retry: { limit: 2, backoff: { duration: '10s', factor: 2 } }, timeout: '10m', totalTimeout: '1h', pendingTimeout: 60 } });
      step({ stepName: 'a' });
    });
    expect(built.spec.stepDefaults).toEqual({ retry: { limit: 2, backoff: { durationSeconds: 10, factor: 2 } }, timeoutSeconds: 600, totalTimeoutSeconds: 3600, pendingTimeoutSeconds: 60 });
    expect(built.spec.steps[0]).not.toHaveProperty('retry');
    expect(() => workflow('w', () => configWorkflow({ stepDefaults: { timeout: 0 } }))).toThrow('configWorkflow({ stepDefaults })');
    expect(() =>
      workflow('w', () => {
        configWorkflow({ retry: { limit: 1 }, stepDefaults: { retry: { limit: 2 } } });
        step({ stepName: 'a' });
      }),
    ).toThrow('retry and as stepDefaults.retry');
  });
});

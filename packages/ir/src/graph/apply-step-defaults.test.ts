import { describe, expect, test } from 'vitest';
import { container, workflow } from '../__tests__/workflows';
import { CoulerError } from '../errors/couler-error';
import { parseWorkflow } from '../serialization/parse-workflow';
import type { Step } from '../schema/step';
import { validate } from '../validation/validate';
import { applyStepDefaults } from './apply-step-defaults';
import { withCallSettings } from './with-call-settings';

const retry = { limit: 3, backoff: { durationSeconds: 10, factor: 2 } };
const stepDefaults = { retry, timeoutSeconds: 600, totalTimeoutSeconds: 900, pendingTimeoutSeconds: 120 };
const call = { name: 'models', kind: 'subWorkflow', subWorkflow: { name: 'fit' } };
const fit = { name: 'fit', steps: [container('train')] };
const step = (steps: ReadonlyArray<Step>, name: string) => steps.find((candidate) => candidate.name === name)!;

describe('applyStepDefaults', () => {
  test('every step that sets nothing takes every default, the exit handler\'s too, and stepDefaults is gone', () => {
    const applied = applyStepDefaults(workflow([container('train')], { stepDefaults, onExit: [container('notify')] }));
    expect(applied.spec.steps[0]).toMatchObject(stepDefaults);
    expect(applied.spec.onExit?.[0]).toMatchObject(stepDefaults);
    expect(applied.spec.stepDefaults).toBeUndefined();
  });

  test('a step\'s own setting wins, field by field', () => {
    const applied = applyStepDefaults(workflow([container('train', { retry: { limit: 0 }, timeoutSeconds: 30 })], { stepDefaults }));
    expect(applied.spec.steps[0]).toMatchObject({ retry: { limit: 0 }, timeoutSeconds: 30, totalTimeoutSeconds: 900, pendingTimeoutSeconds: 120 });
  });

  test('a wait and a template of another WorkflowTemplate take none', () => {
    const applied = applyStepDefaults(
      workflow([{ name: 'hold', kind: 'suspend', suspend: {} }, { name: 'shared', kind: 'templateRef', templateRef: { name: 'library', template: 'lint' } }], { stepDefaults }),
    );
    for (const unchanged of applied.spec.steps) expect(unchanged).not.toHaveProperty('retry');
    for (const unchanged of applied.spec.steps) expect(unchanged).not.toHaveProperty('timeoutSeconds');
  });

  test('when calls pass their retry on, a call\'s own retry wins over the default for the steps of its body', () => {
    const applied = applyStepDefaults(workflow([call, { ...call, name: 'tuned', retry: { limit: 7 } }], { stepDefaults, subWorkflows: [fit] }));
    const body = applied.spec.subWorkflows![0]!.steps[0]!;
    expect(body).toMatchObject({ timeoutSeconds: 600 });
    expect(body.retry).toBeUndefined();
    const [plain, tuned] = applied.spec.steps as [Extract<Step, { kind: 'subWorkflow' }>, Extract<Step, { kind: 'subWorkflow' }>];
    expect(withCallSettings(body, plain).retry).toEqual(retry);
    expect(withCallSettings(body, tuned).retry).toEqual({ limit: 7 });
    expect(plain.timeoutSeconds).toBeUndefined();
  });

  test('when calls do not pass their retry on, the body\'s steps take it and calls take nothing', () => {
    const applied = applyStepDefaults(workflow([call], { stepDefaults, subWorkflows: [fit] }), { callsPassRetryOn: false });
    expect(step(applied.spec.subWorkflows![0]!.steps, 'train')).toMatchObject(stepDefaults);
    expect(applied.spec.steps[0]).not.toHaveProperty('retry');
  });

  test('a workflow without defaults comes back as it was', () => {
    const plain = workflow([container('train')]);
    expect(applyStepDefaults(plain)).toBe(plain);
  });
});

describe('stepDefaults validation', () => {
  test('a default retry given twice is refused, naming the field to remove', () => {
    const [error] = validate(workflow([container('train')], { retry: { limit: 1 }, stepDefaults: { retry: { limit: 2 } } }));
    expect(error).toMatchObject({ code: 'INVALID_FIELD', pathString: 'stepDefaults.retry' });
    expect(error?.hint).toMatch(/Keep one/);
  });

  test('a time limit that is not a whole number of seconds, and an unknown default, are typed errors', () => {
    const document = (defaults: unknown) => ({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'w' }, spec: { steps: [], stepDefaults: defaults } });
    for (const defaults of [{ timeoutSeconds: 0 }, { totalTimeoutSeconds: 1.5 }, { env: [] }]) {
      let thrown: unknown;
      try {
        parseWorkflow(document(defaults));
      } catch (error) {
        thrown = error;
      }
      expect(CoulerError.isInstance(thrown)).toBe(true);
      expect(String((thrown as CoulerError).errors?.[0]?.pathString ?? (thrown as CoulerError).pathString)).toMatch(/^stepDefaults/);
    }
  });
});

import { describe, expect, test } from 'vitest';
import type { Step, SubWorkflowCallStep } from '../schema/step';
import { withCallSettings } from './with-call-settings';

const body = (extra: Partial<Step> = {}): Step => ({ name: 'train', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, ...extra }) as Step;
const call = (extra: Partial<SubWorkflowCallStep> = {}): SubWorkflowCallStep => ({ name: 'models', kind: 'subWorkflow', subWorkflow: { name: 'train-evaluate' }, ...extra }) as SubWorkflowCallStep;
const isGo = { op: 'equal', left: { ref: 'parameter', name: 'go' }, right: 'yes' } as const;
const isBig = { op: 'equal', left: { ref: 'parameter', name: 'size' }, right: 'big' } as const;

describe('withCallSettings', () => {
  test('a body step runs after the call\'s dependencies and under both conditions', () => {
    const step = withCallSettings(body({ dependencies: ['prepare'], when: isBig }), call({ dependencies: ['fetch', 'prepare'], when: isGo }));
    expect(step.dependencies).toEqual(['fetch', 'prepare']);
    expect(step.when).toEqual({ op: 'and', conditions: [isGo, isBig] });
  });

  test('the call\'s retry, cache and continueOn apply where the step sets none; the step\'s own win', () => {
    const settings = { retry: { limit: 3 }, cache: { enabled: true }, continueOn: { failed: true } };
    expect(withCallSettings(body(), call(settings))).toMatchObject(settings);
    const own = withCallSettings(body({ retry: { limit: 1 }, cache: { enabled: false }, continueOn: { error: true } }), call(settings));
    expect(own).toMatchObject({ retry: { limit: 1 }, cache: { enabled: false }, continueOn: { error: true } });
  });

  test('a call with no settings leaves the step as it was', () => {
    expect(withCallSettings(body(), call())).toEqual(body());
  });
});

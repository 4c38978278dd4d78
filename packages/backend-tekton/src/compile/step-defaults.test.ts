import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from '../../test/support/compile-checked';
import { refusal } from '../../test/support/refusal';
import { createTektonBackend } from '../tekton-backend';

const ir = (steps: ReadonlyArray<Record<string, unknown>>, extra: Partial<Workflow['spec']> = {}): Workflow =>
  ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' }, spec: { steps, ...extra } }) as Workflow;
const echo = (name: string, extra: Partial<Step> = {}): Step => ({ name, kind: 'container' as const, container: { image: 'alpine:3.20', command: ['echo', name] }, ...extra }) as Step;

describe('workflow-wide step defaults on Tekton', () => {
  it("gives each pipeline task the default retries and timeout, where the step's own setting wins", () => {
    const { documents } = compileChecked(ir([echo('a'), echo('b', { retry: { limit: 0 }, timeoutSeconds: 30, dependencies: ['a'] })], { stepDefaults: { retry: { limit: 2 }, timeoutSeconds: 600 } }));
    expect(taskNamed(documents, 'a')).toMatchObject({ retries: 2, timeout: '10m0s' });
    expect(taskNamed(documents, 'b')).toMatchObject({ timeout: '30s' });
    expect(taskNamed(documents, 'b')).not.toHaveProperty('retries');
  });

  it("lets a sub-workflow call's retry win over the default for the steps of its body", () => {
    const call = (name: string, extra = {}) => ({ name, kind: 'subWorkflow', subWorkflow: { name: 'fit' }, ...extra }) as Step;
    const { documents } = compileChecked(
      ir([call('plain'), call('tuned', { retry: { limit: 5 } })], { stepDefaults: { retry: { limit: 2 }, totalTimeoutSeconds: 900 }, subWorkflows: [{ name: 'fit', steps: [echo('train')] }] }),
    );
    expect(taskNamed(documents, 'plain-train')).toMatchObject({ retries: 2, timeout: '15m0s' });
    expect(taskNamed(documents, 'tuned-train')).toMatchObject({ retries: 5, timeout: '15m0s' });
  });

  it('refuses a default retry backoff, naming stepDefaults, as it refuses a step\'s backoff', async () => {
    const workflow = ir([echo('a')], { stepDefaults: { retry: { limit: 2, backoff: { durationSeconds: 5 } } } });
    const error = await createTektonBackend().doCompile(workflow, {}).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['stepDefaults', 'retry'] });
    expect(refusal(() => compileChecked(workflow)).message).toContain('backoff');
  });
});

import { describe, expect, it } from 'vitest';
import { checkWorkflow } from '../serialization/parse-workflow';

function withRetry(retry: unknown) {
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'retries' },
    spec: { steps: [{ name: 'train', kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', 'exit 1'] }, retry }] },
  };
}

function problems(retry: unknown) {
  return checkWorkflow(withRetry(retry)).errors.map((error) => ({ code: error.code, path: error.path, message: error.message }));
}

describe('RetryPolicy: transientPatterns have one meaning', () => {
  it("extend on: 'transient', on its own", () => {
    expect(problems({ limit: 3, on: 'transient', transientPatterns: ['OOM', 'license server busy'] })).toEqual([]);
    expect(problems({ limit: 3, on: 'failure' })).toEqual([]);
  });

  it.each([
    [{ limit: 3, on: 'failure', transientPatterns: ['OOM'] }, "on: 'failure'"],
    [{ limit: 3, on: 'always', transientPatterns: ['OOM'] }, "on: 'always'"],
    [{ limit: 3, transientPatterns: ['OOM'] }, 'no "on" (always)'],
    [{ limit: 3, on: 'error', transientPatterns: ['OOM'] }, "on: 'error'"],
  ])('are refused with %j, saying what to write instead', (retry, on) => {
    const [problem, ...rest] = problems(retry);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'train', 'retry', 'transientPatterns'] });
    expect(problem!.message).toContain(on);
    expect(problem!.message).toContain("Write on: 'transient' to retry only failures that match the patterns");
  });

  it('are regular expressions every engine reads alike', () => {
    expect(problems({ limit: 1, on: 'transient', transientPatterns: ['(unclosed'] })[0]).toMatchObject({ path: ['steps', 'train', 'retry', 'transientPatterns', 0] });
    expect(problems({ limit: 1, on: 'transient', transientPatterns: ['ok', 'busy(?!wait)'] })[0]!.message).toContain('lookaround');
    expect(problems({ limit: 1, on: 'transient', transientPatterns: ['(a)\\1'] })[0]!.message).toContain('backreference');
    expect(problems({ limit: 1, on: 'transient', transientPatterns: ['\\(exit code 137\\)', '[{}$]', 'ünïcode'] })).toEqual([]);
  });

  it('apply to the workflow default too', () => {
    const workflow = withRetry(undefined) as { spec: Record<string, unknown> };
    delete (workflow.spec.steps as Array<Record<string, unknown>>)[0]!.retry;
    workflow.spec.retry = { limit: 1, on: 'failure', transientPatterns: ['x'] };
    expect(checkWorkflow(workflow).errors.map((error) => error.path)).toEqual([['retry', 'transientPatterns']]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Step } from '@couler/ir';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow } from './support/ir';

const call = (name: string, extra: Partial<Step> = {}) => ({ name, kind: 'subWorkflow', subWorkflow: { name: 'fit' }, ...extra }) as Step;

describe('workflow-wide step defaults on Airflow', () => {
  it("puts the default retry in the DAG's default_args and the time limits on each task, a task's own winning", () => {
    const dag = compileChecked(
      irWorkflow('w', [container('a'), container('b', { retry: { limit: 0 }, timeoutSeconds: 30, dependencies: ['a'] })], {
        stepDefaults: { retry: { limit: 2, backoff: { durationSeconds: 10 } }, totalTimeoutSeconds: 900, pendingTimeoutSeconds: 60 },
      }),
    );
    expect(dag.flat).toContain('default_args={"retries": 2, "retry_delay": datetime.timedelta(seconds=10)}');
    expect(dag.flat).toContain('execution_timeout=datetime.timedelta(seconds=900)');
    expect(dag.keyword('a', 'startup_timeout_seconds')).toBe(60);
    // b: its own retry and running-time limit, the shorter of its limit and the default total one.
    expect(dag.keyword('b', 'retries')).toBe(0);
    expect(dag.flat).toContain('execution_timeout=datetime.timedelta(seconds=30)');
  });

  it("lets a sub-workflow call's retry, its task group's default_args, win over the DAG's", () => {
    const dag = compileChecked(
      irWorkflow('w', [call('plain'), call('tuned', { retry: { limit: 5 }, dependencies: ['plain'] })], {
        stepDefaults: { retry: { limit: 2 }, timeoutSeconds: 120 },
        subWorkflows: [{ name: 'fit', steps: [container('train'), container('evaluate', { dependencies: ['train'] })] }],
      }),
    );
    expect(dag.flat).toContain('default_args={"retries": 2}');
    expect(dag.flat).toMatch(/group_id="tuned", default_args=\{[^}]*"retries": 5/);
    expect(dag.flat).toContain('execution_timeout=datetime.timedelta(seconds=120)');
  });
});

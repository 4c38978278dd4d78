import type { RunSummary } from '@couler/backend-local';
import { describe, expect, it } from 'vitest';
import { summaryLines } from './run-view';

const succeeded = (outputs?: Record<string, string>): RunSummary => ({
  runId: 'coin-1',
  workflowName: 'coin',
  phase: 'Succeeded',
  steps: [],
  home: '/tmp/home',
  runDir: '/tmp/home/runs/coin-1',
  durationMs: 1500,
  ...(outputs && { outputs }),
});

describe('the closing lines of couler run', () => {
  it("list the workflow's outputs under a success, a long value cut", () => {
    const lines = summaryLines(succeeded({ branch: 'got-tails', report: 'x'.repeat(500) }));
    expect(lines[0]).toContain('coin-1 succeeded');
    expect(lines.slice(1)).toEqual(['  output branch = got-tails', `  output report = ${'x'.repeat(200)}…`]);
  });

  it('are one line when the workflow declares no outputs', () => {
    expect(summaryLines(succeeded())).toHaveLength(1);
  });
});

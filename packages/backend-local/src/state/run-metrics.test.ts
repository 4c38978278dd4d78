import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalBackend } from '../local-backend';
import { openStateStore, runWorkflow } from '../run-workflow';

const homes: string[] = [];
afterEach(async () => {
  for (const home of homes.splice(0)) await rm(home, { recursive: true, force: true });
});

function shell(name: string, script: string, extra: Partial<Step> = {}): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...extra } as Step;
}

function irWorkflow(steps: Step[], spec: Partial<Workflow['spec']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'metrics' }, spec: { ...spec, steps } } as Workflow;
}

const HOSTILE = `it's "quoted" {{workflow.name}} $(whoami) \${HOME} {% raw %} back\\slash\nnext line`;

describe('metrics on the local engine', () => {
  it('records the metrics of steps and of the workflow with the run, as their status allows', async () => {
    const home = await mkdtemp(join(tmpdir(), 'couler-metrics-'));
    homes.push(home);
    const workflow = irWorkflow(
      [
        shell('slow', 'sleep 0.3', { metrics: [{ name: 'slow_seconds', help: 'How long slow took', labels: { team: HOSTILE }, gauge: { value: 'duration' } }, { name: 'slow_failures_total', help: 'h', when: 'Failed', counter: { value: 1 } }] }),
        shell('broken', 'exit 3', { metrics: [{ name: 'broken_failures_total', help: 'h', when: 'Failed', counter: { value: 1 } }] }),
      ],
      { metrics: [{ name: 'runs_failed_total', help: 'Failed runs', when: 'Failed', counter: { value: 1 } }, { name: 'runs_succeeded_total', help: 'h', when: 'Succeeded', counter: { value: 1 } }] },
    );
    const summary = await runWorkflow(workflow, { home });
    expect(summary.phase).toBe('Failed');
    const store = openStateStore(home);
    try {
      const metrics = store.getMetrics(summary.runId);
      expect(metrics.map((sample) => [sample.stepId, sample.name, sample.kind])).toEqual([
        ['slow', 'slow_seconds', 'gauge'],
        ['broken', 'broken_failures_total', 'counter'],
        ['', 'runs_failed_total', 'counter'],
      ]);
      const slow = metrics[0]!;
      expect(slow.labels).toEqual({ team: HOSTILE });
      expect(slow.value).toBeGreaterThanOrEqual(0.3);
      expect(metrics[1]!.value).toBe(1);
    } finally {
      store.close();
    }
  });

  it('refuses to start a run suspended, saying why and what to do', async () => {
    const error = await Promise.resolve(createLocalBackend().doCompile(irWorkflow([shell('a', 'true')], { suspend: true }), {})).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['suspend'] });
    expect((error as Error).message).toContain('no held run would wait for a resume');
  });

  it('ends a step at its total time limit, as nothing waits Pending here', async () => {
    const home = await mkdtemp(join(tmpdir(), 'couler-total-timeout-'));
    homes.push(home);
    const summary = await runWorkflow(irWorkflow([shell('sleeper', 'sleep 30', { totalTimeoutSeconds: 1 })]), { home });
    expect(summary.phase).toBe('Failed');
    expect(summary.steps[0]?.message).toContain('timed out after 1 s');
  });
});

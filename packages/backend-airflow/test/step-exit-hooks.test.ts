import { describe, expect, it } from 'vitest';
import type { Workflow } from '@couler/ir';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { container, irWorkflow } from './support/ir';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';
import { runState, simulateRun } from './support/simulate-run';

const HOSTILE = 'it\'s "done" {{ ti }} $(rm -rf /) \\n\n\u2028 ✓';
const cleanup = container('clean-up', { hook: { of: 'train', on: 'exit' } }, { command: ['sh', '-c'], args: [HOSTILE] });
const workflow = irWorkflow('hooked', [container('train'), container('report', { dependencies: ['train'] }), cleanup]);

describe('step exit hooks', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`are teardown tasks after the step they watch; the step's dependents follow the step (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(workflow, { airflowVersion });
      expect(dag.upstream('clean_up')).toEqual(['train']);
      expect(dag.upstream('report')).toEqual(['train']);
      expect(dag.source).toMatch(/^ {4}clean_up\.as_teardown\(\)$/m);
      expect(dag.keyword('clean_up', 'trigger_rule')).toBeUndefined();
      // The hostile argument is one argument, which Airflow's Jinja renders back as written.
      const args = dag.keyword('clean_up', 'arguments') as string[];
      expect(args).toHaveLength(1);
      if (hasJinja) expect(pythonJson<string[]>(RENDER_JINJA, args)).toEqual([HOSTILE]);
    });
  }

  it("run whatever the step's result, and their own result does not decide the DAG run's", () => {
    const { summary } = compileChecked(workflow);
    const stepFails = simulateRun(summary, { train: 'fail' });
    expect(stepFails).toMatchObject({ train: 'failed', clean_up: 'success', report: 'upstream_failed' });
    expect(runState(summary, stepFails)).toBe('failed');
    const hookFails = simulateRun(summary, { clean_up: 'fail' });
    expect(hookFails).toMatchObject({ train: 'success', report: 'success', clean_up: 'failed' });
    expect(runState(summary, hookFails)).toBe('success');
  });

  it("keep a leaf step's failure in the DAG run's state (the teardown does not stand in for it)", () => {
    const { summary } = compileChecked(irWorkflow('leaf', [container('train'), cleanup]));
    expect(runState(summary, simulateRun(summary, { train: 'fail' }))).toBe('failed');
  });

  it("are waited for by the workflow's exit handler, but left out of its watcher and of workflow.status", () => {
    const notify = container('notify', {}, { args: [{ ref: 'workflow', field: 'status' }] });
    const dag = compileChecked(irWorkflow('hooked-exit', [container('train'), cleanup], { onExit: [notify] }));
    // The hook is the sink after train: the exit handler runs after it, as Argo's runs after every hook.
    expect(dag.upstream('notify')).toEqual(['clean_up', 'couler_status']);
    expect(dag.upstream('couler_watcher')).toEqual(['train']);
    expect(dag.upstream('couler_status')).toEqual(['train']);
    const states = simulateRun(dag.summary, { clean_up: 'fail' });
    expect(states).toMatchObject({ couler_watcher: 'skipped', couler_status: 'success', notify: 'success' });
  });

  it('follow the step itself when it has a condition, not its branch task', () => {
    const when = { op: 'equal', left: { ref: 'parameter', name: 'go' }, right: 'yes' };
    const dag = compileChecked(irWorkflow('hooked-when', [container('train', { when }), cleanup], { parameters: [{ name: 'go', default: 'yes' }] }));
    expect(dag.upstream('clean_up')).toEqual(['train']);
    expect(dag.upstream('train')).toEqual(['train__when']);
  });

  it("are refused on the workflow (an exit handler's job) and on a step of an execWhile loop, saying what to do", () => {
    const onWorkflow = compilerRefusal(irWorkflow('wf-hook', [container('train'), container('bye', { hook: { on: 'exit' } })]));
    expect(onWorkflow.message).toContain('Hook "bye" runs when the workflow ends');
    expect(onWorkflow.hint).toContain('setExitHandler');
    const loop = { kind: 'while', name: 'again', steps: ['train'], maxIterations: 2, condition: { op: 'equal', left: 'a', right: 'b' } };
    const inLoop = compilerRefusal(irWorkflow('loop-hook', [container('train'), cleanup], { groups: [loop] } as Partial<Workflow['spec']>));
    expect(inLoop.message).toContain('a step of an execWhile loop');
    expect(inLoop.path).toEqual(['steps', 'clean-up', 'hook', 'of']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Step } from '@couler/ir';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, output, script } from './support/ir';
import { runHook } from './support/run-hook';
import { simulateRun } from './support/simulate-run';

/**
 * A `when` inside an `execWhile` body, as the local engine runs it: a step whose condition is
 * false is skipped in that iteration alone, the steps after it in the body still run, and the
 * loop goes on while its own condition holds. Runs are played by the trigger-rule simulation of
 * Airflow's scheduler over the compiler's plan; the conditions' code runs in python3.
 */
const looped = irWorkflow(
  'loop-when',
  [
    container('before'),
    script('x', { dependencies: ['before'] }),
    container('y', { dependencies: ['x'], when: { op: 'equal', left: output('x'), right: 'go' } }),
    container('z', { dependencies: ['y'] }),
    container('after', { dependencies: ['z'] }, { args: [output('x')] }),
  ] as Step[],
  { groups: [{ name: 'loop', kind: 'while', steps: ['x', 'y', 'z'], condition: { op: 'notEqual', left: output('x'), right: 'done' }, maxIterations: 3 }] },
);

describe('a condition inside an execWhile body', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`compiles for Airflow ${airflowVersion}: a branch per iteration, and the steps after it wait past its skip`, () => {
      const dag = compileChecked(looped, { airflowVersion });
      expect(dag.task('y__when').operator).toBe('task.branch');
      expect(dag.task('y__2__when').operator).toBe('task.branch');
      expect(dag.keyword('z', 'trigger_rule')).toBe('none_failed');
      // Later iterations also wait for the check that started them.
      expect(dag.upstream('z__2')).toEqual(['loop__check_1', 'y__2']);
      expect(dag.keyword('z__2', 'trigger_rule')).toBe('none_failed_min_one_success');
      expect(dag.task('loop__check_1').operator).toBe('task');
    });
  }

  const dag = compileChecked(looped);
  const { summary } = dag;

  it('skips the conditional step in one iteration only; the rest of the body and the loop go on', () => {
    const states = simulateRun(summary, { y__when: { follow: ['y'] }, y__2__when: { follow: [] }, loop__check_2: 'skip' });
    expect(states).toMatchObject({ y: 'success', z: 'success', y__2: 'skipped', z__2: 'success', loop__check_1: 'success', loop__check_2: 'skipped' });
    // The loop ended after iteration 2: iteration 3 never starts, whatever its trigger rules.
    expect(states).toMatchObject({ x__3: 'skipped', y__3__when: 'skipped', y__3: 'skipped', z__3: 'skipped', after: 'success' });
  });

  it('a skipped step in the last iteration, and the loop running to its cap', () => {
    const states = simulateRun(summary, { y__when: { follow: [] }, y__2__when: { follow: ['y__2'] }, y__3__when: { follow: [] } });
    expect(states).toMatchObject({ y: 'skipped', z: 'success', y__2: 'success', z__2: 'success', y__3: 'skipped', z__3: 'success', after: 'success' });
  });

  it('a failure stops the loop and what comes after it', () => {
    const states = simulateRun(summary, { x__2: 'fail' });
    expect(states).toMatchObject({ z: 'success', x__2: 'failed', y__2__when: 'upstream_failed', z__2: 'upstream_failed', z__3: 'upstream_failed', after: 'upstream_failed' });
  });

  it('the check raises AirflowSkipException when the loop condition is false', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    expect(runHook(dag.source, { function: 'repeat_loop_after_1', mapIndexes: [-1], xcom: { x: { result: b64('again') } } })).toEqual(['ran']);
    expect(runHook(dag.source, { function: 'repeat_loop_after_1', mapIndexes: [-1], xcom: { x: { result: b64('done') } } })).toEqual(['skipped: The loop "loop" stops: its condition is false after iteration 1.']);
  });
});

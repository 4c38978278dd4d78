import { describe, expect, it } from 'vitest';
import type { Step, Workflow } from '@couler/ir';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings } from '../src/index';
import { compileChecked, type CheckedDag } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { container, irWorkflow } from './support/ir';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';
import { runStatusCheck, type RunStates } from './support/run-status-check';
import { runState, simulateRun, type TaskOutcome } from './support/simulate-run';

const HOSTILE = 'it\'s "done" {{ ti }} {% if %} $(rm -rf /) \\n\n\u2028 ✓';
const hook = (name: string, status: string | string[], of?: string, body: Record<string, unknown> = {}): Step =>
  container(name, { hook: { ...(of !== undefined && { of }), on: { status: [status].flat() } } }, body);

const onFailure = hook('on-failure', ['Failed', 'Error'], 'train', { command: ['sh', '-c'], args: [HOSTILE] });
const onSuccess = hook('on-success', 'Succeeded', 'train');
const hooked = irWorkflow('status-hooked', [container('train'), container('report', { dependencies: ['train'] }), onFailure, onSuccess]);

/**
 * Plays a DAG run: the steps end as `outcomes` say; each status hook then runs its own check from
 * the file (in python3) against the states its watched tasks ended in, and is skipped or runs.
 */
function play(dag: CheckedDag, outcomes: Readonly<Record<string, TaskOutcome | ReadonlyArray<TaskOutcome>>>) {
  const first = simulateRun(dag.summary, outcomes);
  const decided = { ...outcomes };
  for (const task of dag.summary.tasks) {
    if (task.watches === undefined) continue;
    const check = runStatusCheck(dag.source, checkOf(dag, task.taskId), first as RunStates);
    decided[task.taskId] = check === 'ran' ? (outcomes[task.taskId] ?? 'success') : 'skip';
  }
  const states = simulateRun(dag.summary, decided);
  return { states, run: runState(dag.summary, states) };
}

/** The function the hook's task runs as pre_execute. */
function checkOf(dag: CheckedDag, taskId: string): string {
  const preExecute = dag.task(taskId).keywords.pre_execute;
  if (preExecute === undefined || !('code' in preExecute)) throw new Error(`No pre_execute on "${taskId}"`);
  return preExecute.code;
}

describe('status hooks', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`are teardown tasks after the step, checked by a pre_execute function; the step's dependents follow the step (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(hooked, { airflowVersion });
      for (const id of ['on_failure', 'on_success']) {
        expect(dag.upstream(id)).toEqual(['train']);
        expect(dag.source).toMatch(new RegExp(`^ {4}${id}\\.as_teardown\\(\\)$`, 'm'));
        expect(dag.keyword(id, 'trigger_rule')).toBeUndefined();
        expect(dag.structure.definedFunctions).toContain(checkOf(dag, id));
      }
      expect(dag.upstream('report')).toEqual(['train']);
      // Airflow 3 tasks ask the API server; Airflow 2 ones read the DAG run.
      expect(dag.source.includes('ti.get_task_states(')).toBe(airflowVersion === 3);
      expect(dag.source.includes('dag_run.get_task_instances()')).toBe(airflowVersion === 2);
      const args = dag.keyword('on_failure', 'arguments') as string[];
      expect(args).toHaveLength(1);
      if (hasJinja) expect(pythonJson<string[]>(RENDER_JINJA, args)).toEqual([HOSTILE]);
    });

    it(`run only when the step ended in one of their statuses, read from its task instances (Airflow ${airflowVersion})`, () => {
      const dag = compileChecked(hooked, { airflowVersion });
      const failed = checkOf(dag, 'on_failure');
      const succeeded = checkOf(dag, 'on_success');
      const cases: Array<[string | string[], string, string]> = [
        ['failed', 'ran', 'skipped'],
        ['success', 'skipped', 'ran'],
        // Never ran: Argo runs no hook of a step it did not start.
        ['upstream_failed', 'skipped', 'skipped'],
        ['skipped', 'skipped', 'skipped'],
        // A mapped step: Failed once an index failed; Succeeded when all ended, one at least in success.
        [['success', 'failed', 'success'], 'ran', 'skipped'],
        [['success', 'skipped'], 'skipped', 'ran'],
        [['skipped', 'skipped'], 'skipped', 'skipped'],
      ];
      for (const [state, onFailed, onSucceeded] of cases) {
        // Another task's state does not count, even one whose id starts like the step's.
        const states = { train: state, train_2: 'failed', report: 'failed' };
        expect(runStatusCheck(dag.source, failed, states).split(':')[0], JSON.stringify(state)).toBe(onFailed);
        expect(runStatusCheck(dag.source, succeeded, states).split(':')[0], JSON.stringify(state)).toBe(onSucceeded);
      }
      expect(runStatusCheck(dag.source, succeeded, { train: 'failed' })).toBe('skipped: Hook "on-success" runs when step "train" is Succeeded; it is not.');
    });
  }

  it('of a mapped step read every map index of its task', () => {
    const mapped = container('train', { map: { items: ['a', 'b', 'c'] } }, { args: [{ ref: 'item' }] });
    const dag = compileChecked(irWorkflow('mapped-hooked', [mapped, hook('on-failure', 'Failed', 'train')]), { airflowVersion: 3 });
    expect(dag.upstream('on_failure')).toEqual(['train']);
    const check = checkOf(dag, 'on_failure');
    expect(runStatusCheck(dag.source, check, { train: ['success', 'skipped', 'failed'] })).toBe('ran');
    expect(runStatusCheck(dag.source, check, { train: ['success', 'skipped', 'success'] })).toMatch(/^skipped: /);
  });

  it("do not change the DAG run's state: a failed step fails the run though its hook succeeded, a failed hook fails nothing", () => {
    for (const workflow of [hooked, irWorkflow('leaf', [container('train'), onFailure, onSuccess])]) {
      const dag = compileChecked(workflow);
      const stepFails = play(dag, { train: 'fail' });
      expect(stepFails.states).toMatchObject({ train: 'failed', on_failure: 'success', on_success: 'skipped' });
      expect(stepFails.run).toBe('failed');
      const hookFails = play(dag, { on_success: 'fail' });
      expect(hookFails.states).toMatchObject({ train: 'success', on_failure: 'skipped', on_success: 'failed' });
      expect(hookFails.run).toBe('success');
    }
  });

  for (const airflowVersion of [3, 2] as const) {
    it(`of the workflow run after every main task and read the DAG run's effective leaves (Airflow ${airflowVersion})`, () => {
      const workflow = irWorkflow('wf-status', [
        container('prepare'),
        container('train', { dependencies: ['prepare'] }),
        container('report', { dependencies: ['train'] }),
        container('lint'),
        hook('alert', ['Failed', 'Error']),
        hook('celebrate', 'Succeeded'),
        onSuccess,
      ]);
      const dag = compileChecked(workflow, { airflowVersion });
      for (const id of ['alert', 'celebrate']) {
        // After the step hooks too, as Argo's run when the workflow has ended.
        expect(dag.upstream(id)).toEqual(['lint', 'on_success', 'report']);
        expect(dag.summary.tasks.find((task) => task.taskId === id)?.watches).toEqual(['lint', 'report']);
        expect(dag.source).toMatch(new RegExp(`^ {4}${id}\\.as_teardown\\(\\)$`, 'm'));
      }
      const failed = play(dag, { train: 'fail' });
      expect(failed.states).toMatchObject({ report: 'upstream_failed', alert: 'success', celebrate: 'skipped', on_success: 'skipped' });
      expect(failed.run).toBe('failed');
      const succeeded = play(dag, { alert: 'fail', celebrate: 'fail' });
      expect(succeeded.states).toMatchObject({ alert: 'skipped', celebrate: 'failed' });
      expect(succeeded.run).toBe('success');
      expect(runStatusCheck(dag.source, checkOf(dag, 'alert'), { report: 'success', lint: 'skipped' })).toBe('skipped: Hook "alert" runs when the DAG run is Failed or Error; it is not.');
    });
  }

  it("of the workflow are waited for by its exit handler, and left out of its watcher and of workflow.status", () => {
    const notify = container('notify', {}, { args: [{ ref: 'workflow', field: 'status' }] });
    const dag = compileChecked(irWorkflow('hooked-exit', [container('train'), hook('alert', 'Failed')], { onExit: [notify] }));
    expect(dag.upstream('alert')).toEqual(['train']);
    expect(dag.upstream('notify')).toEqual(['alert', 'couler_status']);
    expect(dag.upstream('couler_watcher')).toEqual(['train']);
    expect(dag.upstream('couler_status')).toEqual(['train']);
    // The watcher raises whenever it runs.
    const { states, run } = play(dag, { train: 'fail', alert: 'fail', couler_watcher: 'fail' });
    expect(states).toMatchObject({ alert: 'failed', couler_watcher: 'failed', notify: 'success' });
    expect(run).toBe('failed');
  });

  it('keep hostile step names inside their strings, in the check and its skip message', () => {
    const name = 'on "fail" \\ {{ x }}\n$(id)';
    const watched = 'train\'s """ step';
    const workflow = irWorkflow('hostile-names', [container(watched), hook(name, 'Failed', watched)]);
    const { source, summary } = compileToAirflow(workflow, resolveAirflowSettings({ airflowVersion: 2 }));
    expect(checkAirflowDag(source, { airflowVersion: 2, summary }).problems).toEqual([]);
    const task = summary.tasks.find((entry) => entry.watches !== undefined)!;
    const check = source.match(/pre_execute=(skip_\w+_unless)/)![1]!;
    expect(runStatusCheck(source, check, { [task.watches![0]!]: 'success' })).toBe(`skipped: Hook "${name}" runs when step "${watched}" is Failed; it is not.`);
    expect(runStatusCheck(source, check, { [task.watches![0]!]: 'failed' })).toBe('ran');
  });

  it('fail the structural check when the file lost a hook\'s status check (it would run whatever the status)', () => {
    const { source, summary } = compileToAirflow(hooked, resolveAirflowSettings({}));
    const unchecked = source.replace(/\n\s*pre_execute=skip_on_failure_unless,/, '');
    expect(unchecked).not.toBe(source);
    expect(checkAirflowDag(unchecked, { airflowVersion: 3, workflow: hooked, summary }).problems.map((problem) => problem.message)).toContain('Hook "on-failure" runs on a status, but no pre_execute function of its task checks it: it would run whatever the status.');
  });

  it('are refused, with the reason, where Airflow cannot observe the status or has no single task to follow', () => {
    const refusal = (workflow: Workflow) => compilerRefusal(workflow);
    const running = refusal(irWorkflow('running', [container('train'), hook('started', 'Running', 'train')]));
    expect(running.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(running.message).toContain('Airflow starts a task only once the tasks before it are done');
    expect(running.path).toEqual(['steps', 'started', 'hook', 'on', 'status']);
    expect(refusal(irWorkflow('wf-running', [container('train'), hook('started', 'Running')])).message).toContain('waits for the DAG run to be Running');
    const error = refusal(irWorkflow('error', [container('train'), hook('errored', 'Error', 'train')]));
    expect(error.message).toContain('Airflow has one failed state');
    expect(error.hint).toContain("['Failed', 'Error']");
    const loop = { kind: 'while', name: 'again', steps: ['train'], maxIterations: 2, condition: { op: 'equal', left: 'a', right: 'b' } };
    expect(refusal(irWorkflow('loop', [container('train'), hook('h', 'Failed', 'train')], { groups: [loop] } as Partial<Workflow['spec']>)).message).toContain('a step of an execWhile loop');
    const definition = { name: 'inner', steps: [container('work'), hook('h', 'Failed', 'work')] };
    const call = { name: 'call', kind: 'subWorkflow', subWorkflow: { name: 'inner' } } as unknown as Step;
    expect(refusal(irWorkflow('in-definition', [call], { subWorkflows: [definition] } as Partial<Workflow['spec']>)).message).toContain('is inside sub-workflow "inner"');
    const onCall = refusal(irWorkflow('on-call', [call, hook('h', 'Failed', 'call')], { subWorkflows: [{ name: 'inner', steps: [container('work')] }] } as Partial<Workflow['spec']>));
    expect(onCall.message).toContain('Airflow keeps a state per task instance, none per task group');
    const wait = { name: 'wait', kind: 'suspend', suspend: { durationSeconds: 5 }, hook: { of: 'train', on: { status: ['Failed'] } } } as unknown as Step;
    expect(refusal(irWorkflow('suspend-hook', [container('train'), wait])).message).toContain("which a wait sensor's does not run");
  });
});

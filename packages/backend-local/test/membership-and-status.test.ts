import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParameterArtifact, runScript, setExitHandler, stepStatus, when, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { resumeRun, runWorkflow } from '../src/run-workflow';
import { StateStore } from '../src/state/state-store';
import { resolveCoulerHome } from '../src/state/couler-home';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

type Summary = Awaited<ReturnType<typeof runWorkflow>>;
const phases = (summary: Summary) => Object.fromEntries(summary.steps.map((step) => [step.id, step.phase]));
const results = (summary: Summary) => Object.fromEntries(summary.steps.map((step) => [step.id, step.outputs.result]));
const messageOf = (summary: Summary, id: string) => summary.steps.find((step) => step.id === id)?.message;
const output = (step: string, name = 'result') => ({ ref: 'step' as const, step, output: name });
const parameter = (name: string) => ({ ref: 'parameter' as const, name });

/**
 * `train` writes its accuracy when `succeeds` says so; the exit handler alerts when it failed,
 * celebrates when it succeeded, and reports the accuracy it read from `train`.
 */
function training(succeeds: string) {
  const python = (stepName: string, source: string, args?: unknown[]) => runScript({ image: 'python:3.12-slim', command: 'python3', stepName, source, ...(args && { args: args as never }) });
  return workflow('notify', () => {
    const train = runScript({
      image: 'python:3.12-slim',
      command: 'python3',
      stepName: 'train',
      source: `import sys\n${succeeds}\nopen('/tmp/accuracy', 'w').write('0.93')\nprint('trained')`,
      output: createParameterArtifact('/tmp/accuracy', { name: 'accuracy' }),
    });
    setExitHandler('Any', () => {
      when(stepStatus(train, 'Failed'), () => python('alert', 'print("train failed")'));
      when(stepStatus(train, 'Succeeded'), () => python('celebrate', 'print("train succeeded")'));
      python('report', 'import sys\nprint("accuracy", sys.argv[1])', [train.output('accuracy')]);
    });
  });
}

describe('stepStatus in exit handlers', () => {
  it('runs the Failed branch when a main step failed, skips the Succeeded one, and skips the step reading its missing output', async () => {
    const summary = await runWorkflow(training('sys.exit(3)'), { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toMatch(/^Step "train" failed: exit code 3/);
    expect(phases(summary)).toEqual({ train: 'Failed', alert: 'Succeeded', celebrate: 'Skipped', report: 'Skipped' });
    expect(results(summary).alert).toBe('train failed');
    expect(messageOf(summary, 'report')).toBe('Not run: it reads output "accuracy" of step "train", which was never produced: "train" failed.');
  });

  it('runs the Succeeded branch, and the exit step gets the main step’s output', async () => {
    const summary = await runWorkflow(training('pass'), { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(phases(summary)).toEqual({ train: 'Succeeded', alert: 'Skipped', celebrate: 'Succeeded', report: 'Succeeded' });
    expect(results(summary).report).toBe('accuracy 0.93');
  });

  it('decides the exit handler again on resume: what it skipped runs once the main step is fixed', async () => {
    const fixed = join(dirs.scratch(), 'fixed');
    const { events, onEvent } = eventLog();
    const failed = await runWorkflow(training(`import os\nif not os.path.exists(${JSON.stringify(fixed)}): sys.exit(1)`), { home: dirs.home(), defaultRetry: false });
    expect(phases(failed)).toEqual({ train: 'Failed', alert: 'Succeeded', celebrate: 'Skipped', report: 'Skipped' });

    writeFileSync(fixed, '');
    const resumed = await resumeRun(failed.runId, { home: dirs.home(), defaultRetry: false, onEvent });
    expect(resumed.phase).toBe('Succeeded');
    // One record per step, as `couler status` lists them: the failed run's alert is gone, not kept.
    expect(resumed.steps.map((step) => [step.id, step.phase])).toEqual([
      ['train', 'Succeeded'],
      ['alert', 'Skipped'],
      ['celebrate', 'Succeeded'],
      ['report', 'Succeeded'],
    ]);
    expect(results(resumed).report).toBe('accuracy 0.93');
    expect(events.some((event) => event.type === 'notice' && event.message.includes('the exit handler runs again'))).toBe(true);
    const store = new StateStore(resolveCoulerHome(dirs.home()).database);
    try {
      expect(store.getRun(failed.runId)?.phase).toBe('Succeeded');
    } finally {
      store.close();
    }
  });

  it('sees a mapped step with a failed item as Failed, an empty map, a false when and an omitted step as Skipped', async () => {
    const status = (name: string, step: string, statuses: string[]) => sh(name, `echo ${name}`, { when: { op: 'stepStatus', step, statuses } });
    const workflow = workflowOf(
      'statuses',
      [
        { ...sh('fan', 'test "$N" != 2', { env: [{ name: 'N', value: { ref: 'item' } }] }), map: { items: [1, 2, 3] } },
        sh('list', "echo '[]'"),
        { ...sh('none', 'echo never'), map: { from: output('list') } },
        sh('gated', 'echo gated', { when: { op: 'equal', left: 'a', right: 'b' } }),
        sh('after-fan', 'echo after', { dependencies: ['fan'] }),
      ],
      {
        onExit: [
          status('fan-failed', 'fan', ['Failed']),
          status('fan-succeeded', 'fan', ['Succeeded']),
          status('none-skipped', 'none', ['Skipped']),
          status('none-succeeded', 'none', ['Succeeded']),
          status('gated-skipped', 'gated', ['Skipped']),
          status('after-fan-skipped', 'after-fan', ['Skipped', 'Failed']),
          status('list-succeeded', 'list', ['Succeeded']),
          sh('reads-gated', 'echo "$G"', { env: [{ name: 'G', value: output('gated') }] }),
          sh('reads-fan', 'echo "$F"', { env: [{ name: 'F', value: output('fan') }] }),
        ],
      },
    );
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    expect(phases(summary)).toMatchObject({
      'fan[1]': 'Failed',
      gated: 'Skipped',
      'after-fan': 'Omitted',
      'fan-failed': 'Succeeded',
      'fan-succeeded': 'Skipped',
      'none-skipped': 'Succeeded',
      'none-succeeded': 'Skipped',
      'gated-skipped': 'Succeeded',
      'after-fan-skipped': 'Succeeded',
      'list-succeeded': 'Succeeded',
      'reads-gated': 'Skipped',
      'reads-fan': 'Skipped',
    });
    expect(messageOf(summary, 'reads-gated')).toContain('output "result" of step "gated", which was never produced: "gated" was skipped');
    expect(messageOf(summary, 'reads-fan')).toContain('"fan" failed');
    // Skipped exit steps do not change how the run ended.
    expect(summary.message).toMatch(/^Step "fan" failed/);
  });
});

describe('a map over an empty list', () => {
  it('is Skipped with a record saying why; a step after it runs and reads the empty list', async () => {
    const workflow = workflowOf('empty', [
      sh('list', "echo '[]'"),
      { ...sh('none', 'echo never'), map: { from: output('list') } },
      sh('after', 'echo "got $V"', { env: [{ name: 'V', value: output('none') }] }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(phases(summary)).toMatchObject({ none: 'Skipped', after: 'Succeeded' });
    expect(messageOf(summary, 'none')).toBe('Not run: it maps over an empty list.');
    expect(results(summary).after?.trim()).toBe('got []');
  });
});

describe('inList / notInList', () => {
  const branches = workflowOf(
    'branches',
    [
      sh('release', 'echo releasing', { when: { op: 'in', value: 'release', list: parameter('branches') } }),
      sh('feature', 'echo feature', { when: { op: 'notIn', value: parameter('branch'), list: parameter('branches') } }),
    ],
    {
      parameters: [
        { name: 'branches', type: 'list', default: '["main"]' },
        { name: 'branch', type: 'string', default: 'main' },
      ],
    },
  );

  it('reads a list parameter, as overridden for the run', async () => {
    const byDefault = await runWorkflow(branches, { home: dirs.home() });
    expect(phases(byDefault)).toEqual({ release: 'Skipped', feature: 'Skipped' });
    const overridden = await runWorkflow(branches, { home: dirs.home(), parameters: { branches: '["release","hotfix"]' } });
    expect(phases(overridden)).toEqual({ release: 'Succeeded', feature: 'Succeeded' });
  });

  it('looks in a literal list (numbers and booleans as their JSON text) and in a mapped step’s outputs', async () => {
    const workflow = workflowOf('lists', [
      sh('count', 'echo 2'),
      sh('two', 'echo two', { when: { op: 'in', value: output('count'), list: [1, 2, true] } }),
      sh('yes', 'echo yes', { when: { op: 'in', value: 'true', list: ['false', true] } }),
      { ...sh('fan', 'echo "$L"', { env: [{ name: 'L', value: { ref: 'item' } }] }), map: { items: ['a', 'b'] } },
      sh('saw-a', 'echo saw-a', { when: { op: 'in', value: 'a', list: output('fan') } }),
      sh('saw-c', 'echo saw-c', { when: { op: 'in', value: 'c', list: output('fan') } }),
      sh('not-c', 'echo not-c', { when: { op: 'and', conditions: [{ op: 'notIn', value: 'c', list: output('fan') }, { op: 'not', condition: { op: 'in', value: 'x', list: ['y'] } }] } }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(phases(summary)).toMatchObject({ two: 'Succeeded', yes: 'Succeeded', 'saw-a': 'Succeeded', 'saw-c': 'Skipped', 'not-c': 'Succeeded' });
  });

  it('stops an execWhile loop once its output is in the list', async () => {
    const counter = join(dirs.scratch(), 'count');
    const count = sh('count', `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}; echo $n`);
    const workflow = workflowOf('until-listed', [count], {
      groups: [{ name: 'loop', kind: 'while', steps: ['count'], condition: { op: 'notIn', value: output('count'), list: [3, 7] }, maxIterations: 10 }],
    });
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.steps.map((step) => `${step.id}=${step.outputs.result}`)).toEqual(['count=1', 'count#2=2', 'count#3=3']);
  });

  it('errors the step whose list is not a JSON list at run time, naming the step and the value', async () => {
    const workflow = workflowOf('bad-list', [sh('emit', 'echo main,dev'), sh('gate', 'echo gated', { when: { op: 'in', value: 'main', list: output('emit') } })]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Error');
    expect(phases(summary)).toEqual({ emit: 'Succeeded', gate: 'Error' });
    expect(summary.message).toContain('Step "gate" looks for "main" in output "result" of step "emit", which is not a JSON list: "main,dev".');
    expect(existsSync(join(summary.runDir, 'gate'))).toBe(false);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoulerError, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resumeRun, retryRun, runWorkflow } from '../src/run-workflow';
import { killEngineWhen } from './helpers/kill-mid-iteration';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const finished = (log: string) => runsOf(log).filter((line) => !line.startsWith('start-'));

/**
 * An execWhile loop whose body is `list` and a call fanned out over its output: iteration n
 * lists n models (`["a1"]`, `["a2","b2"]`, `["a3","b3","c3"]`), counted in file `count`, and the
 * loop goes on until the list has three. Each model trains then evaluates; training `b2` waits
 * for file `go-on`. After the loop, `report` reads the call's scores (its last iteration's).
 */
function loopOverOutput(scratch: string, items: 'literal' | 'output' = 'output'): Workflow {
  const log = join(scratch, 'log');
  const count = join(scratch, 'count');
  const list = shWith(
    'list',
    `n=$(cat ${count} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${count}; echo "list-$n" >> ${log}; case $n in 1) echo '["a1"]';; 2) echo '["a2","b2"]';; *) echo '["a3","b3","c3"]';; esac`,
    [],
  );
  const train = shWith('train', `echo "start-$0" >> ${log}; if [ "$0" = b2 ] && [ ! -f ${join(scratch, 'go-on')} ]; then sleep 60; fi; echo "train-$0" >> ${log}; printf '%s' "$0"`, [input('model')]);
  const evaluate = shWith('evaluate', `echo "evaluate-$0" >> ${log}; printf 'score-%s' "$0"`, [output('train')], { dependencies: ['train'] });
  const report = shWith('report', `echo report >> ${log}; printf '%s' "$0"`, [output('models', 'score')], { dependencies: ['models'] });
  return workflowOf(
    'loop-over-output',
    [
      list,
      {
        name: 'models',
        kind: 'subWorkflow',
        subWorkflow: { name: 'train-evaluate' },
        dependencies: ['list'],
        map: items === 'output' ? { from: output('list') } : { items: ['x', 'y'] },
        inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] },
        outputs: { parameters: [{ name: 'score' }] },
      },
      report,
    ],
    {
      groups: [{ name: 'again', kind: 'while', steps: ['list', 'models'], condition: { op: 'notEqual', left: output('list'), right: '["a3","b3","c3"]' }, maxIterations: 5 }],
      subWorkflows: [{ name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [train, evaluate], outputs: { parameters: [{ name: 'score', value: output('evaluate') }] } }],
    },
  );
}

const EVERY_RUN = ['evaluate-a1', 'evaluate-a2', 'evaluate-a3', 'evaluate-b2', 'evaluate-b3', 'evaluate-c3', 'list-1', 'list-2', 'list-3', 'report', 'train-a1', 'train-a2', 'train-a3', 'train-b2', 'train-b3', 'train-c3'];

describe("a fan-out of a sub-workflow over a step's output inside an execWhile loop on the local engine", () => {
  it("runs each iteration over that iteration's own list, with a state row per step and iteration", { timeout: 60_000 }, async () => {
    const scratch = dirs.scratch();
    writeFileSync(join(scratch, 'go-on'), '');
    const summary = await runWorkflow(loopOverOutput(scratch), { home: dirs.home(), defaultRetry: false });
    expect([summary.phase, summary.message]).toEqual(['Succeeded', undefined]);
    expect(finished(join(scratch, 'log')).sort()).toEqual(EVERY_RUN);
    const ids = summary.steps.map((step) => step.id);
    expect(ids.filter((id) => id.startsWith('models[')).sort()).toEqual([
      'models[0].evaluate', 'models[0].evaluate#2', 'models[0].evaluate#3', 'models[0].train', 'models[0].train#2', 'models[0].train#3',
      'models[1].evaluate#2', 'models[1].evaluate#3', 'models[1].train#2', 'models[1].train#3', 'models[2].evaluate#3', 'models[2].train#3',
    ]);
    expect(summary.steps.find((step) => step.id === 'models[1].train#2')!.outputs.result).toBe('b2');
    // After the loop, the call gives its last iteration's scores.
    expect(summary.steps.find((step) => step.id === 'report')!.outputs.result).toBe('["score-a3","score-b3","score-c3"]');
  });

  it('survives kill -9 in the middle of the second iteration; resume re-runs no succeeded step and finds the same items', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(loopOverOutput(scratch)));
    await killEngineWhen({ home, file, runId: 'loop-run', slots: 4 }, 'training b2 in iteration 2', (store) => {
      const running = store.runningAttempts('loop-run').some((attempt) => attempt.stepId === 'models[1].train#2');
      return running && store.getSteps('loop-run').some((step) => step.id === 'models[0].evaluate#2' && step.phase === 'Succeeded');
    });
    expect(finished(log)).not.toContain('list-3');

    writeFileSync(join(scratch, 'go-on'), '');
    const summary = await resumeRun('loop-run', { home });
    expect([summary.phase, summary.message]).toEqual(['Succeeded', undefined]);
    // Each step of each iteration ran to its end once: list was not run again (it would list more models).
    expect(finished(log).sort()).toEqual(EVERY_RUN);
    expect(runsOf(log).filter((line) => line === 'start-b2')).toHaveLength(2);
    expect(summary.steps.find((step) => step.id === 'report')!.outputs.result).toBe('["score-a3","score-b3","score-c3"]');

    // A retry from the loop's producer runs the whole loop again, over the lists it prints now.
    writeFileSync(join(scratch, 'count'), '1');
    const retried = await retryRun('loop-run', { home, from: 'list' });
    expect(retried.phase).toBe('Succeeded');
    expect(finished(log).slice(EVERY_RUN.length).filter((line) => line.startsWith('list-'))).toEqual(['list-2', 'list-3']);
    expect(retried.steps.map((step) => step.id).filter((id) => id.startsWith('models[')).sort()).toEqual([
      'models[0].evaluate', 'models[0].evaluate#2', 'models[0].train', 'models[0].train#2', 'models[1].evaluate', 'models[1].evaluate#2', 'models[1].train', 'models[1].train#2', 'models[2].evaluate#2', 'models[2].train#2',
    ]);

    // From a step of one iteration of the call: the loop, its producer included, runs again as a whole, so no iteration of an old list is kept.
    writeFileSync(join(scratch, 'count'), '0');
    const before = finished(log).length;
    const again = await retryRun('loop-run', { home, from: 'models[1].train' });
    expect(again.phase).toBe('Succeeded');
    expect(finished(log).slice(before).filter((line) => line.startsWith('train-')).sort()).toEqual(['train-a1', 'train-a2', 'train-a3', 'train-b2', 'train-b3', 'train-c3']);
  });

  it("passes a hostile item of a later iteration's list to its steps as plain text", { timeout: 60_000 }, async () => {
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const hostile = `a"b'$(id)\`id\`{{x}}{% raw %}\\${'ü'.repeat(3)}${'z'.repeat(300)}`;
    const second = JSON.stringify([hostile, 'b']);
    writeFileSync(join(scratch, 'items-1'), '["plain"]');
    writeFileSync(join(scratch, 'items-2'), second);
    const count = join(scratch, 'count');
    const list = shWith('list', `n=$(cat ${count} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${count}; cat ${join(scratch, 'items-')}$n`, []);
    const say = shWith('say', `printf '%s\\n' "$0" >> ${log}; printf '%s' "$0"`, [input('model')]);
    const workflow = workflowOf(
      'loop-hostile',
      [list, { name: 'models', kind: 'subWorkflow', subWorkflow: { name: 'say' }, dependencies: ['list'], map: { from: output('list') }, inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] } }],
      {
        groups: [{ name: 'again', kind: 'while', steps: ['list', 'models'], condition: { op: 'notEqual', left: output('list'), right: second }, maxIterations: 3 }],
        subWorkflows: [{ name: 'say', inputs: { parameters: [{ name: 'model' }] }, steps: [say] }],
      },
    );
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect([summary.phase, summary.message]).toEqual(['Succeeded', undefined]);
    expect(runsOf(log)).toEqual(['plain', hostile, 'b']);
    expect(summary.steps.find((step) => step.id === 'models[0].say#2')!.outputs.result).toBe(hostile);
  });

  it('runs the steps of a call over a literal list again in every iteration', { timeout: 60_000 }, async () => {
    const scratch = dirs.scratch();
    const summary = await runWorkflow(loopOverOutput(scratch, 'literal'), { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(finished(join(scratch, 'log')).filter((line) => line.startsWith('train-'))).toHaveLength(6);
    expect(summary.steps.map((step) => step.id)).toContain('models[1].train#3');
  });

  it('refuses a sub-workflow with a loop of its own called inside a loop, naming both loops, before anything runs', async () => {
    const scratch = dirs.scratch();
    const workflow = loopOverOutput(scratch);
    const inner = workflow.spec.subWorkflows![0]!;
    const nested = { ...workflow, spec: { ...workflow.spec, subWorkflows: [{ ...inner, groups: [{ name: 'until-good', kind: 'while', steps: ['train'], condition: { op: 'equal', left: output('train'), right: 'never' }, maxIterations: 2 }] }] } } as Workflow;
    const refusal = await runWorkflow(nested, { home: dirs.home() }).catch((error: unknown) => error);
    expect(CoulerError.isInstance(refusal) && [refusal.code, refusal.stepIds]).toEqual(['UNSUPPORTED_BY_BACKEND', ['models']]);
    expect((refusal as CoulerError).message).toBe(
      'The local backend cannot run execWhile loop "until-good" of sub-workflow "train-evaluate" inside execWhile loop "again" ("step.subWorkflow"), used by "models": a loop inside a loop.',
    );
    expect(runsOf(join(scratch, 'log'))).toEqual([]);
  });
});

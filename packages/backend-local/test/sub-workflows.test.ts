
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resumeRun, retryRun, runWorkflow } from '../src/run-workflow';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';
import { killMidIteration } from './helpers/kill-mid-iteration';

const dirs = useTempDirs();
const call = (name: string, definition: string, args: Record<string, unknown>, outputs: string[], extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'subWorkflow',
  subWorkflow: { name: definition },
  inputs: { parameters: Object.entries(args).map(([arg, value]) => ({ name: arg, value })) },
  ...(outputs.length > 0 && { outputs: { parameters: outputs.map((each) => ({ name: each })) } }),
  ...extra,
});

/** train → evaluate per model, five models two at a time, then keep the best score. */
function automl(log: string, marker: string): Workflow {
  const train = shWith('train', `echo "train-$0" >> ${log}; if [ "$0" = c ] && [ ! -f ${marker} ]; then sleep 60; fi; echo "$0"`, [input('model')]);
  const evaluate = shWith(
    'evaluate',
    `echo "evaluate-$0" >> ${log}; case "$0" in a) s=0.71;; b) s=0.93;; c) s=0.88;; d) s=0.65;; *) s=0.90;; esac; echo "$s $0"`,
    [output('train')],
    { dependencies: ['train'] },
  );
  const keepBest = shWith('keep-best', `echo keep-best >> ${log}; printf '%s' "$0" | tr -d '[]"' | tr ',' '\\n' | sort -r | head -1 | cut -d' ' -f2`, [output('models', 'score')]);
  return workflowOf('automl', [call('models', 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ['a', 'b', 'c', 'd', 'e'], parallelism: 2 } }), keepBest], {
    subWorkflows: [{ name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [train, evaluate], outputs: { parameters: [{ name: 'score', value: output('evaluate') }] } }],
  });
}

describe('sub-workflows on the local engine', () => {
  it('runs a mapped train → evaluate fan-out, survives kill -9 mid-iteration, and resume re-runs no succeeded step', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'go-on');
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(automl(log, marker)));
    await killMidIteration({ home, file, runId: 'automl-run', slots: 2 });

    writeFileSync(marker, '');
    const summary = await resumeRun('automl-run', { home });
    expect(summary.phase).toBe('Succeeded');
    const runs = runsOf(log);
    // Every step of every iteration ran once, but model c's training, killed and run again.
    expect([...runs].sort()).toEqual(['evaluate-a', 'evaluate-b', 'evaluate-c', 'evaluate-d', 'evaluate-e', 'keep-best', 'train-a', 'train-b', 'train-c', 'train-c', 'train-d', 'train-e']);
    const byId = new Map(summary.steps.map((step) => [step.id, step]));
    expect(byId.get('keep-best')!.outputs.result).toBe('b');
    expect(byId.get('models[1].evaluate')!.outputs.result).toBe('0.93 b');
    // The call is a step of its own, done when its iterations are.
    expect(byId.get('models')!.phase).toBe('Succeeded');
  });

  it("runs a when inside a mapped sub-workflow that compares the item with another step's output, and caches per step inside iterations", async () => {
    const home = dirs.home();
    const log = join(dirs.scratch(), 'log');
    const keep = shWith('keep', `echo "keep-$0" >> ${log}; echo "kept $0"`, [input('model')], { when: { op: 'equal', left: input('model'), right: input('best') }, cache: {} });
    const workflow = workflowOf('pick', [shWith('best', 'echo b', []), call('pick', 'keep-if-best', { model: { ref: 'item' }, best: output('best') }, ['kept'], { map: { items: ['a', 'b', 'c'] } }), shWith('report', 'echo "$0"', [output('pick', 'kept')])], {
      subWorkflows: [{ name: 'keep-if-best', inputs: { parameters: [{ name: 'model' }, { name: 'best' }] }, steps: [keep], outputs: { parameters: [{ name: 'kept', value: output('keep') }] } }],
    });
    const first = await runWorkflow(workflow, { home, defaultRetry: false });
    expect(first.phase).toBe('Succeeded');
    const phases = Object.fromEntries(first.steps.map((step) => [step.id, step.phase]));
    expect(phases).toMatchObject({ 'pick[0].keep': 'Skipped', 'pick[1].keep': 'Succeeded', 'pick[2].keep': 'Skipped' });
    // The fan-in lists what the iterations that ran returned.
    expect(first.steps.find((step) => step.id === 'report')!.outputs.result).toBe('["kept b"]');
    const second = await runWorkflow(workflow, { home, defaultRetry: false });
    expect(second.steps.find((step) => step.id === 'pick[1].keep')!.phase).toBe('Cached');
    expect(runsOf(log)).toEqual(['keep-b']);
  });

  it('runs sub-workflows nested three deep, each level passing its input down and its output up', async () => {
    const leaf = { name: 'leaf', inputs: { parameters: [{ name: 'x' }] }, steps: [shWith('say', 'echo "said $0"', [input('x')])], outputs: { parameters: [{ name: 'said', value: output('say') }] } };
    const middle = { name: 'middle', inputs: { parameters: [{ name: 'x' }] }, steps: [call('in-leaf', 'leaf', { x: { concat: ['<', input('x'), '>'] } }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-leaf', 'said') }] } };
    const top = { name: 'top', inputs: { parameters: [{ name: 'x', default: 'deep' }] }, steps: [call('in-middle', 'middle', { x: input('x') }, ['said'])], outputs: { parameters: [{ name: 'said', value: output('in-middle', 'said') }] } };
    const workflow = workflowOf('nested', [{ ...call('run', 'top', {}, ['said']), inputs: undefined }, shWith('print', 'echo "$0"', [output('run', 'said')])], { subWorkflows: [leaf, middle, top] });
    const summary = await runWorkflow(JSON.parse(JSON.stringify(workflow)), { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.steps.find((step) => step.id === 'print')!.outputs.result).toBe('said <deep>');
    expect(summary.steps.map((step) => step.id)).toContain('run.in-middle.in-leaf.say');
  });

  it('retries from a failure inside one iteration, re-running only that step and what follows; retry --from the call re-runs each of its steps', async () => {
    const home = dirs.home();
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'fixed');
    const work = shWith('work', `echo "work-$0" >> ${log}; if [ "$0" = b ] && [ ! -f ${marker} ]; then echo "no data for b" >&2; exit 3; fi; echo "done-$0"`, [input('model')]);
    const workflow = workflowOf('retry-in', [call('each', 'one', { model: { ref: 'item' } }, ['out'], { map: { items: ['a', 'b', 'c'] } }), shWith('after', `echo after >> ${log}; echo "$0"`, [output('each', 'out')])], {
      subWorkflows: [{ name: 'one', inputs: { parameters: [{ name: 'model' }] }, steps: [work], outputs: { parameters: [{ name: 'out', value: output('work') }] } }],
    });
    const failed = await runWorkflow(workflow, { home, defaultRetry: false });
    expect(failed.phase).toBe('Failed');
    expect(failed.message).toContain('each[1].work');
    expect(failed.message).toContain('no data for b');
    expect([...runsOf(log)].sort()).toEqual(['work-a', 'work-b', 'work-c']);

    writeFileSync(marker, '');
    const retried = await retryRun(failed.runId, { home });
    expect(retried.phase).toBe('Succeeded');
    expect(runsOf(log).slice(3)).toEqual(['work-b', 'after']);
    expect(retried.steps.find((step) => step.id === 'after')!.outputs.result).toBe('["done-a","done-b","done-c"]');

    const again = await retryRun(failed.runId, { home, from: 'each' });
    expect(again.phase).toBe('Succeeded');
    expect([...runsOf(log).slice(5)].sort()).toEqual(['after', 'work-a', 'work-b', 'work-c']);
  });
});


import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resumeRun, retryRun, runWorkflow } from '../src/run-workflow';
import { stepTree, type StepTreeNode } from '../src/sub-workflows/step-tree';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';
import { killMidIteration } from './helpers/kill-mid-iteration';

const dirs = useTempDirs();
const byId = <T extends { id: string }>(steps: ReadonlyArray<T>) => new Map(steps.map((step) => [step.id, step]));

/**
 * `list` prints the models (the JSON text in file `models`); then train → evaluate for each,
 * two at a time; then keep-best reads every score. Training `c` waits for file `go-on`;
 * evaluating `c` fails until file `fixed` exists.
 */
function automlOverOutput(scratch: string): Workflow {
  const log = join(scratch, 'log');
  const list = shWith('list', `echo list >> ${log}; cat ${join(scratch, 'models')}`, []);
  const train = shWith('train', `echo "start-$0" >> ${log}; if [ "$0" = c ] && [ ! -f ${join(scratch, 'go-on')} ]; then sleep 60; fi; echo "train-$0" >> ${log}; printf '%s' "$0"`, [input('model')]);
  const evaluate = shWith(
    'evaluate',
    `echo "evaluate-$0" >> ${log}; if [ "$0" = c ] && [ ! -f ${join(scratch, 'fixed')} ]; then exit 3; fi; case "$0" in a) s=0.71;; b) s=0.93;; c) s=0.88;; *) s=0.60;; esac; printf '%s %s\\n' "$s" "$0"`,
    [output('train')],
    { dependencies: ['train'] },
  );
  const keepBest = shWith('keep-best', `echo keep-best >> ${log}; printf '%s' "$0"`, [output('models', 'score')]);
  return workflowOf(
    'automl-output',
    [
      list,
      {
        name: 'models',
        kind: 'subWorkflow',
        subWorkflow: { name: 'train-evaluate' },
        map: { from: output('list'), parallelism: 2 },
        inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] },
        outputs: { parameters: [{ name: 'score' }] },
      },
      keepBest,
    ],
    { subWorkflows: [{ name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [train, evaluate], outputs: { parameters: [{ name: 'score', value: output('evaluate') }] } }] },
  );
}

function prepare(models: string, ready: ReadonlyArray<'go-on' | 'fixed'> = ['go-on', 'fixed']): { scratch: string; log: string; workflow: Workflow } {
  const scratch = dirs.scratch();
  writeFileSync(join(scratch, 'models'), models);
  for (const marker of ready) writeFileSync(join(scratch, marker), '');
  return { scratch, log: join(scratch, 'log'), workflow: automlOverOutput(scratch) };
}

/** The most trainings the log shows running at once (a start not yet followed by its end). */
function mostAtOnce(lines: ReadonlyArray<string>): number {
  let running = 0;
  let most = 0;
  for (const line of lines) {
    if (line.startsWith('start-')) most = Math.max(most, ++running);
    else if (line.startsWith('train-')) running--;
  }
  return most;
}

const show = (nodes: ReadonlyArray<StepTreeNode>, depth = 0): string[] => nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.id}`, ...show(node.children, depth + 1)]);

describe("a fan-out of a sub-workflow over another step's JSON output on the local engine", () => {
  it('expands when the producer succeeds, survives kill -9 in the middle of an iteration, and resume re-runs no succeeded step', { timeout: 120_000 }, async () => {
    const { scratch, log, workflow } = prepare('["a","b","c","d","e"]', ['fixed']);
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(workflow));
    const home = dirs.home();
    await killMidIteration({ home, file, runId: 'output-run', slots: 4 });

    writeFileSync(join(scratch, 'go-on'), '');
    // Were the list read again, it would now say otherwise: the resume expands from the recorded output.
    writeFileSync(join(scratch, 'models'), '["z"]');
    const summary = await resumeRun('output-run', { home });
    expect(summary.phase).toBe('Succeeded');
    const runs = runsOf(log).filter((line) => !line.startsWith('start-'));
    expect([...runs].sort()).toEqual(['evaluate-a', 'evaluate-b', 'evaluate-c', 'evaluate-d', 'evaluate-e', 'keep-best', 'list', 'train-a', 'train-b', 'train-c', 'train-d', 'train-e']);
    // Two iterations at a time, though the engine had four slots.
    expect(mostAtOnce(runsOf(log))).toBeLessThanOrEqual(2);
    const steps = byId(summary.steps);
    // The fan-in lists every iteration's score in item order.
    expect(JSON.parse(steps.get('keep-best')!.outputs.result!)).toEqual(['0.71 a', '0.93 b', '0.88 c', '0.60 d', '0.60 e']);
    expect(steps.get('models')!.phase).toBe('Succeeded');
    // What `couler status` opens: call → iterations → steps.
    expect(show(stepTree(summary.steps.map((step) => step.id))).slice(0, 5)).toEqual(['list', 'models', '  models[0]', '    models[0].train', '    models[0].evaluate']);
  });

  it("retry re-runs only the failed iteration's failed step, with the items the run recorded", { timeout: 60_000 }, async () => {
    const { scratch, log, workflow } = prepare('["a","b","c"]', ['go-on']);
    const home = dirs.home();
    const failed = await runWorkflow(workflow, { home, defaultRetry: false, runId: 'retry-run' });
    expect(failed.phase).toBe('Failed');
    expect(failed.message).toContain('models[2].evaluate');
    expect(byId(failed.steps).get('models')!.phase).toBe('Omitted');
    const before = runsOf(log).length;

    writeFileSync(join(scratch, 'fixed'), '');
    const retried = await retryRun('retry-run', { home, defaultRetry: false });
    expect(retried.phase).toBe('Succeeded');
    expect(runsOf(log).slice(before)).toEqual(['evaluate-c', 'keep-best']);
    expect(JSON.parse(byId(retried.steps).get('keep-best')!.outputs.result!)).toEqual(['0.71 a', '0.93 b', '0.88 c']);

    // From the call: every iteration runs again, from the same recorded list; the producer does not.
    const middle = runsOf(log).length;
    const again = await retryRun('retry-run', { home, defaultRetry: false, from: 'models' });
    expect(again.phase).toBe('Succeeded');
    expect(runsOf(log).slice(middle).filter((line) => !line.startsWith('start-')).sort()).toEqual(['evaluate-a', 'evaluate-b', 'evaluate-c', 'keep-best', 'train-a', 'train-b', 'train-c']);
  });

  it('retry --from a step of one iteration, named as couler status shows it, re-runs that iteration from there and keeps the others', { timeout: 60_000 }, async () => {
    const { log, workflow } = prepare('["a","b","c"]');
    const home = dirs.home();
    const first = await runWorkflow(workflow, { home, defaultRetry: false, runId: 'iteration-run' });
    expect(first.phase).toBe('Succeeded');
    const before = runsOf(log).length;

    const again = await retryRun('iteration-run', { home, defaultRetry: false, from: 'models[1].train' });
    expect(again.phase).toBe('Succeeded');
    // b trains and evaluates again, the call gathers the scores again and keep-best reads them; list, a and c do not run.
    expect(runsOf(log).slice(before).filter((line) => !line.startsWith('start-'))).toEqual(['train-b', 'evaluate-b', 'keep-best']);
    expect(JSON.parse(byId(again.steps).get('keep-best')!.outputs.result!)).toEqual(['0.71 a', '0.93 b', '0.88 c']);

    // From the last step of an iteration: only it, then what follows the call.
    const middle = runsOf(log).length;
    expect((await retryRun('iteration-run', { home, defaultRetry: false, from: 'models[2].evaluate' })).phase).toBe('Succeeded');
    expect(runsOf(log).slice(middle)).toEqual(['evaluate-c', 'keep-best']);

    // An iteration the run never had is still an unknown step, and the hint says how iterations are named.
    const error = await retryRun('iteration-run', { home, from: 'models[7].train' }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'UNKNOWN_STEP', hint: expect.stringContaining('couler status iteration-run` lists them (models[0].<step>)') });
  });

  it('runs no iteration over an empty list, and the fan-in is []', { timeout: 60_000 }, async () => {
    const { log, workflow } = prepare('[]');
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(runsOf(log)).toEqual(['list', 'keep-best']);
    expect(byId(summary.steps).get('keep-best')!.outputs.result).toBe('[]');
    expect(summary.steps.some((step) => step.id.startsWith('models['))).toBe(false);
  });

  it('passes a hostile item to its iteration as plain text and returns it unchanged', { timeout: 60_000 }, async () => {
    const hostile = `a'"$(touch pwned){{x}}\${y}\\n{% if %}`;
    const { scratch, workflow } = prepare(JSON.stringify([hostile]));
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Succeeded');
    expect(JSON.parse(byId(summary.steps).get('keep-best')!.outputs.result!)).toEqual([`0.60 ${hostile}`]);
    expect(byId(summary.steps).get('models[0].train')!.outputs.result).toBe(hostile);
    expect(existsSync(join(scratch, 'pwned'))).toBe(false);
  });

  it.each([
    ['text that is not JSON', 'a,b', '"a,b"'],
    ['a JSON object', '{"a":1}', '"{\\"a\\":1}"'],
    ['a list of lists', '[["a"]]', '"[[\\"a\\"]]"'],
  ])('fails the call, naming the producer, when the output is %s', { timeout: 60_000 }, async (_what, models, shown) => {
    const { log, workflow } = prepare(models);
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Error');
    const call = byId(summary.steps).get('models')!;
    expect(call.phase).toBe('Error');
    expect(call.message).toBe(
      `Call "models" maps over output "result" of step "list", whose value ${shown} is not a JSON list of scalars or flat objects. Make step "list" print a JSON list, such as ["a","b"] or [{"model":"a","lr":0.1}].`,
    );
    expect(summary.message).toContain('Step "models" errored');
    expect(runsOf(log)).toEqual(['list']);
  });
});


import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoulerError, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resumeRun, runWorkflow } from '../src/run-workflow';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';
import { killMidIteration } from './helpers/kill-mid-iteration';

const dirs = useTempDirs();

/** train → evaluate for each model of parameter `models` (known when the run starts), two at a time, then keep the best. */
function automlOverParameter(log: string, marker: string, cache = false): Workflow {
  const train = shWith('train', `echo "start-$0" >> ${log}; if [ "$0" = c ] && [ ! -f ${marker} ]; then sleep 60; fi; echo "train-$0" >> ${log}; echo "$0"`, [input('model')], cache ? { cache: {} } : {});
  const evaluate = shWith('evaluate', `echo "evaluate-$0" >> ${log}; case "$0" in a) s=0.71;; b) s=0.93;; c) s=0.88;; *) s=0.60;; esac; echo "$s $0"`, [output('train')], { dependencies: ['train'] });
  const keepBest = shWith('keep-best', `echo keep-best >> ${log}; printf '%s' "$0" | tr -d '[]"' | tr ',' '\\n' | sort -r | head -1 | cut -d' ' -f2`, [output('models', 'score')]);
  return workflowOf(
    'automl-param',
    [
      {
        name: 'models',
        kind: 'subWorkflow',
        subWorkflow: { name: 'train-evaluate' },
        map: { from: input('models'), parallelism: 2 },
        inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] },
        outputs: { parameters: [{ name: 'score' }] },
      },
      keepBest,
    ],
    {
      parameters: [{ name: 'models', default: '["a"]' }],
      subWorkflows: [{ name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [train, evaluate], outputs: { parameters: [{ name: 'score', value: output('evaluate') }] } }],
    },
  );
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

describe('a fan-out of a sub-workflow over a list known when the run starts (a parameter) on the local engine', () => {
  it('survives kill -9 in the middle of an iteration; resume re-runs no succeeded step; parallelism holds; the scores come back as a list', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'go-on');
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(automlOverParameter(log, marker)));
    const parameters = JSON.stringify({ models: JSON.stringify(['a', 'b', 'c', 'd', 'e']) });
    await killMidIteration({ home, file, runId: 'param-run', slots: 4, parameters });

    writeFileSync(marker, '');
    // The resumed run expands the call from the parameters the run recorded: the same five iterations.
    const summary = await resumeRun('param-run', { home });
    expect(summary.phase).toBe('Succeeded');
    const runs = runsOf(log).filter((line) => !line.startsWith('start-'));
    expect([...runs].sort()).toEqual(['evaluate-a', 'evaluate-b', 'evaluate-c', 'evaluate-d', 'evaluate-e', 'keep-best', 'train-a', 'train-b', 'train-c', 'train-d', 'train-e']);
    // Two at a time, though the engine had four slots.
    expect(mostAtOnce(runsOf(log))).toBeLessThanOrEqual(2);
    const byId = new Map(summary.steps.map((step) => [step.id, step]));
    expect(byId.get('keep-best')!.outputs.result).toBe('b');
    expect(byId.get('models')!.phase).toBe('Succeeded');
  });

  it('caches each step of each iteration: a second run with one more model runs only the new one', { timeout: 60_000 }, async () => {
    const home = dirs.home();
    const scratch = dirs.scratch();
    const log = join(scratch, 'log');
    const marker = join(scratch, 'go-on');
    writeFileSync(marker, '');
    const workflow = automlOverParameter(log, marker, true);
    const first = await runWorkflow(workflow, { home, defaultRetry: false, parameters: { models: '["a","b"]' } });
    expect(first.phase).toBe('Succeeded');
    const before = runsOf(log).filter((line) => line.startsWith('train-')).length;
    const second = await runWorkflow(workflow, { home, defaultRetry: false, parameters: { models: '["b","a","c"]' } });
    expect(second.phase).toBe('Succeeded');
    expect(runsOf(log).filter((line) => line.startsWith('train-')).slice(before)).toEqual(['train-c']);
    const phases = Object.fromEntries(second.steps.map((step) => [step.id, step.phase]));
    expect(phases).toMatchObject({ 'models[0].train': 'Cached', 'models[1].train': 'Cached', 'models[2].train': 'Succeeded' });
    expect(second.steps.find((step) => step.id === 'keep-best')!.outputs.result).toBe('b');
  });

  it('refuses a parameter that is not a JSON list, naming the call and the parameter, before anything runs', async () => {
    const workflow = automlOverParameter('/dev/null', '/dev/null');
    const refusal = await runWorkflow(workflow, { home: dirs.home(), parameters: { models: 'a,b' } }).catch((error: unknown) => error);
    expect(CoulerError.isInstance(refusal) && [refusal.code, refusal.path]).toEqual(['INVALID_FIELD', ['parameters', 'models']]);
    expect((refusal as CoulerError).message).toBe('Call "models" maps over parameter "models", whose value "a,b" is not a JSON list of scalars or flat objects.');
  });
});

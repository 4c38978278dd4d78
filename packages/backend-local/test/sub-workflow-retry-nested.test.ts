
import { join } from 'node:path';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { retryRun, runWorkflow } from '../src/run-workflow';
import { input, output, runsOf, shWith, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

/**
 * For each of three models (listed by step `list`, or literal): call `prep` (fetch → clean),
 * then train on its data; `report` reads every score. Each step logs what it ran on.
 */
function nestedFit(log: string, items: 'output' | 'literal'): Workflow {
  const step = (name: string, from: unknown, extra: Record<string, unknown> = {}) => shWith(name, `echo "${name}-$0" >> ${log}; printf '${name}-%s' "$0"`, [from], extra);
  return workflowOf(
    'nested-fit',
    [
      shWith('list', `echo list >> ${log}; echo '["a","b","c"]'`, []),
      {
        name: 'models',
        kind: 'subWorkflow',
        subWorkflow: { name: 'fit' },
        map: items === 'output' ? { from: output('list') } : { items: ['a', 'b', 'c'] },
        inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] },
        outputs: { parameters: [{ name: 'score' }] },
      },
      step('report', output('models', 'score'), { dependencies: ['list'] }),
    ],
    {
      subWorkflows: [
        {
          name: 'fit',
          inputs: { parameters: [{ name: 'model' }] },
          steps: [
            { name: 'prep', kind: 'subWorkflow', subWorkflow: { name: 'prep' }, inputs: { parameters: [{ name: 'model', value: input('model') }] }, outputs: { parameters: [{ name: 'data' }] } },
            step('train', output('prep', 'data'), { dependencies: ['prep'] }),
          ],
          outputs: { parameters: [{ name: 'score', value: output('train') }] },
        },
        {
          name: 'prep',
          inputs: { parameters: [{ name: 'model' }] },
          steps: [step('fetch', input('model')), step('clean', output('fetch'), { dependencies: ['fetch'] })],
          outputs: { parameters: [{ name: 'data', value: output('clean') }] },
        },
      ],
    },
  );
}

describe('couler retry --from a step inside a nested call within one iteration, on the local engine', () => {
  it.each(['output', 'literal'] as const)('re-runs that step and what depends on it only, over a list from %s', { timeout: 60_000 }, async (items) => {
    const home = dirs.home();
    const log = join(dirs.scratch(), 'log');
    const first = await runWorkflow(nestedFit(log, items), { home, defaultRetry: false });
    expect(first.phase).toBe('Succeeded');
    const before = runsOf(log).length;

    const retried = await retryRun(first.runId, { home, from: 'models[1].prep.clean' });
    expect([retried.phase, retried.message]).toEqual(['Succeeded', undefined]);
    // Not fetch-b (before clean in the same call), not a or c (other iterations), not list.
    expect(runsOf(log).slice(before)).toEqual(['clean-fetch-b', 'train-clean-fetch-b', 'report-["train-clean-fetch-a","train-clean-fetch-b","train-clean-fetch-c"]']);
    const phases = new Map(retried.steps.map((step) => [step.id, step.phase]));
    expect([phases.get('models[1].prep'), phases.get('models[1].prep.fetch'), phases.get('models[1].prep.clean')]).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
  });
});

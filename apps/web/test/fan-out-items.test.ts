import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '@couler/backend-local';
import { afterAll, describe, expect, test } from 'vitest';
import type { Draft, DraftStep } from '../src/builder/draft';
import { draftToWorkflow } from '../src/builder/draft-to-workflow';
import { defaultValues } from '../src/builder/form-schema';
import { zooEntry } from '../src/builder/step-zoo';

const home = mkdtempSync(join(tmpdir(), 'couler-fan-out-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const node = (name: string, zooId: string, extra: Partial<DraftStep> = {}): DraftStep => ({ name, zooId, values: defaultValues(zooEntry(zooId).schema), position: { x: 0, y: 0 }, ...extra });

describe('a fan-out built in the builder', () => {
  test('gives each item its own model: the zoo steps read $ITEM, and select-best weighs every instance', async () => {
    const draft: Draft = {
      name: 'fan-out-models',
      steps: [
        node('split-data', 'split-data'),
        node('regression', 'logistic-regression', { fanOut: '0.0001, 0.5' }),
        node('forest', 'random-forest', { fanOut: '1, 25' }),
        node('select-best', 'select-best'),
      ],
      edges: [
        { source: 'split-data', target: 'regression' },
        { source: 'split-data', target: 'forest' },
        { source: 'regression', target: 'select-best' },
        { source: 'forest', target: 'select-best' },
      ],
    };
    const logs: string[] = [];
    const summary = await runWorkflow(draftToWorkflow(draft), { home, onEvent: (event) => { if (event.type === 'step-log') logs.push(`${event.stepId} | ${event.line}`); } });
    expect(summary.phase, summary.message).toBe('Succeeded');
    const accuracy = (id: string) => summary.steps.find((step) => step.id === id)?.outputs.parameters.accuracy;
    expect(accuracy('regression[0]')).not.toBe(accuracy('regression[1]'));
    expect(accuracy('forest[0]')).not.toBe(accuracy('forest[1]'));
    expect(logs).toEqual(expect.arrayContaining([expect.stringMatching(/^regression\[0\] \| logistic regression, learning rate 0\.0001:/), expect.stringMatching(/^regression\[1\] \| logistic regression, learning rate 0\.5:/), expect.stringMatching(/^forest\[1\] \| random forest of 25 stumps/)]));
    const best = summary.steps.find((step) => step.id === 'select-best')!.outputs.parameters.best;
    expect(best).toMatch(/^(regression|forest)\[[01]\]$/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '@couler/backend-local';
import type { Step, Workflow } from '@couler/ir';
import { afterEach, describe, expect, it } from 'vitest';
import { runSplitLocally, type SplitLocalRunner, type SplitLocalRunSummary } from '../src/local/run-split-locally';
import { splitWorkflow } from '../src/split-workflow';
import { workflowOf } from './generators';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});
function runner(): SplitLocalRunner {
  const home = mkdtempSync(join(tmpdir(), 'couler-split-'));
  homes.push(home);
  return (workflow, options) => runWorkflow(workflow, { home, parameters: options.parameters, parallelism: 2, cache: false });
}

function sh(name: string, script: string, extra: Record<string, unknown> = {}): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...extra } as Step;
}
const env = (name: string, step: string, output = 'result') => ({ name, value: { ref: 'step', step, output } });

/** Data passing of every kind: stdout, a declared output, a workflow parameter, a map and its fan-in, a condition. */
const pipeline: Workflow = workflowOf(
  'pipeline',
  [
    sh('seed', 'echo "$BASE"; printf 7 > /tmp/n', { env: [{ name: 'BASE', value: { ref: 'parameter', name: 'base' } }], outputs: { parameters: [{ name: 'n', path: '/tmp/n', type: 'integer' }] } }),
    sh('double', 'echo $((N * 2))', { env: [{ name: 'N', value: { ref: 'step', step: 'seed', output: 'n' } }] }),
    sh('square', 'echo "$ITEM$ITEM"', { map: { items: ['a', 'b', 'c'] }, env: [{ name: 'ITEM', value: { ref: 'item' } }] }),
    sh('gather', 'echo "$ALL|$D"', { env: [env('ALL', 'square'), env('D', 'double')] }),
    sh('big', 'echo big', { when: { op: 'bigger', left: { ref: 'step', step: 'double', output: 'result' }, right: 10 } }),
    sh('small', 'echo small', { when: { op: 'smaller', left: { ref: 'step', step: 'double', output: 'result' }, right: 10 } }),
    sh('report', 'echo "$S $G"', { env: [env('S', 'seed'), env('G', 'gather')], dependencies: ['big', 'small'] }),
  ],
  { parameters: [{ name: 'base', default: 'hello' }] },
);

/** Every step's stdout and phase, by step (map items by index). */
function outcome(runs: ReadonlyArray<SplitLocalRunSummary | undefined>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const run of runs) {
    for (const step of run?.steps ?? []) found[step.mapIndex === undefined ? step.stepName : `${step.stepName}[${step.mapIndex}]`] = `${step.phase}:${step.outputs.result ?? ''}`;
  }
  return found;
}

describe('runSplitLocally', () => {
  it('gives the same outputs as running the unsplit workflow', async () => {
    const whole = await runner()(pipeline, { parameters: { base: 'hi' } });
    expect(whole.phase).toBe('Succeeded');
    const expected = outcome([whole]);
    expect(expected).toMatchObject({ seed: 'Succeeded:hi', double: 'Succeeded:14', gather: 'Succeeded:["aa","bb","cc"]|14', big: 'Succeeded:big', small: 'Skipped:', report: 'Succeeded:hi ["aa","bb","cc"]|14' });

    for (const algorithm of ['critical-path', 'couler-paper'] as const) {
      const split = splitWorkflow(pipeline, { budget: { steps: 2 }, algorithm });
      expect(split.parts.length).toBeGreaterThanOrEqual(4);
      const result = await runSplitLocally(split, { run: runner(), parameters: { base: 'hi' } });
      expect(result.phase).toBe('Succeeded');
      expect(outcome(result.runs)).toEqual(expected);
    }
  });

  it('stops at a failed part and says which', async () => {
    const failing = workflowOf('failing', [sh('first', 'exit 3'), sh('second', 'echo never', { dependencies: ['first'] })]);
    const split = splitWorkflow(failing, { budget: { steps: 1 } });
    const result = await runSplitLocally(split, { run: runner() });
    expect(result.phase).toBe('Failed');
    expect(result.message).toMatch(/^Part 1 \("failing-part-1"\) ended Failed/);
    expect(result.runs[1]).toBeUndefined();
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coulerHome, scratchWith } from '../../test/run-couler';
import { runCoulerInProcess } from '../../test/run-couler-in-process';

const AUTOML = `import { map, runContainer, subWorkflow, workflow } from '@couler/dsl';

const trainEvaluate = subWorkflow('train-evaluate', { model: {} }, ({ model }) => {
  const trained = runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['trained', model], stepName: 'train' });
  return { score: runContainer({ image: 'alpine:3.20', command: ['echo'], args: [trained], stepName: 'evaluate' }) };
});

export default workflow('automl', () => {
  const scores = map((model) => trainEvaluate({ model }), ['a', 'b']);
  runContainer({ image: 'alpine:3.20', command: ['echo'], args: [scores.output('score')], stepName: 'keep-best' });
});
`;

describe('couler run and status with sub-workflows', () => {
  it('runs a mapped sub-workflow written with the DSL, and status opens the call into its iterations and steps', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'automl.ts'), AUTOML);
    const home = coulerHome();
    const run = await runCoulerInProcess(['run', 'automl.ts', '--home', home], { cwd: directory });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const runId = /as run (\S+)/.exec(run.stdout)![1]!;
    const status = await runCoulerInProcess(['status', runId, '--home', home], { cwd: directory });
    const rows = status.stdout.split('\n').filter((line) => /^\s*(train-evaluate|keep-best)/.test(line)).map((line) => line.replace(/\s{2,}(✓|\S+ )?\s*(Succeeded|Skipped|Failed|Pending).*$/, ''));
    expect(rows).toEqual([
      'train-evaluate',
      '  train-evaluate[0]',
      '    train-evaluate[0].train',
      '    train-evaluate[0].evaluate',
      '  train-evaluate[1]',
      '    train-evaluate[1].train',
      '    train-evaluate[1].evaluate',
      'keep-best',
    ]);
    const json = JSON.parse((await runCoulerInProcess(['status', runId, '--home', home, '--json'], { cwd: directory })).stdout) as {
      steps: Array<{ id: string; outputs: { result?: string } }>;
      tree: Array<{ id: string; kind: string; children: Array<{ id: string; kind: string; children: Array<{ id: string }> }> }>;
    };
    expect(json.tree.map((node) => [node.id, node.children.map((child) => [child.id, child.kind, child.children.map((step) => step.id)])])).toEqual([
      ['train-evaluate', [['train-evaluate[0]', 'iteration', ['train-evaluate[0].train', 'train-evaluate[0].evaluate']], ['train-evaluate[1]', 'iteration', ['train-evaluate[1].train', 'train-evaluate[1].evaluate']]]],
      ['keep-best', []],
    ]);
    expect(json.steps.find((step) => step.id === 'keep-best')!.outputs.result).toBe('["trained a","trained b"]');
  });
});

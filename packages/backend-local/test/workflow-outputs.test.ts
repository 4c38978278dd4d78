import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const result = (step: string) => ({ ref: 'step', step, output: 'result' });

describe('workflow outputs (spec.outputs)', () => {
  it('are read when the main steps are done: a value from parameters and results, and the first branch that ran', async () => {
    const steps = [
      sh('flip', 'echo tails'),
      sh('heads', 'echo got-heads', { when: { op: 'equal', left: result('flip'), right: 'heads' } }),
      sh('tails', 'echo got-tails', { when: { op: 'equal', left: result('flip'), right: 'tails' } }),
    ];
    const outputs = {
      parameters: [
        { name: 'label', value: { concat: [{ ref: 'parameter', name: 'prefix' }, '-', result('flip')] } },
        { name: 'branch', firstOf: [result('heads'), result('tails')] },
      ],
    };
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(workflowOf('coin', steps, { parameters: [{ name: 'prefix', default: 'coin' }], outputs }), { home: dirs.home(), onEvent });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.outputs).toEqual({ label: 'coin-tails', branch: 'got-tails' });
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', outputs: { label: 'coin-tails', branch: 'got-tails' } });
  });

  it('one that cannot be read makes the run an Error naming it', async () => {
    const steps = [sh('flip', 'echo tails'), sh('heads', 'echo got-heads', { when: { op: 'equal', left: result('flip'), right: 'heads' } })];
    const outputs = { parameters: [{ name: 'branch', firstOf: [result('heads')] }] };
    const summary = await runWorkflow(workflowOf('coin', steps, { outputs }), { home: dirs.home() });
    expect(summary.phase).toBe('Error');
    expect(summary.message).toBe('Workflow output "branch" has no value: none of its steps ("heads") succeeded.');
    expect(summary.outputs).toBeUndefined();
  });

  it('an output artifact is the stored file of the first branch that ran (Argo fromExpression)', async () => {
    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
    const steps = [sh('flip', 'echo tails'), writes('heads', 'model-from-heads'), writes('tails', 'model-from-tails')];
    const model = (step: string) => ({ ref: 'step', step, output: 'model' });
    const outputs = { artifacts: [{ name: 'model', firstOf: [model('heads'), model('tails')] }] };
    const summary = await runWorkflow(workflowOf('coin', steps, { outputs }), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(readFileSync(summary.outputs!.model!, 'utf8')).toBe('model-from-tails');
  });
});

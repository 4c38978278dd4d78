import { runContainer, subWorkflow, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { useTempDirs } from './helpers/workflows';

const dirs = useTempDirs();
const image = 'alpine:3.20';

describe("a sub-workflow's own exit steps on the local engine", () => {
  it('runs them when a call ends, failed or not, with the call\'s arguments, and records them in the run', { timeout: 120_000 }, async () => {
    const fitModel = subWorkflow('fit', { model: {} }, ({ model }) => void runContainer({ image, command: ['sh', '-c', '[ "$0" != bad ] || exit 3; echo "trained $0"'], args: [model], stepName: 'train' }), {
      onExit: ({ model }) => runContainer({ image, command: ['echo'], args: ['clean', model] }),
    });
    const built = workflow('exits', () => {
      fitModel({ model: 'good' }, { stepName: 'fit-good' });
      fitModel({ model: 'bad' }, { stepName: 'fit-bad' });
    });
    const hooks = built.spec.steps.filter((step) => step.hook).map((step) => [step.name, step.hook!.of]);
    const summary = await runWorkflow(built, { home: dirs.home(), defaultRetry: false });
    expect(summary.phase).toBe('Failed');
    const byId = new Map(summary.steps.map((step) => [step.id, step]));
    expect(byId.get('fit-bad.train')!.phase).toBe('Failed');
    // Each call's exit step ran once, after the call, with that call's argument.
    expect(hooks.map(([name, of]) => [of, byId.get(name!)?.phase, byId.get(name!)?.outputs.result])).toEqual([
      ['fit-good', 'Succeeded', 'clean good'],
      ['fit-bad', 'Succeeded', 'clean bad'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { addHook, setStepExitHandler } from './hooks';
import { runContainer } from './run-container';
import { workflow } from './workflow';

const echo = (stepName: string, text = stepName) => runContainer({ image: 'alpine:3.20', command: ['echo', text], stepName });

describe('lifecycle hooks', () => {
  it('makes the handler steps hooks of the step, outside the chain of steps', () => {
    const built = workflow('w', () => {
      const train = echo('train');
      setStepExitHandler(train, () => echo('notify'));
      addHook(train, { status: ['Running', 'Running'] }, () => echo('page'));
      addHook('workflow', { status: 'Failed' }, () => echo('alert', `it's "{{workflow.name}}" $(boom)\n'''`));
      echo('report');
    });
    const byName = Object.fromEntries(built.spec.steps.map((step) => [step.name, step]));
    expect(byName.notify).toMatchObject({ hook: { of: 'train', on: 'exit' } });
    expect(byName.notify!.dependencies).toBeUndefined();
    expect(byName.page).toMatchObject({ hook: { of: 'train', on: { status: ['Running'] } } });
    expect(byName.alert!.hook).toEqual({ on: { status: ['Failed'] } });
    // The step after the hooks still follows the watched step, not a hook.
    expect(byName.report!.dependencies).toEqual(['train']);
  });

  it('refuses a step that waits for a hook, a hook reading outputs, and a bad trigger', () => {
    expect(() =>
      workflow('w', () => {
        const train = echo('train');
        const notify = setStepExitHandler(train, () => echo('notify'));
        runContainer({ image: 'alpine:3.20', command: ['echo'], args: [notify.result], stepName: 'late' });
      }),
    ).toThrow('a hook runs beside the step it watches and nothing waits for it');
    expect(() =>
      workflow('w', () => {
        const train = echo('train');
        addHook(train, 'exit', () => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [train.result], stepName: 'notify' }));
      }),
    ).toThrow('a hook starts with no values from the DAG');
    expect(() => workflow('w', () => addHook(echo('train'), { status: 'Pending' as never }, () => echo('x')))).toThrow("'Running', 'Succeeded', 'Failed', 'Error'");
    expect(() => workflow('w', () => echo('a'), { failFast: 'yes' as never })).toThrow('configWorkflow({ failFast }) takes true or false');
  });

  it('records failFast, false included', () => {
    expect(workflow('w', () => echo('a'), { failFast: false }).spec.failFast).toBe(false);
  });
});

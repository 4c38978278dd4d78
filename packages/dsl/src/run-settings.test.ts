import { describe, expect, it } from 'vitest';
import { configWorkflow, parameter } from './config-workflow';
import { runContainer } from './run-container';
import { concat } from './values';
import { workflow } from './workflow';

const step = () => void runContainer({ image: 'alpine:3.20', command: ['ls'] });

describe('configWorkflow run-wide cluster settings', () => {
  it('records volumeClaimGC, runMetadata (labels from parameters), podDisruptionBudget and hostNetwork', () => {
    const built = workflow('w', () => {
      const team = parameter('team', { default: 'ml' });
      configWorkflow({ volumeClaimGC: 'OnWorkflowSuccess', runMetadata: { labels: { app: 'x' }, labelsFrom: { team, owner: concat('team-', team) } }, podDisruptionBudget: { minAvailable: '50%' }, hostNetwork: true });
      step();
    });
    expect(built.spec).toMatchObject({
      volumeClaimGC: { strategy: 'OnWorkflowSuccess' },
      runMetadata: { labels: { app: 'x' }, labelsFrom: { team: { ref: 'parameter', name: 'team' }, owner: { concat: ['team-', { ref: 'parameter', name: 'team' }] } } },
      podDisruptionBudget: { minAvailable: '50%' },
      hostNetwork: true,
    });
  });

  it('refuses a run label that is not a parameter, a misspelt key, and a budget with both bounds', () => {
    expect(() => workflow('w', step, { runMetadata: { labelsFrom: { team: 'ml' as never } } })).toThrow('label "team" takes a parameter or a concat of text and parameters');
    expect(() => workflow('w', step, { podDisruptionBudget: { minAvaliable: 1 } as never })).toThrow('minAvaliable');
    expect(() => workflow('w', step, { podDisruptionBudget: { minAvailable: 1, maxUnavailable: 1 } })).toThrow('exactly one of "minAvailable", "maxUnavailable"');
  });
});

describe('synchronization', () => {
  it('records the locks of the run (configWorkflow) and of a step, as given', () => {
    const built = workflow('w', () => {
      configWorkflow({ synchronization: { mutexes: [{ name: 'nightly' }] } });
      runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['ls'], synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } });
    });
    expect(built.spec.synchronization).toEqual({ mutexes: [{ name: 'nightly' }] });
    expect(built.spec.steps[0]!.synchronization).toEqual({ semaphores: [{ name: 'gpus', limit: 2 }] });
  });

  it('refuses a misspelt key, a semaphore without a limit and a hostile lock name, saying where', () => {
    const run = (synchronization: unknown) => () => workflow('w', () => void runContainer({ stepName: 'a', image: 'alpine:3.20', synchronization: synchronization as never }));
    expect(run({ mutex: [{ name: 'x' }] })).toThrow('Write "mutexes: [{ name }]" (a list, as Argo 3.6+)');
    expect(run({ semaphores: [{ configMapKeyRef: { name: 'cm', key: 'k' } }] })).toThrow('Give "limit", the number itself');
    expect(run({ semaphores: [{ name: 'gpus' }] })).toThrow('steps.a.synchronization.semaphores');
    expect(run({ mutexes: [{ name: '{{workflow.name}}' }] })).toThrow('a lock name: at most 63 lower-case letters');
    expect(run({ mutexes: 'x' })).toThrow('runContainer({ synchronization.mutexes }) takes a list');
  });
});

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

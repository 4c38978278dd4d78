import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { hostileString } from './support/hostile-string';
import { container, irWorkflow, script } from './support/ir';

const names = fc.sample(hostileString.filter((text) => text.length > 0 && !text.includes('\u0000')), { numRuns: 30, seed: 20_261_206 });

describe('display names', () => {
  it("are the tasks' task_display_name on Airflow 3, as written whatever they hold (not a templated field)", () => {
    const steps = names.map((displayName, index) => (index % 2 === 0 ? container(`step-${index}`, { displayName }) : script(`step-${index}`, { displayName })));
    const dag = compileChecked(irWorkflow('shown', steps), { airflowVersion: 3 });
    expect(names.map((_, index) => dag.keyword(`step_${index}`, 'task_display_name'))).toEqual(names);
  });

  it('are refused on Airflow 2 (2.7+ DAGs), naming the version that has them', () => {
    const error = compilerRefusal(irWorkflow('shown', [container('train', { displayName: 'Train the model' })]), { airflowVersion: 2 });
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.path).toEqual(['steps', 'train', 'displayName']);
    expect(error.hint).toContain('Airflow 2.9');
    expect(error.hint).toContain('airflowVersion 3');
  });
});

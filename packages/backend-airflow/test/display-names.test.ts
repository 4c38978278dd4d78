import fc from 'fast-check';
import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resolveAirflowSettings } from '../src/index';
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

  it('are refused on Airflow 2 (2.7+ DAGs) and 2.8, naming the version that has them', () => {
    for (const airflowVersion of [2, '2', '2.7', '2.8']) {
      const error = compilerRefusal(irWorkflow('shown', [container('train', { displayName: 'Train the model' })]), { airflowVersion });
      expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
      expect(error.path).toEqual(['steps', 'train', 'displayName']);
      expect(error.hint).toContain('Airflow 2.9');
      expect(error.hint).toContain('airflowVersion "2.9"');
    }
  });

  it('are written for Airflow 2 from airflowVersion "2.9" (and "2.10", a later minor, not 2.1), in files Airflow 2 loads', () => {
    for (const airflowVersion of ['2.9', '2.10'] as const) {
      const dag = compileChecked(irWorkflow('shown', [container('train', { displayName: names[0] }), script('report', { displayName: names[1] })]), { airflowVersion });
      expect(dag.source).toContain('from airflow import DAG');
      expect(dag.source).not.toContain('airflow.sdk');
      expect([dag.keyword('train', 'task_display_name'), dag.keyword('report', 'task_display_name')]).toEqual([names[0], names[1]]);
    }
  });
});

describe('the airflowVersion setting', () => {
  const refusal = (airflowVersion: unknown) => {
    try {
      resolveAirflowSettings({ airflowVersion });
    } catch (error) {
      if (CoulerError.isInstance(error)) return error;
      throw error;
    }
    throw new Error(`airflowVersion ${JSON.stringify(airflowVersion)} was accepted`);
  };

  it('takes a major, or a major and minor as a string; 2 means 2.7', () => {
    const release = (airflowVersion: unknown) => {
      const { airflowVersion: major, airflowMinor, serverVersion } = resolveAirflowSettings({ airflowVersion });
      return [major, airflowMinor, serverVersion];
    };
    expect([2, '2', '2.7', '2.10', '2.11', 3, '3', '3.1', 'auto', undefined].map(release)).toEqual([
      [2, 7, 2], [2, 7, 2], [2, 7, 2], [2, 10, 2], [2, 11, 2], [3, 0, 3], [3, 0, 3], [3, 1, 3], [3, 0, 'auto'], [3, 0, 'auto'],
    ]);
  });

  it('refuses minors as numbers (2.10 would be 2.1), Airflow 2 before 2.7, and anything else, saying what it takes', () => {
    const number = refusal(2.1);
    expect(number.code).toBe('INVALID_FIELD');
    expect(number.path).toEqual(['settings', 'airflowVersion']);
    expect(number.hint).toContain('Write a minor as a string ("2.1")');
    const old = refusal('2.6');
    expect(old.message).toContain('Airflow 2.7 and later');
    expect(old.hint).toContain('Upgrade Airflow to 2.7');
    for (const wrong of ['4', '2.', '2.x', ' 2.9', '2.9.1', '02.9', '2.09', '3.1\n', '$(id)', { major: 2 }, null]) {
      expect(refusal(wrong).message, JSON.stringify(wrong)).toContain('airflowVersion must be 2, 3, a major and minor such as "2.10", or "auto"');
    }
  });
});

import { describe, expect, test } from 'vitest';
import { parseResourceCondition } from '../resource-condition';
import { workflow } from '../../__tests__/workflows';
import { validate } from '../validate';

const job = (resource: Record<string, unknown>) => workflow([{ name: 'job', kind: 'resource', resource: { action: 'create', manifest: 'kind: Job', ...resource } } as never]);

describe('resource conditions', () => {
  test('parse as Argo reads them: requirements, sets, comparisons, existence', () => {
    expect(parseResourceCondition('status.succeeded > 0, status.phase in (Failed, Error),!status.active, metadata.labels.app==web, status.x != y, spec.n<-3, status.ready').map((r) => [r.key, r.operator, r.values])).toEqual([
      ['status.succeeded', '>', ['0']],
      ['status.phase', 'in', ['Failed', 'Error']],
      ['status.active', '!', []],
      ['metadata.labels.app', '==', ['web']],
      ['status.x', '!=', ['y']],
      ['spec.n', '<', ['-3']],
      ['status.ready', 'exists', []],
    ]);
  });

  test.each([
    ['status.succeeded > one', 'takes a whole number'],
    ['status.phase = "Failed"', 'is not a valid value'],
    ['status..phase=Failed', 'must be a path'],
    ['status.phase in Failed', 'is not a requirement'],
    ['status.phase=Failed,,status.x', 'empty requirement'],
    ['', 'no requirement'],
  ])('%j is refused before the step runs (%s)', (condition, reason) => {
    const errors = validate(job({ successCondition: condition }));
    expect(errors.map((error) => error.code)).toEqual(['INVALID_FIELD']);
    const problem = errors[0]!;
    expect(problem.path).toEqual(['steps', 'job', 'resource', 'successCondition']);
    expect(problem.message).toContain(reason);
    expect(problem.hint).toContain('key in (a,b)');
  });

  test('valid conditions pass', () => {
    expect(validate(job({ successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3' }))).toEqual([]);
  });
});

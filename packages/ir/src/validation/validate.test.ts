import { describe, expect, test } from 'vitest';
import { CoulerError } from '../errors/couler-error';
import { container, echo, output, workflow } from '../__tests__/workflows';
import { assertValid, validate } from './validate';
import type { ValidationRule } from './validation-context';

/** One problem for each rule, so that every rule has something to say. */
const broken = workflow(
  [
    container('Train'),
    echo('evaluate', [output('train', 'accuracy')], { dependencies: ['evaluate'] }),
    container('gate', { when: { op: 'bigger', left: 'high', right: 1 }, env: [{ name: 'X' }], volumeMounts: [{ name: 'data', mountPath: '/d' }] }),
  ],
  { groups: [{ name: 'loop', kind: 'while', steps: ['ghost'], condition: { op: 'equal', left: output('gate'), right: 'x' }, maxIterations: 2 }] },
);

describe('validate', () => {
  test('returns every problem, from every rule, in rule order', () => {
    expect(validate(broken).map((error) => [error.code, error.pathString])).toEqual([
      ['INVALID_NAME', 'steps.Train'],
      ['UNKNOWN_STEP', 'steps.evaluate.container.args[0]'],
      ['CYCLE', 'steps.evaluate'],
      ['TYPE_MISMATCH', 'steps.gate.when'],
      ['AMBIGUOUS_SOURCE', 'steps.gate.env.X'],
      ['UNKNOWN_STEP', 'groups.loop.ghost'],
      ['INVALID_GROUP', 'groups.loop.condition'],
      ['UNKNOWN_VOLUME', 'steps.gate.volumeMounts.data'],
    ]);
    expect(validate(broken).every((error) => CoulerError.isInstance(error))).toBe(true);
  });

  test('returns nothing for a valid workflow', () => {
    expect(validate(workflow([container('a'), echo('b', [output('a')])]))).toEqual([]);
  });

  test('caps the list at maxErrors, 100 by default', () => {
    const many = workflow(Array.from({ length: 150 }, (_, index) => container(`s${index}`, { dependencies: [`missing-${index}`] })));
    expect(validate(many)).toHaveLength(100);
    const three = validate(many, { maxErrors: 3 });
    expect(three.map((error) => error.pathString)).toEqual(['steps.s0.dependencies[0]', 'steps.s1.dependencies[0]', 'steps.s2.dependencies[0]']);
    expect(validate(many, { maxErrors: Infinity })).toHaveLength(150);
  });

  test('the cap keeps a flood of unknown references fast', () => {
    // 5,000 steps each naming a missing one: without the cap, every "did you mean" scans all names.
    const flood = workflow(Array.from({ length: 5_000 }, (_, index) => container(`step-${index}`, { dependencies: [`step-${index}-x`] })));
    expect(validate(flood)).toHaveLength(100);
    // Uncapped this takes tens of seconds; capped, well under one.
  });

  test('runs the rules it is given instead of the specified ones', () => {
    const onlyNames: ValidationRule = (context) => {
      for (const { step, path } of context.allSteps()) if (step.name.startsWith('tmp')) context.report('INVALID_NAME', `No temporary steps ("${step.name}").`, { path });
    };
    expect(validate(broken, { rules: [onlyNames] })).toEqual([]);
    expect(validate(workflow([container('tmp-1')]), { rules: [onlyNames] }).map(String)).toEqual(['INVALID_NAME at steps.tmp-1: No temporary steps ("tmp-1").']);
  });
});

describe('assertValid', () => {
  test('passes a valid workflow', () => {
    expect(() => assertValid(workflow([container('a')]))).not.toThrow();
  });

  test('throws the one problem as it is', () => {
    const error = catchError(() => assertValid(workflow([container('a', { dependencies: ['b'] })])));
    expect(error.code).toBe('UNKNOWN_STEP');
    expect(error.path).toEqual(['steps', 'a', 'dependencies', 0]);
  });

  test('throws INVALID_WORKFLOW listing every problem in errors', () => {
    const error = catchError(() => assertValid(broken));
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.message).toBe('Workflow "test" has 8 problems.');
    expect(error.errors?.map((inner) => inner.code)).toEqual(validate(broken).map((inner) => inner.code));
    expect(error.toJSON().errors).toHaveLength(8);
    expect(String(error).split('\n')[0]).toBe('INVALID_WORKFLOW: Workflow "test" has 8 problems.');
    expect(String(error)).toContain('\n  CYCLE at steps.evaluate: Step "evaluate" depends on itself.');
  });
});

function catchError(run: () => void): CoulerError {
  try {
    run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

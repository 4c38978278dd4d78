import { describe, expect, test } from 'vitest';
import { CoulerError } from '../errors/couler-error';
import { parseDependsExpression, stepsOfDependsExpression } from './depends-expression';

describe('parseDependsExpression', () => {
  test('a bare name, and a name with a result', () => {
    expect(parseDependsExpression('train')).toEqual({ type: 'task', step: 'train' });
    expect(parseDependsExpression(' train-2.Failed ')).toEqual({ type: 'task', step: 'train-2', result: 'Failed' });
  });

  test('&& binds tighter than ||, ! tighter than both, and parentheses group', () => {
    const a = { type: 'task', step: 'a' } as const;
    const b = { type: 'task', step: 'b', result: 'Succeeded' } as const;
    const c = { type: 'task', step: 'c', result: 'Skipped' } as const;
    expect(parseDependsExpression('a || b.Succeeded && !c.Skipped')).toEqual({
      type: 'or',
      left: a,
      right: { type: 'and', left: b, right: { type: 'not', operand: c } },
    });
    expect(parseDependsExpression('(a||b.Succeeded)&&c.Skipped')).toEqual({ type: 'and', left: { type: 'or', left: a, right: b }, right: c });
    expect(parseDependsExpression('!!a')).toEqual({ type: 'not', operand: { type: 'not', operand: a } });
    expect(parseDependsExpression('a && b.Succeeded && c.Skipped')).toEqual({ type: 'and', left: { type: 'and', left: a, right: b }, right: c });
  });

  test('every Argo task result is known', () => {
    for (const result of ['Succeeded', 'Failed', 'Errored', 'Skipped', 'Omitted', 'Daemoned', 'AnySucceeded', 'AllFailed']) {
      expect(parseDependsExpression(`a.${result}`)).toEqual({ type: 'task', step: 'a', result });
    }
  });

  test.each([
    ['', 'Unexpected end'],
    ['   ', 'Unexpected end'],
    ['a &&', 'Unexpected end'],
    ['(a || b', 'Missing ")"'],
    ['a)', 'Unexpected ")"'],
    ['&& a', 'Unexpected "&&"'],
    ['a b', 'Unexpected "b"'],
    ['a.Success', 'Unknown result "Success" of "a"'],
    ['a.succeeded', 'Unknown result "succeeded" of "a"'],
    ['a & b', 'Unexpected character "&"'],
    ['a.Succeeded.Failed', 'Unexpected character "."'],
    ['{{tasks.a.status}}', 'Unexpected character "{"'],
  ])('refuses %j: %s', (source, message) => {
    let caught: unknown;
    try {
      parseDependsExpression(source);
    } catch (error) {
      caught = error;
    }
    expect(CoulerError.isInstance(caught)).toBe(true);
    const error = caught as CoulerError;
    expect(error.code).toBe('INVALID_DEPENDS_EXPRESSION');
    expect(error.message).toContain(message);
    expect(error.message).toContain(`in depends expression "${source}".`);
    expect(error.hint).toMatch(/\.Succeeded/);
  });

  test('nesting is bounded, so a hostile expression cannot overflow the stack', () => {
    expect(parseDependsExpression(`${'('.repeat(100)}a${')'.repeat(100)}`)).toEqual({ type: 'task', step: 'a' });
    for (const source of [`${'('.repeat(5_000)}a${')'.repeat(5_000)}`, `${'!'.repeat(5_000)}a`]) {
      expect(() => parseDependsExpression(source)).toThrow(expect.objectContaining({ code: 'INVALID_DEPENDS_EXPRESSION', message: expect.stringContaining('Nested more than 100 deep') }));
    }
  });

  test('a long join stays fast', () => {
    const source = Array.from({ length: 20_000 }, (_, index) => `step-${index}.Succeeded`).join(' && ');
    expect(stepsOfDependsExpression(parseDependsExpression(source))).toHaveLength(20_000);
  });
});

describe('stepsOfDependsExpression', () => {
  test('lists each step once, in order of appearance', () => {
    expect(stepsOfDependsExpression(parseDependsExpression('(b.Failed || a) && !b.Errored && c'))).toEqual(['b', 'a', 'c']);
  });
});

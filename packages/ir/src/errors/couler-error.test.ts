import { describe, expect, test } from 'vitest';
import { CoulerError, formatPath } from './couler-error';
import { COULER_ERROR_CODES } from './error-codes';

describe('CoulerError', () => {
  const error = new CoulerError('UNKNOWN_OUTPUT', 'Step "b" reads output "x" of step "a", which has no such output.', {
    path: ['steps', 'b', 'container', 'args', 0],
    stepIds: ['b', 'a'],
    locations: [{ file: 'flow.ts', line: 12, column: 5 }],
    hint: 'Outputs of "a": result.',
  });

  test('is an Error with a stable code, a name and the given fields', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CoulerError');
    expect(error.code).toBe(COULER_ERROR_CODES.UNKNOWN_OUTPUT);
    expect(error.stepIds).toEqual(['b', 'a']);
    expect(error.hint).toBe('Outputs of "a": result.');
  });

  test('pathString prints names with dots and indexes in brackets', () => {
    expect(error.pathString).toBe('steps.b.container.args[0]');
    expect(new CoulerError('CYCLE', 'x.').pathString).toBe('');
    expect(formatPath([0, 'a', 1, 2, 'b'])).toBe('[0].a[1][2].b');
  });

  test('toJSON is the wire shape, leaving out what is not set', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'UNKNOWN_OUTPUT',
      message: 'Step "b" reads output "x" of step "a", which has no such output.',
      path: ['steps', 'b', 'container', 'args', 0],
      stepIds: ['b', 'a'],
      locations: [{ file: 'flow.ts', line: 12, column: 5 }],
      hint: 'Outputs of "a": result.',
    });
    expect(new CoulerError('CYCLE', 'Loop.').toJSON()).toEqual({ code: 'CYCLE', message: 'Loop.' });
  });

  test('toString gives code, path, message, then hint and source location', () => {
    expect(String(error)).toBe(
      [
        'UNKNOWN_OUTPUT at steps.b.container.args[0]: Step "b" reads output "x" of step "a", which has no such output.',
        '  hint: Outputs of "a": result.',
        '  at flow.ts:12:5',
      ].join('\n'),
    );
    expect(String(new CoulerError('INVALID_DOCUMENT', 'Not YAML.'))).toBe('INVALID_DOCUMENT: Not YAML.');
  });

  test('nested errors are serialized and printed, indented', () => {
    const outer = new CoulerError('INVALID_WORKFLOW', 'Workflow "w" has 2 problems.', {
      errors: [error, new CoulerError('CYCLE', 'Step "a" depends on itself.', { path: ['steps', 'a'] })],
    });
    expect(outer.toJSON().errors?.map((inner) => inner.code)).toEqual(['UNKNOWN_OUTPUT', 'CYCLE']);
    expect(String(outer).split('\n')).toEqual([
      'INVALID_WORKFLOW: Workflow "w" has 2 problems.',
      '  UNKNOWN_OUTPUT at steps.b.container.args[0]: Step "b" reads output "x" of step "a", which has no such output.',
      '    hint: Outputs of "a": result.',
      '    at flow.ts:12:5',
      '  CYCLE at steps.a: Step "a" depends on itself.',
    ]);
  });

  test('keeps the cause', () => {
    const cause = new SyntaxError('bad');
    expect(new CoulerError('INVALID_DOCUMENT', 'Not JSON.', { cause }).cause).toBe(cause);
    expect('cause' in new CoulerError('INVALID_DOCUMENT', 'Not JSON.')).toBe(false);
  });

  describe('isInstance', () => {
    test('recognizes errors of this copy of the package', () => {
      expect(CoulerError.isInstance(error)).toBe(true);
    });

    test('recognizes an error of another copy by its Symbol.for brand, where instanceof cannot', () => {
      // What a second installed @couler/ir (or its CJS build) hands over: another class, same brand.
      class OtherCopyError extends Error {
        readonly code = 'CYCLE';
        constructor(message: string) {
          super(message);
          (this as unknown as Record<symbol, boolean>)[Symbol.for('couler.error')] = true;
        }
      }
      const foreign = new OtherCopyError('from a plugin');
      expect(foreign instanceof CoulerError).toBe(false);
      expect(CoulerError.isInstance(foreign)).toBe(true);
      expect(CoulerError.isInstance({ [Symbol.for('couler.error')]: true })).toBe(true);
    });

    test('refuses everything else', () => {
      for (const value of [new Error('plain'), { code: 'CYCLE', name: 'CoulerError' }, { [Symbol.for('couler.error')]: 'yes' }, { [Symbol('couler.error')]: true }, null, undefined, 'CoulerError', 42]) {
        expect(CoulerError.isInstance(value)).toBe(false);
      }
    });
  });
});

describe('COULER_ERROR_CODES', () => {
  test('every code is its own name, so codes can be matched as strings', () => {
    for (const [key, value] of Object.entries(COULER_ERROR_CODES)) expect(value).toBe(key);
  });
});

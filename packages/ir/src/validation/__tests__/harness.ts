import { expect } from 'vitest';
import type { CoulerError } from '../../errors/couler-error';
import type { CoulerErrorCode } from '../../errors/error-codes';
import type { Workflow } from '../../schema/workflow';
import { validate } from '../validate';
import type { ValidationRule } from '../validation-context';

/** What a test expects of one reported error; leave out what it does not care about. */
export interface ExpectedError {
  code: CoulerErrorCode;
  path: ReadonlyArray<string | number>;
  stepIds?: ReadonlyArray<string>;
  /** A substring the message must contain, or a pattern it must match. */
  message?: string | RegExp;
  hint?: string | RegExp;
}

/** Runs one rule alone, with no cap on the number of errors. */
export function errorsOf(rule: ValidationRule, workflow: Workflow): CoulerError[] {
  return validate(workflow, { rules: [rule], maxErrors: Infinity });
}

function matcher(expected: string | RegExp) {
  return typeof expected === 'string' ? expect.stringContaining(expected) : expect.stringMatching(expected);
}

/**
 * Asserts that `rule` reports exactly `expected`, in order. Every message must also read as a
 * sentence (ending in "." or "?"), since users see them as they are.
 */
export function expectValidationErrors(rule: ValidationRule, workflow: Workflow, expected: ReadonlyArray<ExpectedError>): CoulerError[] {
  const errors = errorsOf(rule, workflow);
  expect(errors.map((error) => ({ code: error.code, path: error.path }))).toEqual(expected.map(({ code, path }) => ({ code, path })));
  errors.forEach((error, index) => {
    const want = expected[index]!;
    expect(error.message).toMatch(/[.?]$/);
    if (want.stepIds) expect(error.stepIds).toEqual(want.stepIds);
    if (want.message) expect(error.message).toEqual(matcher(want.message));
    if (want.hint) expect(error.hint).toEqual(matcher(want.hint));
  });
  return errors;
}

export function expectValid(rule: ValidationRule, workflow: Workflow): void {
  expect(errorsOf(rule, workflow).map(String)).toEqual([]);
}

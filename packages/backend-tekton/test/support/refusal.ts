import { CoulerError } from '@couler/ir';

/** The CoulerError `run` throws; any other error is rethrown, and no error fails the test. */
export function refusal(run: () => unknown): CoulerError {
  try {
    run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

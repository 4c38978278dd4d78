import { CoulerError } from '@couler/ir';

/** Codes of an engine's API answers that another try may not meet: nothing answered, or it failed inside. */
const TRANSIENT_CODES = new Set(['ENGINE_UNREACHABLE', 'ENGINE_ERROR']);

/**
 * How a backend's CoulerError counts for the automatic retry, by its code: unreachable or a
 * server error is transient; the engine's refusals (credentials, a rejected object, a DAG it did
 * not load) are permanent; anything else is judged by its message.
 */
export function failureClassByCode(error: CoulerError): 'transient' | 'permanent' | undefined {
  if (TRANSIENT_CODES.has(error.code)) return 'transient';
  return error.code.startsWith('ENGINE_') || error.code === 'LOAD_FAILED' ? 'permanent' : undefined;
}

/** A CoulerError's text with its hint, for health messages and events. */
export const describeError = (error: unknown) => (CoulerError.isInstance(error) ? `${error.message}${error.hint ? ` ${error.hint}` : ''}` : String(error));

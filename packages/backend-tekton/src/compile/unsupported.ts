import { CoulerError, type Construct } from '@couler/ir';

/**
 * The compile error for something Tekton cannot express, naming the construct, the step and the
 * backend (DESIGN.md: never silently dropped, never a half-valid file).
 */
export function unsupported(
  construct: Construct | string,
  message: string,
  options: { path: ReadonlyArray<string | number>; stepName?: string; hint?: string },
): CoulerError {
  return new CoulerError('UNSUPPORTED_BY_BACKEND', `The tekton backend cannot express ${message} ("${construct}")${options.stepName ? `, used by "${options.stepName}"` : ''}.`, {
    path: options.path,
    ...(options.stepName !== undefined && { stepIds: [options.stepName] }),
    ...(options.hint !== undefined && { hint: options.hint }),
  });
}

import { CoulerError, detectConstructs, type Workflow } from '@couler/ir';

const CACHE_HINT =
  'Tekton has no memoization of task results: every run runs every task. Compile for the local engine or Argo, which honour "cache" (Argo memoizes by a key of the inputs), or remove "cache" from the step for Tekton.';

/**
 * The refusal of `cache` on Tekton, which has no memoization, with a hint saying what to use
 * instead; other unsupported constructs keep the shared hint. Rewrites the error that
 * `assertSupported` throws
 * (one, or several in `errors`), so that every unsupported use is still reported at once.
 */
export function withCacheHint(error: unknown, workflow: Workflow): unknown {
  if (!CoulerError.isInstance(error) || error.code !== 'UNSUPPORTED_BY_BACKEND') return error;
  if (!detectConstructs(workflow).some((use) => use.construct === 'cache')) return error;
  const rewrite = (one: CoulerError): CoulerError =>
    one.message.includes('("cache")') ? new CoulerError('UNSUPPORTED_BY_BACKEND', one.message, { ...(one.path && { path: one.path }), ...(one.stepIds && { stepIds: one.stepIds }), hint: CACHE_HINT }) : one;
  if (!error.errors?.length) return rewrite(error);
  return new CoulerError('UNSUPPORTED_BY_BACKEND', error.message, { errors: error.errors.map(rewrite) });
}

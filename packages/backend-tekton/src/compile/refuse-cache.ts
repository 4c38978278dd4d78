import { CoulerError, detectConstructs, type Workflow } from '@couler/ir';

const CACHE_HINT =
  'Tekton has no memoization of task results: every run runs every task. Compile for the local engine or Argo, which honour "cache" (Argo memoizes by a key of the inputs), or remove "cache" from the step for Tekton.';

const SUB_WORKFLOW_HINT =
  'Tekton runs a Pipeline inside a Pipeline only as an alpha preview (pipelineRef/pipelineSpec in a pipeline task, behind enable-api-fields: "alpha"), so the tekton backend will inline each call instead; it does not yet. Compile for the local engine or Argo, which run sub-workflows, or write the steps into the workflow for Tekton.';

/** Tekton's own reason for refusing a construct, where the shared hint would not say it. */
const HINTS: Readonly<Record<string, string>> = { cache: CACHE_HINT, 'step.subWorkflow': SUB_WORKFLOW_HINT };

/**
 * The refusal of `cache` on Tekton, which has no memoization, and of sub-workflows, with a hint
 * saying why and what to use instead; other unsupported constructs keep the shared hint.
 * Rewrites the error that `assertSupported` throws (one, or several in `errors`), so that every
 * unsupported use is still reported at once.
 */
export function withCacheHint(error: unknown, workflow: Workflow): unknown {
  if (!CoulerError.isInstance(error) || error.code !== 'UNSUPPORTED_BY_BACKEND') return error;
  if (!detectConstructs(workflow).some((use) => Object.hasOwn(HINTS, use.construct))) return error;
  const rewrite = (one: CoulerError): CoulerError => {
    const construct = Object.keys(HINTS).find((name) => one.message.includes(`("${name}")`));
    return construct ? new CoulerError('UNSUPPORTED_BY_BACKEND', one.message, { ...(one.path && { path: one.path }), ...(one.stepIds && { stepIds: one.stepIds }), hint: HINTS[construct]! }) : one;
  };
  if (!error.errors?.length) return rewrite(error);
  return new CoulerError('UNSUPPORTED_BY_BACKEND', error.message, { errors: error.errors.map(rewrite) });
}

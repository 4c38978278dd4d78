import { CoulerError } from '../../errors/couler-error';
import type { Workflow } from '../../schema/workflow';
import { CONSTRUCTS, detectConstructs, type Construct } from './constructs';

/**
 * The compile error every backend gives for a construct it cannot express: it names the
 * construct, the step and the backend. All unsupported uses are listed at once (in `errors`)
 * so that a user fixes them in one pass, and nothing is ever dropped silently.
 */
export function assertSupported(
  workflow: Workflow,
  backend: { readonly backendId: string; readonly capabilities: ReadonlyArray<Construct> | ReadonlySet<Construct> },
): void {
  const supported = new Set<Construct>(backend.capabilities);
  const errors = detectConstructs(workflow)
    .filter((use) => !supported.has(use.construct))
    .map(
      (use) =>
        new CoulerError(
          'UNSUPPORTED_BY_BACKEND',
          `The ${backend.backendId} backend cannot express ${CONSTRUCTS[use.construct]} ("${use.construct}")${use.stepName ? `, used by "${use.stepName}"` : ''}.`,
          {
            path: use.path,
            ...(use.stepName && { stepIds: [use.stepName] }),
            hint: `Remove it from the workflow or compile for a backend that supports "${use.construct}".`,
          },
        ),
    );
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) {
    throw new CoulerError(
      'UNSUPPORTED_BY_BACKEND',
      `The ${backend.backendId} backend cannot express ${errors.length} uses of constructs in workflow "${workflow.metadata.name}".`,
      { errors },
    );
  }
}

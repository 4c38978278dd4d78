import type { Construct } from './constructs';
import { assertSupported } from './assert-supported';
import type { Workflow } from '../../schema/workflow';
import { prototypeKeyErrors } from '../../validation/prototype-keys';
import { checkWorkflowShape } from '../../validation/structural-errors';
import { assertValid, throwIfErrors } from '../../validation/validate';

/**
 * What every backend's `doCompile` checks first, in order: the value is shaped like a workflow
 * (a plain object from JSON may not be), the workflow is valid, and the backend can express
 * every construct it uses. Each step throws all the problems it found at once. A backend that
 * reports unsupported constructs together with its own deeper refusals leaves out `backend`
 * and calls `assertSupported`'s logic itself.
 *
 * @throws CoulerError the structural errors, the validation errors, or `UNSUPPORTED_BY_BACKEND`.
 */
export function assertCompilable(
  workflow: unknown,
  backend?: { readonly backendId: string; readonly capabilities: ReadonlyArray<Construct> | ReadonlySet<Construct> },
): asserts workflow is Workflow {
  throwIfErrors(prototypeKeyErrors(workflow));
  throwIfErrors(checkWorkflowShape(workflow).errors);
  assertValid(workflow as Workflow);
  if (backend !== undefined) assertSupported(workflow as Workflow, backend);
}

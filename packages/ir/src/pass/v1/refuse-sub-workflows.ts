import { CoulerError } from '../../errors/couler-error';
import type { Workflow } from '../../schema/workflow';

/**
 * For a pass that does not understand sub-workflows yet: refuses a workflow that defines or
 * calls one, naming the pass and why, rather than optimizing the calls as opaque steps and the
 * definitions not at all. (DESIGN.md: a pass that does not understand definitions says so.)
 */
export function refuseSubWorkflows(workflow: Workflow, pass: string, reason: string): void {
  const definition = workflow.spec.subWorkflows?.[0];
  const call = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].find((step) => step.kind === 'subWorkflow');
  if (definition === undefined && call === undefined) return;
  throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The ${pass} cannot handle sub-workflows ("step.subWorkflow") yet: ${reason}.`, {
    path: call ? ['steps', call.name] : ['subWorkflows', definition!.name],
    ...(call && { stepIds: [call.name] }),
    hint: 'Run the workflow without this pass, or write the sub-workflow\'s steps into the workflow itself.',
  });
}

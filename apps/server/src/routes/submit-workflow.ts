import { LOCAL_CAPABILITIES, resolveParameters } from '@couler/backend-local';
import { assertSupported, parseWorkflow, type Workflow } from '@couler/ir';
import { newId } from '../auth/api-token';
import type { Caller } from '../auth/caller';
import { DEFAULT_BUDGET_STEPS, type SplitBudget } from '@couler/optimizer-split';
import { runRequest } from '../queue/run-request';
import { splitSubmission } from '../split/split-submission';
import type { ServerContext } from '../server-context';
import type { RunRow } from '../store/run-store';
import type { WorkflowRow } from '../store/workflow-store';

export interface Submission {
  readonly workflow: unknown;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly priority?: number;
  /** The on-time monitor's deadline for each attempt of the run; default the server's. */
  readonly deadlineSeconds?: number;
  /**
   * Split the workflow into parts within this budget, each queued and placed on its own; `false`
   * never. Default: split a workflow of more than 200 steps with `@couler/optimizer-split`'s
   * default budget.
   */
  readonly split?: SplitBudget | false;
}

/** A run id the local engine can use as a directory name: the workflow's (DNS-1123) name and random hex. */
function newRunId(workflow: Workflow): string {
  return `${workflow.metadata.name.slice(0, 40)}-${newId('x').slice(2, 12).toLowerCase().replace(/[^a-z0-9]/g, '0')}`;
}

/**
 * Validates a submission as `couler run` would, then commits the workflow, its run and a
 * `queued` event in one transaction — before any cluster hears of it — and wakes the queue.
 *
 * @throws CoulerError with the IR's codes and paths when the workflow is invalid, uses what
 *   the local cluster cannot run, or sets unknown parameters.
 */
export async function submitWorkflow(context: ServerContext, caller: Caller, submission: Submission): Promise<{ workflow: WorkflowRow; run: RunRow }> {
  const workflow = parseWorkflow(submission.workflow);
  assertSupported(workflow, { backendId: 'local', capabilities: LOCAL_CAPABILITIES });
  const parameters = resolveParameters(workflow, submission.parameters);
  const request = runRequest(workflow);
  const now = context.now();
  const workflowRow: WorkflowRow = { id: newId('wf'), tenant_id: caller.tenantId, user_id: caller.userId, name: workflow.metadata.name, ir: JSON.stringify(workflow), created_at: now };
  const run: RunRow = {
    id: newRunId(workflow),
    tenant_id: caller.tenantId,
    user_id: caller.userId,
    workflow_id: workflowRow.id,
    workflow_name: workflow.metadata.name,
    phase: 'Queued',
    priority: submission.priority ?? workflow.spec.priority ?? 0,
    ...request,
    parameters: JSON.stringify(parameters),
    cluster_id: null,
    lease_owner: null,
    lease_expires_at: null,
    dispatch_action: 'start',
    retry_from: null,
    cancel_requested: 0,
    wait_reason: null,
    message: null,
    outputs: null,
    dispatches: 0,
    not_before: null,
    auto_retries: 0,
    deadline_seconds: submission.deadlineSeconds ?? null,
    external_run: null,
    parent_run_id: null,
    part: null,
    waiting_for: null,
    part_values: null,
    created_at: now,
    queued_at: now,
    started_at: null,
    finished_at: null,
    updated_at: now,
  };
  const budget = submission.split === false ? undefined : (submission.split ?? (workflow.spec.steps.length > DEFAULT_BUDGET_STEPS ? {} : undefined));
  const split = budget === undefined ? undefined : splitSubmission(workflow, run, budget);
  const queued = { runId: run.id, tenantId: caller.tenantId, type: 'queued', data: { message: `Queued with priority ${run.priority}, asking for ${request.cpu} CPU, ${request.memory} bytes of memory, ${request.gpu} GPU.` }, at: now };
  await context.submissions.write(split ? { workflow: workflowRow, runs: [split.parent, ...split.parts], events: split.events } : { workflow: workflowRow, runs: [run], events: [queued] });
  context.dispatcher.wake();
  return { workflow: workflowRow, run: split?.parent ?? run };
}

import { CoulerError, type Workflow } from '@couler/ir';
import { splitWorkflow, type SplitBudget } from '@couler/optimizer-split';
import { runRequest } from '../queue/run-request';
import type { NewRunEvent } from '../store/event-store';
import type { RunRow } from '../store/run-store';
import { partParameters, runParts } from './run-part';

/**
 * A huge workflow as the queue takes it (Couler paper §IV.B): split by `@couler/optimizer-split`
 * into parts that each fit `budget`, each part a run of its own that the queue places on any
 * cluster with room, once the parts it reads from have succeeded. The run of the whole is the
 * parent: never placed, it ends when its parts do.
 *
 * @returns undefined when the workflow fits the budget in one part.
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a workflow with an exit handler (no part
 *   would see the status of the whole); the split's own errors for a budget too small.
 */
export function splitSubmission(workflow: Workflow, whole: RunRow, budget: SplitBudget): { parent: RunRow; parts: RunRow[]; events: NewRunEvent[] } | undefined {
  let split: ReturnType<typeof splitWorkflow>;
  try {
    split = splitWorkflow(workflow, { budget, validate: false });
  } catch (error) {
    if (CoulerError.isInstance(error)) throw new CoulerError(error.code, error.message, { path: ['body', 'split', ...(error.path ?? [])], ...(error.hint && { hint: error.hint }) });
    throw error;
  }
  if (split.parts.length <= 1) return undefined;
  if (workflow.spec.onExit?.length) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `Workflow "${workflow.metadata.name}" has an exit handler ("onExit"), which no part of a split would run with the status of the whole.`, {
      path: ['body', 'split'],
      hint: 'Submit it without `split` (or with a larger budget), or split it for Argo with `couler split`, where a parent workflow runs the exit handler.',
    });
  }
  const runIds = split.parts.map((_part, index) => `${whole.id}-p${index + 1}`);
  const parts = runParts(split, runIds);
  const wholeParameters = JSON.parse(whole.parameters) as Record<string, string>;
  const parent: RunRow = { ...whole, phase: 'Running', cpu: 0, memory: 0, gpu: 0, started_at: whole.created_at, wait_reason: `Split into ${parts.length} parts; it ends when they do.` };
  const partRows = parts.map((part): RunRow => {
    const waitingFor = split.partDependencies[part.index]!.map((index) => runIds[index]!);
    return {
      ...whole,
      ...runRequest(part.ir),
      id: runIds[part.index]!,
      workflow_name: part.ir.metadata.name,
      parameters: JSON.stringify(partParameters(part, wholeParameters, {})),
      parent_run_id: whole.id,
      part: JSON.stringify(part),
      waiting_for: waitingFor.length > 0 ? JSON.stringify(waitingFor) : null,
      wait_reason: waitingFor.length > 0 ? `Waiting for ${waitingFor.map((id) => `"${id}"`).join(', ')} to succeed.` : null,
    };
  });
  const { report } = split;
  const events: NewRunEvent[] = [
    {
      runId: whole.id,
      tenantId: whole.tenant_id,
      type: 'split',
      data: { message: `Split into ${parts.length} parts (${report.parts.map((part) => `${part.steps} steps`).join(', ')}), each queued and placed on its own.`, parts: runIds },
      at: whole.created_at,
    },
    ...partRows.map((row, index) => ({ runId: row.id, tenantId: row.tenant_id, type: 'queued', data: { message: `Part ${index + 1} of ${parts.length} of run "${whole.id}", queued with priority ${row.priority}.` }, at: whole.created_at })),
  ];
  return { parent, parts: partRows, events };
}

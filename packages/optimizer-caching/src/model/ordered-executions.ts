import { CoulerError } from '@couler/ir';
import type { StepExecution } from './workload';
import type { WorkloadGraph } from './workload-graph';

/** A run's executions in the graph's topological order; a step may run once per run. */
export function orderedExecutions(graph: WorkloadGraph, executions: ReadonlyArray<StepExecution>, runId: string): StepExecution[] {
  const seen = new Set<string>();
  for (const execution of executions) {
    if (!graph.indexOf.has(execution.step)) {
      throw new CoulerError('UNKNOWN_STEP', `Run "${runId}" executes step "${execution.step}", which is not a step of the workload.`, {
        path: ['runs', runId, execution.step],
        stepIds: [execution.step],
      });
    }
    if (seen.has(execution.step)) {
      throw new CoulerError('DUPLICATE_STEP', `Run "${runId}" executes step "${execution.step}" twice.`, { path: ['runs', runId, execution.step], stepIds: [execution.step] });
    }
    if (!(execution.bytes >= 0 && execution.computeSeconds >= 0 && Number.isFinite(execution.bytes) && Number.isFinite(execution.computeSeconds))) {
      throw new CoulerError('INVALID_FIELD', `Run "${runId}", step "${execution.step}": bytes and computeSeconds must be finite numbers, 0 or more.`, {
        path: ['runs', runId, execution.step],
        stepIds: [execution.step],
      });
    }
    seen.add(execution.step);
  }
  return [...executions].sort((a, b) => graph.indexOf.get(a.step)! - graph.indexOf.get(b.step)!);
}

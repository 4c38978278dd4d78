import type { BackendV1Phase, BackendV1RunHandle, BackendV1RunStatus, BackendV1StepStatus } from '@couler/ir';
import type { ArgoNodeStatus, ArgoWorkflowObject } from './argo-server-objects';
import { indexArgoSteps } from './argo-step-index';

const FINISHED = new Set(['Succeeded', 'Failed', 'Error']);

/** Argo's node phases as Couler's: `Omitted` (its dependencies failed) is skipped; a memoized hit is cached. */
export function nodePhase(node: Pick<ArgoNodeStatus, 'phase' | 'memoizationStatus'>): BackendV1Phase {
  switch (node.phase) {
    case 'Running':
    case 'Failed':
    case 'Error':
    case 'Skipped':
      return node.phase;
    case 'Succeeded':
      return node.memoizationStatus?.hit ? 'Cached' : 'Succeeded';
    case 'Omitted':
      return 'Skipped';
    default:
      return 'Pending';
  }
}

/** Whether a workflow's phase is final: `couler watch` stops there. */
export function isFinishedPhase(phase: BackendV1Phase): boolean {
  return phase !== 'Pending' && phase !== 'Running';
}

/**
 * A Workflow from the Argo Server as a `BackendV1RunStatus`: its phase (a workflow stopped or
 * terminated with `argo stop`/`terminate` is `Cancelled`) and one entry per step instance, named
 * like the local engine's (`train`, `train[2]`, `evaluate#2`). While it runs, steps not reached
 * yet are listed as `Pending`.
 */
export function toRunStatus(workflow: ArgoWorkflowObject, run: BackendV1RunHandle): BackendV1RunStatus {
  const status = workflow.status ?? {};
  let phase: BackendV1Phase = status.phase && FINISHED.has(status.phase) ? (status.phase as BackendV1Phase) : status.phase === 'Running' ? 'Running' : 'Pending';
  if ((phase === 'Failed' || phase === 'Error') && workflow.spec?.shutdown) phase = 'Cancelled';
  const { stepNames, nodes } = indexArgoSteps(workflow);
  const steps: BackendV1StepStatus[] = nodes.map(({ node, instance }) => ({
    name: instance,
    phase: nodePhase(node),
    ...(node.startedAt && { startedAt: node.startedAt }),
    ...(node.finishedAt && { finishedAt: node.finishedAt }),
    ...(node.message && { message: node.message }),
  }));
  if (!isFinishedPhase(phase)) {
    const reached = new Set(nodes.map((entry) => entry.stepName));
    for (const name of stepNames) if (!reached.has(name)) steps.push({ name, phase: 'Pending' });
  }
  return {
    run,
    phase,
    ...(status.startedAt && { startedAt: status.startedAt }),
    ...(status.finishedAt && { finishedAt: status.finishedAt }),
    ...(status.message && { message: status.message }),
    steps,
  };
}

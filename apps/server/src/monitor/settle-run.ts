import type { RetryPolicy } from '@couler/ir';
import type { ClusterRunOutcome } from '../clusters/cluster-runner';
import { decideAutoRetry } from './auto-retry';
import type { OnTimeFinding } from './on-time-policy';

/** What the server does with a run its cluster has finished with. */
export type Settlement =
  /** This server is shutting down and stopped the run: back in the queue, to be resumed. */
  | { readonly kind: 'requeue' }
  /** Retry from the failure point after `delayMs`; `message` goes to the run's events. */
  | { readonly kind: 'retry'; readonly delayMs: number; readonly message: string }
  /** The run ends with `phase`; `note`, when there is one, says why it was not retried. */
  | { readonly kind: 'finish'; readonly phase: ClusterRunOutcome['phase']; readonly message?: string; readonly note?: string };

export interface SettleFacts {
  readonly outcome: ClusterRunOutcome;
  /** The on-time monitor stopped the run, and why. */
  readonly finding?: OnTimeFinding;
  /** The server is shutting down (its own stop, not a user's cancel). */
  readonly shuttingDown: boolean;
  readonly autoRetries: number;
  readonly policy: RetryPolicy | false;
}

/**
 * Decides a run's fate once its cluster returns (pure): the monitor's finding first (fail, or
 * retry like a transient failure), then a shutdown's stop, then the automatic retry of transient
 * failures; anything else ends as the cluster said.
 */
export function settleRun(facts: SettleFacts, random: () => number = Math.random): Settlement {
  const { outcome, finding } = facts;
  if (finding && outcome.phase !== 'Succeeded') {
    if (finding.action === 'fail') return { kind: 'finish', phase: 'Failed', message: finding.message, note: `Failed by the on-time monitor (${finding.kind}), as configured.` };
    // The steps the monitor stopped are the ones to run again.
    const stopped = outcome.steps.filter((step) => step.phase === 'Cancelled' || step.phase === 'Running').map((step) => step.id);
    const reason = finding.kind === 'deadline' ? 'past its deadline' : 'no progress';
    const decision = decideAutoRetry((stopped.length > 0 ? stopped : ['run']).map((stepId) => ({ stepId, failureClass: 'transient' as const, reason })), facts.autoRetries, facts.policy, random);
    return decision.retry ? { kind: 'retry', delayMs: decision.delayMs, message: `${finding.message} ${decision.message}` } : { kind: 'finish', phase: 'Failed', message: finding.message, note: decision.message };
  }
  if (facts.shuttingDown && outcome.phase === 'Cancelled') return { kind: 'requeue' };
  if (outcome.phase === 'Failed' || outcome.phase === 'Error') {
    const decision = decideAutoRetry(outcome.failed ?? [], facts.autoRetries, facts.policy, random);
    if (decision.retry) return { kind: 'retry', delayMs: decision.delayMs, message: decision.message };
    return { kind: 'finish', phase: outcome.phase, ...(outcome.message !== undefined && { message: outcome.message }), note: decision.message };
  }
  return { kind: 'finish', phase: outcome.phase, ...(outcome.message !== undefined && { message: outcome.message }) };
}

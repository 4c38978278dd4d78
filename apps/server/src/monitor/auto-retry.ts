import { backoffDelay, classifyFailure, type FailureClass } from '@couler/backend-local';
import type { RetryPolicy } from '@couler/ir';

/** One failed step of a run, sorted as the local engine sorts failures (`classifyFailure`). */
export interface FailedStep {
  readonly stepId: string;
  readonly failureClass: FailureClass;
  /** The first line of what went wrong. */
  readonly reason: string;
}

export type AutoRetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly message: string }
  | { readonly retry: false; readonly message: string };

/** The policy of the server's automatic retry when none is configured: the local engine's for transient failures. */
export const DEFAULT_AUTO_RETRY: RetryPolicy = { limit: 2, on: 'transient', backoff: { durationSeconds: 1, factor: 2, capSeconds: 30 } };

const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim();

/** A step failure known only by its message (a remote engine's), sorted by the same patterns. */
export function classifyMessage(stepId: string, message: string): FailedStep {
  const { failureClass, pattern } = classifyFailure({ logTail: message.split('\n') });
  return { stepId, failureClass, reason: pattern ? `${firstLine(message)} (${pattern.id}: ${pattern.description})` : firstLine(message) };
}

const list = (steps: ReadonlyArray<FailedStep>) => steps.map((step) => `"${step.stepId}" (${step.reason})`).join(', ');

/**
 * Whether a failed run is retried by the server: only when every failed step failed for a
 * transient reason (a pattern of the environment: a reset connection, throttling, a kill by the
 * out-of-memory killer …), at most `policy.limit` times, after an exponential backoff. A permanent
 * failure (the program cannot run) fails fast; so does a step's own failure (a non-zero exit
 * that matches no pattern). The retry restarts only what failed: finished steps are kept.
 */
export function decideAutoRetry(failed: ReadonlyArray<FailedStep>, retriesSoFar: number, policy: RetryPolicy | false, random: () => number = Math.random): AutoRetryDecision {
  if (failed.length === 0) return { retry: false, message: 'Not retried automatically: no failed step says why the run failed.' };
  const permanent = failed.filter((step) => step.failureClass === 'permanent');
  if (permanent.length > 0) return { retry: false, message: `Not retried: ${list(permanent)} failed permanently; another try cannot fix that.` };
  const other = failed.filter((step) => step.failureClass !== 'transient');
  if (other.length > 0) return { retry: false, message: `Not retried automatically: ${list(other)} failed by itself, not for a transient reason of the environment.` };
  if (policy === false) return { retry: false, message: `Not retried: automatic retry is off on this server (transient: ${list(failed)}).` };
  if (retriesSoFar >= policy.limit) return { retry: false, message: `Not retried again: ${policy.limit} automatic ${policy.limit === 1 ? 'retry was' : 'retries were'} spent (last transient failure: ${list(failed)}).` };
  const delayMs = backoffDelay(policy, retriesSoFar + 1, random);
  return {
    retry: true,
    delayMs,
    message: `Transient failure of ${list(failed)}: automatic retry ${retriesSoFar + 1} of ${policy.limit} in ${delayMs < 1000 ? `${delayMs} ms` : `${Math.round(delayMs / 100) / 10} s`}, restarting only what failed.`,
  };
}

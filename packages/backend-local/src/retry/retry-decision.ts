import type { RetryPolicy } from '@couler/ir';
import type { FailureClass } from '../state/state-records';

/**
 * The policy a step without one gets: transient failures only, twice, after 1 s then 2 s. The
 * tech report's controller retries known environment errors by itself; so does this engine.
 */
export const DEFAULT_TRANSIENT_RETRY: RetryPolicy = { limit: 2, on: 'transient', backoff: { durationSeconds: 1, factor: 2, capSeconds: 30 } };

/**
 * Whether attempt `attempt` (1-based) that failed with `failureClass` is tried again under
 * `policy`, with the meaning of `on` that every backend shares (see `RetryPolicy`): `always`
 * everything; `failure` the process's own failures — a non-zero exit, a kill (transient, as an
 * out-of-memory kill), a timeout; `error` errors around the process only; `transient` the
 * transient ones only — a SIGKILL, a known pattern, one of the step's `transientPatterns`.
 * Permanent failures (the program cannot run) and cancellation never are.
 */
export function shouldRetry(policy: RetryPolicy | undefined, failureClass: FailureClass, attempt: number): boolean {
  if (!policy || attempt > policy.limit) return false;
  if (failureClass === 'permanent' || failureClass === 'cancelled') return false;
  switch (policy.on ?? 'always') {
    case 'always':
      return true;
    case 'failure':
      return failureClass === 'failure' || failureClass === 'timeout' || failureClass === 'transient';
    case 'error':
      // As Argo's OnError: a step that ran and failed is not retried, whatever its log says.
      return failureClass === 'error';
    case 'transient':
      return failureClass === 'transient';
  }
}

/**
 * Milliseconds to wait before attempt `attempt + 1`: `duration × factor^(attempt-1)`, at most
 * `capSeconds` (Argo's `backoff.cap`), then "full jitter" between half and all of it so that
 * steps that failed together do not all come back at the same instant.
 */
export function backoffDelay(policy: RetryPolicy | undefined, attempt: number, random: () => number = Math.random): number {
  const backoff = policy?.backoff;
  if (!backoff) return 0;
  const base = backoff.durationSeconds * (backoff.factor ?? 2) ** (attempt - 1);
  const capped = backoff.capSeconds === undefined ? base : Math.min(base, backoff.capSeconds);
  return Math.round(capped * 1000 * (0.5 + random() * 0.5));
}

/**
 * Whether waiting `delayMs` more still fits the policy's `maxDurationSeconds` (Argo's
 * `backoff.maxDuration`): the whole time spent retrying, counted from the first attempt's start.
 */
export function withinRetryDuration(policy: RetryPolicy | undefined, elapsedMs: number, delayMs: number): boolean {
  const maxSeconds = policy?.backoff?.maxDurationSeconds;
  return maxSeconds === undefined || elapsedMs + delayMs <= maxSeconds * 1000;
}

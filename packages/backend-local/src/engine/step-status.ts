import type { StepStatus } from '@couler/ir';
import type { StepPhase } from './step-phase';

/**
 * How a main step ended, as an exit handler's `stepStatus` sees it, from the phase the engine
 * recorded (after retries) and, for a mapped step, how many instances it had.
 *
 * - `Failed`: failed or errored; also stopped by the workflow's timeout (Argo fails those too).
 * - `Skipped`: never ran: its `when` was false, what it waits for failed (`Omitted`), or it was
 *   never reached. A mapped step over an empty list ran nothing, so it is `Skipped` as well.
 * - `Succeeded`: succeeded or reused from the cache; a mapped step when no item failed.
 */
export function stepStatusOf(phase: StepPhase | undefined, mappedInstances?: number): StepStatus {
  switch (phase) {
    case 'Failed':
    case 'Error':
    case 'Cancelled':
      return 'Failed';
    case 'Succeeded':
    case 'Cached':
      return mappedInstances === 0 ? 'Skipped' : 'Succeeded';
    default:
      // Skipped, Omitted, or no phase (Pending/Running cannot be seen once the main steps are done).
      return 'Skipped';
  }
}

const HOW_IT_ENDED: Readonly<Record<StepPhase, string>> = {
  Pending: 'never ran',
  Running: 'never finished',
  Succeeded: 'succeeded',
  Cached: 'was reused from the cache',
  Failed: 'failed',
  Error: 'errored',
  Skipped: 'was skipped',
  Omitted: 'did not run',
  Cancelled: 'was cancelled',
};

/** A step's end as a message says it: `"train" failed`, `"gate" was skipped`. */
export function howItEnded(phase: StepPhase | undefined): string {
  return HOW_IT_ENDED[phase ?? 'Pending'];
}

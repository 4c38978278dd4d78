/**
 * The phase of a step instance (one run of a step: one map item, one loop iteration) and of a
 * whole run, as stored in SQLite and shown by `couler status`.
 *
 * - `Skipped`: its `when` was false, or (an exit-handler step) a main step's output it reads was
 *   never produced. Kept on resume, like `Succeeded` and `Cached` — in the main steps: the exit
 *   handler is decided again on every resume.
 * - `Omitted`: never started because what it waits for failed (or its `depends` was false);
 *   decided again on resume.
 * - `Cached`: not run; its outputs are those of an earlier run with the same memoization key.
 */
export const STEP_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Error', 'Skipped', 'Omitted', 'Cached', 'Cancelled'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

export const RUN_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Error', 'Cancelled'] as const;
export type RunPhase = (typeof RUN_PHASES)[number];

/** Phases a resume keeps: the tech report's "skipping the steps with Succeeded, Skipped or Cached status". */
export function isKeptOnResume(phase: StepPhase): boolean {
  return phase === 'Succeeded' || phase === 'Skipped' || phase === 'Cached';
}

/** Phases after which nothing more happens to an instance in this run. */
export function isTerminal(phase: StepPhase): boolean {
  return phase !== 'Pending' && phase !== 'Running';
}

/** Succeeded or Cached: the instance has its outputs. */
export function isSuccess(phase: StepPhase): boolean {
  return phase === 'Succeeded' || phase === 'Cached';
}

/** What the on-time monitor does with a run it finds late: fail it, or retry it from its failure point. */
export type OnTimeAction = 'fail' | 'retry';

/**
 * The on-time monitor's settings (tech report §II.B, "stability": runs are watched, and acted on
 * when they are late or stuck). Both checks are per dispatch of a run: a retry starts the clock again.
 */
export interface OnTimePolicy {
  /** Longest a run may run on its cluster; a submission's `deadlineSeconds` overrides it. Default none. */
  readonly deadlineSeconds?: number;
  /** Longest a run may go without any event (a step starting or ending, a log line). Default none. */
  readonly stallSeconds?: number;
  /** Default `fail`. */
  readonly onDeadline: OnTimeAction;
  /** Default `retry`: a run that hangs (a lost connection, a stuck mount) often runs the second time. */
  readonly onStall: OnTimeAction;
  /** How often running runs are looked at. Default 1 s. */
  readonly checkEveryMs: number;
}

export const DEFAULT_ON_TIME_POLICY: OnTimePolicy = { onDeadline: 'fail', onStall: 'retry', checkEveryMs: 1000 };

/** Why the monitor stopped a run, and what it does about it. */
export interface OnTimeFinding {
  readonly kind: 'deadline' | 'stall';
  readonly action: OnTimeAction;
  readonly message: string;
}

/** A running run as the monitor sees it: times in ms since the epoch. */
export interface WatchedRun {
  readonly startedAt: number;
  readonly lastProgressAt: number;
  /** The run's own deadline (from its submission), when it has one. */
  readonly deadlineSeconds: number | null;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Whether `run` is past its deadline or has made no progress for too long; undefined while it is on time. Pure. */
export function checkOnTime(run: WatchedRun, now: number, policy: OnTimePolicy): OnTimeFinding | undefined {
  const deadline = run.deadlineSeconds ?? policy.deadlineSeconds;
  if (deadline !== undefined && now - run.startedAt > deadline * 1000) {
    return { kind: 'deadline', action: policy.onDeadline, message: `The run passed its deadline: it has run ${seconds(now - run.startedAt)}, more than the ${deadline} s allowed.` };
  }
  if (policy.stallSeconds !== undefined && now - run.lastProgressAt > policy.stallSeconds * 1000) {
    return { kind: 'stall', action: policy.onStall, message: `The run made no progress for ${seconds(now - run.lastProgressAt)} (no step started or ended, no log line), more than the ${policy.stallSeconds} s allowed.` };
  }
  return undefined;
}

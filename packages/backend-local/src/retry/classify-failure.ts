import { constants } from 'node:os';
import type { FailureClass } from '../state/state-records';
import { PERMANENT_EXIT_CODES, PERMANENT_PATTERNS, TRANSIENT_PATTERNS, type FailurePattern } from './transient-patterns';

export interface FailureFacts {
  readonly exitCode?: number;
  readonly signal?: string;
  readonly timedOut?: boolean;
  readonly cancelled?: boolean;
  /** The engine failed around the process (spawn, inputs, outputs), not the process itself. */
  readonly engineError?: boolean;
  /** The last lines of the attempt's log. */
  readonly logTail: ReadonlyArray<string>;
}

export interface FailureClassification {
  readonly failureClass: FailureClass;
  /** The pattern that decided, when one did. */
  readonly pattern?: FailurePattern;
  /** The signal that ended the process: reported by the system, or read from a shell's exit status 128+n. */
  readonly killedBy?: string;
}

/**
 * A kill by SIGKILL is what the kernel's out-of-memory killer does, and what a container runtime
 * reports as `OOMKilled (exit code 137)`: worth another try, as memory may be free by then.
 */
export const KILLED_BY_SIGKILL: FailurePattern = {
  id: 'out-of-memory',
  pattern: /\bKilled\b|OOMKilled/,
  description: "killed by SIGKILL, as the kernel's out-of-memory killer does (memory may be free on the next try)",
};

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, number]) => [number, name]));

/**
 * The signal behind an exit status: the one the system reports, or `n` of a status 128+n, which is
 * how `sh` (and `docker run`) report a child killed by signal `n` — 137 for SIGKILL, 143 for SIGTERM.
 */
export function signalOf(facts: Pick<FailureFacts, 'exitCode' | 'signal'>): string | undefined {
  if (facts.signal !== undefined) return facts.signal;
  if (facts.exitCode === undefined || facts.exitCode <= 128) return undefined;
  return SIGNAL_NAMES.get(facts.exitCode - 128);
}

/**
 * Sorts a failed attempt: cancelled, timed out, killed by SIGKILL (transient, as an out-of-memory
 * kill), permanent (a pattern or exit code that no retry fixes), transient (a known pattern of the
 * environment or of the step's `transientPatterns`), an engine error, or a plain failure.
 */
export function classifyFailure(facts: FailureFacts, extraTransient: ReadonlyArray<string> = []): FailureClassification {
  if (facts.cancelled) return { failureClass: 'cancelled' };
  if (facts.timedOut) return { failureClass: 'timeout' };
  const signal = signalOf(facts);
  const killed = signal === undefined ? {} : { killedBy: signal };
  // The kill, not whatever the program printed before it, ended the attempt.
  if (signal === 'SIGKILL' && !facts.engineError) return { failureClass: 'transient', pattern: KILLED_BY_SIGKILL, ...killed };
  const text = facts.logTail.join('\n');
  for (const pattern of PERMANENT_PATTERNS) if (pattern.pattern.test(text)) return { failureClass: 'permanent', pattern, ...killed };
  if (facts.exitCode !== undefined && PERMANENT_EXIT_CODES.has(facts.exitCode)) return { failureClass: 'permanent', ...killed };
  const extra = extraTransient.map((source, index) => ({ id: `custom-${index + 1}`, pattern: new RegExp(source, 'i'), description: `matches /${source}/` }));
  for (const pattern of [...extra, ...TRANSIENT_PATTERNS]) if (pattern.pattern.test(text)) return { failureClass: 'transient', pattern, ...killed };
  return { failureClass: facts.engineError ? 'error' : 'failure', ...killed };
}

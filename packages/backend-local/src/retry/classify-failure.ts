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
}

/**
 * Sorts a failed attempt: cancelled, timed out, permanent (a pattern or exit code that no retry
 * fixes), transient (a known pattern of the environment), an engine error, or a plain failure.
 */
export function classifyFailure(facts: FailureFacts, extraTransient: ReadonlyArray<string> = []): FailureClassification {
  if (facts.cancelled) return { failureClass: 'cancelled' };
  if (facts.timedOut) return { failureClass: 'timeout' };
  const text = facts.logTail.join('\n');
  for (const pattern of PERMANENT_PATTERNS) if (pattern.pattern.test(text)) return { failureClass: 'permanent', pattern };
  if (facts.exitCode !== undefined && PERMANENT_EXIT_CODES.has(facts.exitCode)) return { failureClass: 'permanent' };
  const extra = extraTransient.map((source, index) => ({ id: `custom-${index + 1}`, pattern: new RegExp(source, 'i'), description: `matches /${source}/` }));
  for (const pattern of [...extra, ...TRANSIENT_PATTERNS]) if (pattern.pattern.test(text)) return { failureClass: 'transient', pattern };
  // Killed by the kernel's OOM killer (or anyone) without a word in the log.
  if (facts.signal === 'SIGKILL' && !facts.engineError) return { failureClass: 'transient', pattern: TRANSIENT_PATTERNS.find((candidate) => candidate.id === 'out-of-memory')! };
  return { failureClass: facts.engineError ? 'error' : 'failure' };
}

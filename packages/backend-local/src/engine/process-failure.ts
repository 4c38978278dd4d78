import { classifyFailure } from '../retry/classify-failure';
import type { ProcessOutcome } from './run-process';
import type { AttemptFailure } from './step-plan';

const LOG_LINES_IN_MESSAGE = 10;

/** Whether a process ended well: started, not stopped, exit code 0. */
export function processSucceeded(outcome: ProcessOutcome): boolean {
  return !outcome.spawnError && !outcome.lostError && !outcome.timedOut && !outcome.cancelled && outcome.exitCode === 0;
}

/** `exit code 2`, `killed by SIGKILL`, `exit code 137: killed by SIGKILL`, `timed out after 5 s`, … */
function describeOutcome(outcome: ProcessOutcome, timeoutSeconds: number | undefined, killedBy: string | undefined): string {
  if (outcome.spawnError) return outcome.spawnError;
  if (outcome.cancelled) return 'cancelled';
  if (outcome.timedOut) return `timed out after ${timeoutSeconds} s (timeoutSeconds)`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  // A shell says "killed by signal n" as exit status 128+n.
  if (killedBy) return `exit code ${outcome.exitCode}: killed by ${killedBy}`;
  return `exit code ${outcome.exitCode}`;
}

/** `message`, followed by the last non-blank lines of the log. */
export function withLogTail(message: string, tail: ReadonlyArray<string>): string {
  const lines = tail.filter((line) => line.trim() !== '').slice(-LOG_LINES_IN_MESSAGE);
  return lines.length === 0 ? message : `${message}\nLast log lines:\n${lines.map((line) => `  | ${line}`).join('\n')}`;
}

/** What the failure message says about the process. */
export interface FailedProcess {
  readonly outcome: ProcessOutcome;
  /** The program that was started, and the image it would have run in. */
  readonly program: string;
  readonly image: string;
  readonly timeoutSeconds?: number;
  readonly cancelled: boolean;
  /** `retry.transientPatterns` of the step. */
  readonly extraTransient: ReadonlyArray<string>;
  /** Put before the message: `container "train": ` in a container set. */
  readonly prefix?: string;
}

/** A process that did not succeed, classified for the retry policy, with its last log lines. */
export function processFailure(failed: FailedProcess): AttemptFailure {
  const { outcome } = failed;
  if (outcome.lostError !== undefined && !failed.cancelled) {
    // The engine failed, not the step: whatever the step printed does not classify it.
    return { message: `${failed.prefix ?? ''}${withLogTail(outcome.lostError, outcome.logTail.slice(0, -1))}`, failureClass: 'error', phase: 'Error' };
  }
  const classification = classifyFailure(
    {
      ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }),
      ...(outcome.signal !== undefined && { signal: outcome.signal }),
      timedOut: outcome.timedOut,
      cancelled: outcome.cancelled || failed.cancelled,
      engineError: outcome.spawnError !== undefined,
      logTail: outcome.logTail,
    },
    failed.extraTransient,
  );
  const what = describeOutcome(outcome, failed.timeoutSeconds, classification.killedBy);
  const why = classification.pattern ? ` (${classification.failureClass}: ${classification.pattern.description})` : classification.failureClass === 'permanent' ? ' (permanent: the command cannot run)' : '';
  const notInstalled = outcome.spawnError?.endsWith('command not found (not on PATH)');
  const message = notInstalled
    ? `"${failed.program}" is not installed on this machine (command not found). The local engine runs steps as processes here and does not use the image "${failed.image}": install ${failed.program}, or give the step a command this machine has.`
    : withLogTail(`${what}${why}`, outcome.logTail);
  return {
    message: `${failed.prefix ?? ''}${message}`,
    failureClass: outcome.spawnError ? 'permanent' : classification.failureClass,
    phase: classification.failureClass === 'cancelled' ? 'Cancelled' : 'Failed',
    ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }),
    ...(outcome.signal !== undefined && { signal: outcome.signal }),
  };
}

import type { RetryPolicy } from '@couler/ir';
import type { ArgoRetryStrategy } from './argo-types';
import { exprString } from './expr-literal';
import { unsupported } from './unsupported';

const POLICIES = { always: 'Always', failure: 'OnFailure', error: 'OnError' } as const;

/**
 * The messages Argo's controller itself treats as transient (`util/errors/errors.go`,
 * `IsTransientErr`), as regular expressions. `on: 'transient'` is written as `Always` plus one
 * expression matching these, a kill by SIGKILL and the policy's own patterns, because Argo can
 * only AND an `expression` with `OnTransientError`, and `OnTransientError` alone retries neither
 * an `OOMKilled (exit code 137)` nor a message of the user's.
 */
export const ARGO_TRANSIENT_MESSAGES = [
  'etcdserver: leader changed',
  'etcdserver: request timed out',
  'etcdserver: too many requests',
  'exceeded quota',
  'Operation cannot be fulfilled on resourcequota',
  'resource quota evaluation timed out',
  'unexpected error when reading response body',
  'stream error when reading response body',
  'Connection closed by foreign host',
  'net/http: TLS handshake timeout',
  'i/o timeout',
  'connection timed out',
  'connection reset by peer',
  'http2: client connection lost',
  'http2: server sent GOAWAY and closed the connection',
  'request did not complete within requested timeout',
  'connect: connection refused',
  'invalid connection',
  'client rate limiter Wait returned an error',
].map((message) => message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Seconds as an Argo duration string (`"30s"`, `"2m"`): Go's `time.ParseDuration` reads it. */
export function durationString(seconds: number): string {
  if (Number.isInteger(seconds) && seconds % 3600 === 0 && seconds > 0) return `${seconds / 3600}h`;
  if (Number.isInteger(seconds) && seconds % 60 === 0 && seconds > 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/**
 * What Argo writes in a node's message when the main container was killed by SIGKILL: the kernel
 * (`OOMKilled (exit code 137)`) or anyone else (`Error (exit code 137)`). The local engine calls
 * both a transient out-of-memory kill; so does `on: 'transient'` here.
 */
export const ARGO_KILLED_MESSAGES = ['OOMKilled', '\\(exit code 137\\)'];

/**
 * Whether the policy reads the failure's message for patterns: then the container is given
 * `terminationMessagePolicy: FallbackToLogsOnError`, so that Kubernetes puts the last lines of
 * its log (80 lines or 2 KiB at most) in the termination message, which Argo appends to the
 * node's message (`Error (exit code 1): <log>`) and `lastRetry.message` holds — as the local
 * engine matches the last log lines.
 */
export function retryReadsLog(retry: RetryPolicy | undefined): boolean {
  return retry?.on === 'transient';
}

/**
 * IR retry policy → `retryStrategy`. Counts are strings (IntOrString in Argo's schema). `on` maps
 * to Argo's policies — `always` → `Always`, `failure` → `OnFailure`, `error` → `OnError` — and
 * `transient` to `Always` with an expression: the failure's message matches Argo's transient
 * errors, a kill by SIGKILL, or one of `transientPatterns` (case-insensitive, as on the local
 * engine; the IR allows patterns with `on: 'transient'` only, in the syntax Go's RE2 reads).
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for a fractional backoff factor: Argo reads the
 *   factor as a whole number (`intstr.Int32`).
 */
export function mapRetryStrategy(retry: RetryPolicy, path: ReadonlyArray<string | number>, stepName?: string): ArgoRetryStrategy {
  const strategy: ArgoRetryStrategy = { limit: String(retry.limit) };
  if (retry.on === 'transient') {
    strategy.retryPolicy = 'Always';
    const patterns = (retry.transientPatterns ?? []).map((pattern) => `(?:${pattern})`);
    const regex = `(?i)${[...ARGO_TRANSIENT_MESSAGES, ...ARGO_KILLED_MESSAGES, ...patterns].join('|')}`;
    strategy.expression = `lastRetry.status != 'Succeeded' && lastRetry.message matches ${exprString(regex)}`;
  } else {
    strategy.retryPolicy = POLICIES[retry.on ?? 'always'];
  }
  if (retry.backoff) {
    const { durationSeconds, factor, maxDurationSeconds, capSeconds } = retry.backoff;
    if (factor !== undefined && !Number.isInteger(factor)) {
      throw unsupported('retry.backoff', `a backoff factor of ${factor}: Argo multiplies by whole numbers only`, {
        path: [...path, 'backoff', 'factor'],
        ...(stepName !== undefined && { stepName }),
        hint: `Use ${Math.floor(factor)} or ${Math.ceil(factor)}.`,
      });
    }
    strategy.backoff = {
      duration: durationString(durationSeconds),
      ...(factor !== undefined && { factor: String(factor) }),
      ...(maxDurationSeconds !== undefined && { maxDuration: durationString(maxDurationSeconds) }),
      ...(capSeconds !== undefined && { cap: durationString(capSeconds) }),
    };
  }
  return strategy;
}

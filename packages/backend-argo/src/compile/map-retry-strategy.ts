import type { RetryPolicy } from '@couler/ir';
import type { ArgoRetryStrategy } from './argo-types';
import { exprString } from './expr-literal';
import { unsupported } from './unsupported';

const POLICIES = { always: 'Always', failure: 'OnFailure', error: 'OnError', transient: 'OnTransientError' } as const;

/**
 * The messages Argo's controller itself treats as transient (`util/errors/errors.go`,
 * `IsTransientErr`), as regular expressions. Used when a policy adds its own patterns: Argo can
 * only AND an `expression` with `OnTransientError`, so "transient or one of mine" is written as
 * `Always` plus one expression matching both lists.
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
 * IR retry policy → `retryStrategy`. Counts are strings (IntOrString in Argo's schema).
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for a fractional backoff factor: Argo reads the
 *   factor as a whole number (`intstr.Int32`).
 */
export function mapRetryStrategy(retry: RetryPolicy, path: ReadonlyArray<string | number>, stepName?: string): ArgoRetryStrategy {
  const strategy: ArgoRetryStrategy = { limit: String(retry.limit) };
  const patterns = retry.transientPatterns ?? [];
  if (retry.on === 'transient' && patterns.length > 0) {
    strategy.retryPolicy = 'Always';
    const regex = [...ARGO_TRANSIENT_MESSAGES, ...patterns.map((pattern) => `(?:${pattern})`)].join('|');
    strategy.expression = `lastRetry.status != 'Succeeded' && lastRetry.message matches ${exprString(regex)}`;
  } else {
    strategy.retryPolicy = POLICIES[retry.on ?? 'always'];
    if (patterns.length > 0) {
      strategy.expression = `lastRetry.message matches ${exprString(patterns.map((pattern) => `(?:${pattern})`).join('|'))}`;
    }
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

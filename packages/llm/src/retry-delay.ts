import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

/** Statuses worth another try: request timeout, conflict, rate limit, server errors. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export type RetryDecision = { readonly retry: true; readonly delayMs: number; readonly reason: string } | { readonly retry: false; readonly reason?: string };

/**
 * Whether to retry after `error` on attempt `attempt` (1 for the first retry), and how long to
 * wait: what the server asks (`retry-after-ms`, `Retry-After` in seconds or as a date), else
 * exponential backoff from 0.5 s, doubling up to 8 s, with up to 25 % jitter. A wait longer than
 * `maxWaitMs` is not waited: the caller fails and says when to come back.
 */
export function retryDelay(error: unknown, attempt: number, options: { maxRetries: number; maxWaitMs: number; random?: () => number }): RetryDecision {
  if (error instanceof APIUserAbortError) return { retry: false };
  const broken = brokenResponse(error);
  const connection = error instanceof APIConnectionError;
  const status = error instanceof APIError ? error.status : undefined;
  if (!broken && !connection && (status === undefined || !isRetryableStatus(status))) return { retry: false };
  if (attempt > options.maxRetries) return { retry: false, reason: `gave up after ${options.maxRetries} retr${options.maxRetries === 1 ? 'y' : 'ies'}` };
  const reason = broken ?? (connection ? 'the connection failed' : status === 429 ? 'rate limited (429)' : `HTTP ${status}`);
  const asked = error instanceof APIError ? requestedWaitMs(error.headers) : undefined;
  if (asked !== undefined && asked > options.maxWaitMs) return { retry: false, reason: `the endpoint asks to wait ${Math.ceil(asked / 1000)} s, longer than the ${Math.ceil(options.maxWaitMs / 1000)} s allowed (maxRetryWaitMs)` };
  const backoff = Math.min(500 * 2 ** (attempt - 1), 8000) * (1 - (options.random ?? Math.random)() * 0.25);
  return { retry: true, delayMs: Math.max(0, asked ?? Math.min(backoff, options.maxWaitMs)), reason };
}

/** A 200 whose body is not JSON, or stops in transit: the SDK's JSON reading fails. */
function brokenResponse(error: unknown): string | undefined {
  if (error instanceof SyntaxError) return 'the response body was not JSON';
  if (error instanceof TypeError && /terminated|aborted|socket/i.test(error.message)) return 'the connection dropped mid-answer';
  return undefined;
}

function requestedWaitMs(headers: Headers | undefined): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const header = headers?.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

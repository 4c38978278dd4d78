import type { RemoteFailureKind } from '@couler/backend-local';

/** HTTP answers worth another try: throttling and a server briefly unable to answer. */
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Error names and codes the SDKs give the same failures (S3's SlowDown, Azure's ServerBusy, a reset socket…). */
const TRANSIENT_CODES =
  /^(SlowDown|Throttling|ThrottlingException|TooManyRequests|RequestTimeout|RequestTimeTooSkewed|InternalError|ServiceUnavailable|ServerBusy|OperationTimedOut|REQUEST_SEND_ERROR|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|TimeoutError)$/;
/** Answers no retry changes: the object or bucket is missing, or access is refused. */
const PERMANENT_STATUS = new Set([400, 401, 403, 404, 405, 409, 411, 412, 413]);

/** An error a store throws, with how the engine's retry table should see it. */
export class StoreFailure extends Error {
  constructor(
    message: string,
    readonly failureKind: RemoteFailureKind | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreFailure';
  }
}

function facts(error: unknown): { status?: number; code?: string; causeCode?: string; retryable: boolean } {
  const value = (error ?? {}) as Record<string, unknown>;
  const metadata = value.$metadata as { httpStatusCode?: number } | undefined;
  const cause = value.cause as Record<string, unknown> | undefined;
  const status = [metadata?.httpStatusCode, value.code, value.status, value.statusCode].find((candidate) => typeof candidate === 'number') as number | undefined;
  const code = [value.Code, value.name, value.code, cause?.code].find((candidate) => typeof candidate === 'string' && candidate !== 'Error') as string | undefined;
  // fetch throws a TypeError ("fetch failed") whose cause names the socket's failure (ECONNRESET, UND_ERR_SOCKET).
  const causeCode = typeof cause?.code === 'string' ? cause.code : undefined;
  return { ...(status !== undefined && { status }), ...(code !== undefined && { code }), ...(causeCode !== undefined && { causeCode }), retryable: value.$retryable !== undefined };
}

/**
 * Wraps what an SDK or `fetch` threw while `doing` something: throttling, 5xx and reset or
 * refused connections are transient, a 4xx answer is permanent, anything else stays unclassified.
 */
export function storeFailure(error: unknown, doing: string): StoreFailure {
  if (error instanceof StoreFailure) return error;
  const { status, code, causeCode, retryable } = facts(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = [status !== undefined && `HTTP ${status}`, code && code !== message && code, causeCode && causeCode !== code && causeCode].filter(Boolean).join(', ');
  const text = `${doing}: ${message}${detail ? ` (${detail})` : ''}`;
  if (retryable || (status !== undefined && TRANSIENT_STATUS.has(status)) || [code, causeCode].some((each) => each !== undefined && TRANSIENT_CODES.test(each))) return new StoreFailure(text, 'transient', { cause: error });
  if (status !== undefined && PERMANENT_STATUS.has(status)) return new StoreFailure(text, 'permanent', { cause: error });
  return new StoreFailure(text, undefined, { cause: error });
}

/** One request, resolved for one step instance. */
export interface HttpRequestSpec {
  readonly method: string;
  readonly url: string;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
  readonly body?: string;
  /** `http.timeoutSeconds` (default 30, as in Argo). */
  readonly requestTimeoutSeconds: number;
  /** The step's own `timeoutSeconds`, when it has one. */
  readonly stepTimeoutSeconds?: number;
  readonly signal: AbortSignal;
  /** The most bytes of the body kept; the rest is read no further. */
  readonly bodyLimit: number;
}

/** The response, as a successCondition and the step's `result` see it. */
export interface HttpExchange {
  readonly statusCode: number;
  readonly statusText: string;
  /** Canonical header name (`Content-Type`) → its values, as Go's `http.Header` (and so Argo) has them. */
  readonly headers: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly body: string;
  /** Whether the body was longer than `bodyLimit` and cut there. */
  readonly truncated: boolean;
}

/** Why no response came: the request could not be made, or was cut short. */
export interface HttpRequestFailure {
  readonly reason: 'invalid-request' | 'network' | 'request-timeout' | 'step-timeout' | 'cancelled';
  readonly message: string;
}

export type HttpOutcome = { readonly exchange: HttpExchange } | { readonly failure: HttpRequestFailure };

/** Go's `textproto.CanonicalMIMEHeaderKey`: `content-type` → `Content-Type`. */
export function canonicalHeaderName(name: string): string {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_match, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
}

function headerMap(headers: Headers): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [name, value] of headers) {
    if (name === 'set-cookie') continue;
    map[canonicalHeaderName(name)] = [value];
  }
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) map['Set-Cookie'] = cookies;
  return map;
}

async function readBody(response: Response, limit: number): Promise<{ body: string; truncated: boolean }> {
  if (!response.body) return { body: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > limit) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  return { body: new TextDecoder().decode(bytes), truncated };
}

/** What a network error says, with the system code undici keeps in `cause` (`ECONNREFUSED` …). */
function networkMessage(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return code !== undefined && !detail.includes(code) ? `${detail} (${code})` : detail;
}

/**
 * Sends one request with the global `fetch`, bounded by the request timeout and the step's
 * timeout (whichever is shorter; the body must arrive within it too), and cancelled with the
 * run. Never rejects: failures come back as a reason and a message.
 */
export async function sendHttpRequest(spec: HttpRequestSpec): Promise<HttpOutcome> {
  let request: Request;
  try {
    const url = new URL(spec.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`"${spec.url}" is not an http:// or https:// URL.`);
    const headers = new Headers();
    for (const [name, value] of spec.headers) headers.append(name, value);
    request = new Request(url, { method: spec.method, headers, ...(spec.body !== undefined && spec.body !== '' && { body: spec.body }) });
  } catch (error) {
    return { failure: { reason: 'invalid-request', message: `The request cannot be made: ${error instanceof Error ? error.message : String(error)}` } };
  }
  const byStep = spec.stepTimeoutSeconds !== undefined && spec.stepTimeoutSeconds < spec.requestTimeoutSeconds;
  const seconds = byStep ? spec.stepTimeoutSeconds! : spec.requestTimeoutSeconds;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, seconds * 1000);
  const cancel = () => controller.abort();
  if (spec.signal.aborted) cancel();
  else spec.signal.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetch(request, { signal: controller.signal });
    const { body, truncated } = await readBody(response, spec.bodyLimit);
    return { exchange: { statusCode: response.status, statusText: response.statusText, headers: headerMap(response.headers), body, truncated } };
  } catch (error) {
    if (spec.signal.aborted) return { failure: { reason: 'cancelled', message: 'cancelled' } };
    if (timedOut) {
      return byStep
        ? { failure: { reason: 'step-timeout', message: `timed out after ${seconds} s (timeoutSeconds)` } }
        : { failure: { reason: 'request-timeout', message: `the request timed out after ${seconds} s (http.timeoutSeconds)` } };
    }
    return { failure: { reason: 'network', message: `${spec.method} ${spec.url} failed: ${networkMessage(error)}` } };
  } finally {
    clearTimeout(timer);
    spec.signal.removeEventListener('abort', cancel);
  }
}

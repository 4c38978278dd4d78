import { CoulerError } from '@couler/ir';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { LLM_ENV } from './resolve-llm-config';

/**
 * A failed request as a CoulerError that says what went wrong and what to change: the base URL
 * for an endpoint that does not answer, the key for a refused one, the model for a 404.
 */
export function toLlmError(error: unknown, endpoint: { baseUrl: string; model: string; timeoutMs: number }, gaveUp?: string): CoulerError {
  if (CoulerError.isInstance(error)) return error;
  const where = `the LLM endpoint ${endpoint.baseUrl}`;
  const suffix = gaveUp ? ` (${gaveUp})` : '';
  if (error instanceof APIConnectionTimeoutError) {
    return new CoulerError('LLM_UNREACHABLE', `${where} did not answer within ${endpoint.timeoutMs} ms${suffix}.`, { hint: 'A slow local model may need a longer timeoutMs in the LLM config; check that the server is up.', cause: error });
  }
  if (error instanceof APIConnectionError) {
    const cause = (error.cause as { message?: string; cause?: { code?: string } } | undefined)?.cause?.code ?? (error.cause as Error | undefined)?.message;
    return new CoulerError('LLM_UNREACHABLE', `Cannot reach ${where}${cause ? `: ${cause}` : ''}${suffix}.`, {
      hint: `Check ${LLM_ENV.baseUrl} (or --base-url): is the server running, and does the URL end in /v1 as OpenAI-compatible servers expect?`,
      cause: error,
    });
  }
  if (error instanceof APIError) {
    const detail = apiMessage(error);
    if (error.status === 401 || error.status === 403) {
      return new CoulerError('LLM_AUTH_FAILED', `${where} refused the API key (HTTP ${error.status})${detail}.`, { hint: `Set ${LLM_ENV.apiKey} to a key this endpoint accepts.`, cause: error });
    }
    if (error.status === 404) {
      return new CoulerError('LLM_REQUEST_FAILED', `${where} has no chat completions for model "${endpoint.model}" (HTTP 404)${detail}.`, {
        hint: `Check ${LLM_ENV.model} (or --model) against the endpoint's model list, and that ${LLM_ENV.baseUrl} is the API root (…/v1).`,
        cause: error,
      });
    }
    return new CoulerError('LLM_REQUEST_FAILED', `${where} answered HTTP ${error.status ?? '(no status)'}${detail}${suffix}.`, {
      hint: error.status === 429 ? 'The endpoint is rate limiting: lower concurrency in the LLM config, or try again later.' : error.status !== undefined && error.status >= 500 ? 'The endpoint is failing; try again later.' : undefined,
      cause: error,
    });
  }
  return new CoulerError('LLM_REQUEST_FAILED', `The request to ${where} failed: ${error instanceof Error ? error.message : String(error)}${suffix}.`, { cause: error });
}

/** `: <the endpoint's message>` or nothing; Ollama sends `{ "error": "<message>" }`, OpenAI `{ "error": { "message" } }`. */
export function apiMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | string | undefined;
  const message = typeof body === 'string' ? body : typeof body?.message === 'string' ? body.message : undefined;
  return message ? `: ${message.slice(0, 300)}` : '';
}

import type { HttpStep } from '@couler/ir';
import type { StepExecution } from '../engine/step-execution';
import type { AttemptContext, AttemptFailure, AttemptOutcome, StepPlan } from '../engine/step-plan';
import { withLogTail } from '../engine/process-failure';
import { resolveInputs } from '../engine/resolve-inputs';
import { ResolveError, resolveValue } from '../engine/resolve-value';
import { RESULT_LIMIT } from '../engine/run-process';
import { userKeyed } from '../internal/user-keyed';
import { classifyFailure } from '../retry/classify-failure';
import { ConditionEvaluationError, evaluateSuccessCondition, type ConditionScope } from './evaluate-success-condition';
import { parseSuccessCondition } from './parse-success-condition';
import { canonicalHeaderName, sendHttpRequest, type HttpExchange, type HttpRequestFailure } from './send-http-request';
import { SuccessConditionError, type ConditionNode } from './success-condition-syntax';

/** Argo's default request timeout. */
export const DEFAULT_HTTP_TIMEOUT_SECONDS = 30;
/** How much of a response body the log shows: enough to see an error page, not a download. */
const LOG_BODY_CHARACTERS = 16 * 1024;
const LOG_BODY_LINES = 100;

/** The request of one instance, every reference resolved. */
interface ResolvedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body?: string;
}

function headerValues(headers: ReadonlyArray<readonly [string, string]>): Record<string, string[]> {
  const map = userKeyed<string[]>();
  for (const [name, value] of headers) {
    const key = canonicalHeaderName(name);
    map[key] = [...(map[key] ?? []), value];
  }
  return map;
}

/** The status line and the start of the body, as log lines. */
function exchangeLines(exchange: HttpExchange): string[] {
  const lines = [`< ${exchange.statusCode} ${exchange.statusText}`.trimEnd()];
  const shown = exchange.body.slice(0, LOG_BODY_CHARACTERS).split('\n').slice(0, LOG_BODY_LINES).join('\n').trimEnd();
  if (shown !== '') lines.push(...shown.split('\n'));
  const hidden = exchange.body.trimEnd().length - shown.length;
  if (hidden > 0) lines.push(`… ${hidden} more characters of the body are not shown here; the step's result holds the body.`);
  if (exchange.truncated) lines.push(`The body is longer than ${RESULT_LIMIT} bytes: the step's result holds its first ${RESULT_LIMIT} bytes.`);
  return lines;
}

/** A request that brought no response, classified for the retry policy. */
function requestFailure(failure: HttpRequestFailure, extraTransient: ReadonlyArray<string>): AttemptFailure {
  switch (failure.reason) {
    case 'cancelled':
      return { message: failure.message, failureClass: 'cancelled', phase: 'Cancelled' };
    case 'step-timeout':
      return { message: failure.message, failureClass: 'timeout', phase: 'Failed' };
    case 'invalid-request':
      return { message: failure.message, failureClass: 'permanent', phase: 'Failed' };
    case 'request-timeout':
    case 'network': {
      // The network, not the request, failed: worth another try, as any environment error.
      const { pattern } = classifyFailure({ logTail: [failure.message] }, extraTransient);
      return { message: `${failure.message} (transient: ${pattern?.description ?? 'a network error'})`, failureClass: 'transient', phase: 'Failed' };
    }
  }
}

/** A response the step does not accept: the status says whether another try may help (429, 502–504). */
function responseFailure(message: string, lines: ReadonlyArray<string>, extraTransient: ReadonlyArray<string>): AttemptFailure {
  const classification = classifyFailure({ logTail: [lines[0]!] }, extraTransient);
  const failureClass = classification.failureClass === 'transient' ? 'transient' : 'failure';
  const why = failureClass === 'transient' && classification.pattern ? ` (transient: ${classification.pattern.description})` : '';
  return { message: withLogTail(`${message}${why}`, lines), failureClass, phase: 'Failed' };
}

async function attemptRequest(
  step: HttpStep,
  request: ResolvedRequest,
  condition: ConditionNode | undefined,
  context: AttemptContext,
  extraTransient: ReadonlyArray<string>,
): Promise<AttemptOutcome> {
  context.onLine('stdout', `> ${request.method} ${request.url}`);
  const outcome = await sendHttpRequest({
    ...request,
    requestTimeoutSeconds: step.http.timeoutSeconds ?? DEFAULT_HTTP_TIMEOUT_SECONDS,
    ...(step.timeoutSeconds !== undefined && { stepTimeoutSeconds: step.timeoutSeconds }),
    signal: context.signal,
    bodyLimit: RESULT_LIMIT,
  });
  if ('failure' in outcome) {
    context.onLine('stderr', outcome.failure.message);
    return { failure: requestFailure(outcome.failure, extraTransient) };
  }
  const { exchange } = outcome;
  const lines = exchangeLines(exchange);
  for (const line of lines) context.onLine('stdout', line);
  const status = `${exchange.statusCode} ${exchange.statusText}`.trimEnd();
  if (!condition) {
    if (exchange.statusCode >= 200 && exchange.statusCode < 300) return { result: exchange.body };
    return { failure: responseFailure(`The server answered ${status}, not 2xx.`, lines, extraTransient) };
  }
  const scope: ConditionScope = {
    response: { statusCode: exchange.statusCode, body: exchange.body, headers: exchange.headers },
    request: { method: request.method, url: request.url, body: request.body ?? '', headers: headerValues(request.headers) },
  };
  let holds: boolean;
  try {
    holds = evaluateSuccessCondition(condition, scope);
  } catch (error) {
    if (!(error instanceof ConditionEvaluationError)) throw error;
    return { failure: { message: withLogTail(`successCondition '${step.http.successCondition}' could not be evaluated: ${error.message}`, lines), failureClass: 'failure', phase: 'Failed' } };
  }
  if (holds) return { result: exchange.body };
  return { failure: responseFailure(`successCondition '${step.http.successCondition}' evaluated false; the server answered ${status}.`, lines, extraTransient) };
}

/**
 * An http step: one request with the global `fetch` per attempt, its URL, headers and body
 * resolved first. The response body is `result`; it succeeds on a 2xx status, or on its
 * `successCondition`.
 *
 * @throws ResolveError for a reference without a value, or a condition that does not parse
 *   (checked at submit time already; this is the backstop).
 */
export function planHttpStep(step: HttpStep, execution: StepExecution): StepPlan {
  const { inputs, scope } = resolveInputs(step, execution.scope);
  const request: ResolvedRequest = {
    method: step.http.method,
    url: resolveValue(step.http.url, scope),
    headers: (step.http.headers ?? []).map((header) => [header.name, resolveValue(header.value, scope)] as const),
    ...(step.http.body !== undefined && { body: resolveValue(step.http.body, scope) }),
  };
  let condition: ConditionNode | undefined;
  try {
    condition = step.http.successCondition === undefined ? undefined : parseSuccessCondition(step.http.successCondition);
  } catch (error) {
    if (!(error instanceof SuccessConditionError)) throw error;
    throw new ResolveError(`The successCondition of http step "${step.name}" cannot be used (column ${error.position + 1}): ${error.message}`);
  }
  const extraTransient = execution.retry?.transientPatterns ?? [];
  return {
    cacheInput: {
      kind: 'http',
      command: [request.method],
      args: [request.url, request.body ?? ''],
      ...(step.http.successCondition !== undefined && { source: step.http.successCondition }),
      // By name, so that `cache.excludeInputs` can leave out a header that changes every run.
      env: Object.fromEntries(Object.entries(headerValues(request.headers)).map(([name, values]) => [name, values.join('\n')])),
      parameters: inputs,
    },
    prepare: async () => ({}),
    attempt: (context) => attemptRequest(step, request, condition, context, extraTransient),
    collect: async (result) => ({ result: result ?? '', parameters: {}, artifacts: {} }),
  };
}

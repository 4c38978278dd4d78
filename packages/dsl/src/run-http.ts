import { HTTP_METHODS, type HttpMethod, type Step } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { StepFields, type CommonStepOptions } from './step-options';
import { describe, toValue, toWholeSeconds, type ValueInput } from './values';

/** Options of runHttp: the request, and what every step has but the container's fields. */
export interface HttpOptions extends Pick<CommonStepOptions, 'stepName' | 'description' | 'timeout' | 'retry' | 'cache' | 'labels' | 'annotations' | 'continueOn'> {
  /** An http(s) URL: text, or a value known when the step runs (`concat('https://api/', step.result)`). */
  url: ValueInput;
  /** Default `GET`. */
  method?: HttpMethod;
  /** Request headers, in order; values may be outputs of earlier steps or parameters. */
  headers?: Record<string, ValueInput>;
  body?: ValueInput;
  /**
   * When the step succeeds: an Argo expression over `response.statusCode`, `response.body`,
   * `response.headers` (`'response.statusCode == 201'`). Default: a 2xx status.
   */
  successCondition?: string;
  /** How long the request may take (seconds, or `'30s'`, `'2m'`); the engine's default otherwise. */
  requestTimeout?: number | string;
}

/** Options of a container step that an http step cannot have: it runs no container. */
const CONTAINER_ONLY = Object.fromEntries(
  ['image', 'command', 'args', 'env', 'envFrom', 'secret', 'input', 'output', 'resources', 'nodeSelector', 'tolerations', 'serviceAccount', 'volumeMounts'].map((key) => [
    key,
    `an http step runs no container, so it cannot have ${key}; send the request from a container step (curl) instead`,
  ]),
);

const HTTP_OPTION_KEYS = {
  stepName: true,
  description: true,
  timeout: true,
  retry: true,
  cache: true,
  labels: true,
  annotations: true,
  continueOn: true,
  url: true,
  method: true,
  headers: true,
  body: true,
  successCondition: true,
  requestTimeout: true,
} as const satisfies Record<keyof HttpOptions, true>;

/**
 * Sends one HTTP request as a step, with no container (Argo's `http` template). Its `result`
 * is the response body. Only backends that know the `step.http` construct (Argo, the local
 * engine) run it; the others refuse it with UNSUPPORTED_BY_BACKEND.
 */
export function runHttp(options: HttpOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runHttp');
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', "runHttp() takes an options object: runHttp({ url: 'https://…' }).");
  checkOptions('runHttp()', options, HTTP_OPTION_KEYS, CONTAINER_ONLY);
  if (options.url === undefined || options.url === '') {
    throw dslError('INVALID_DSL_USAGE', `runHttp() needs a url; got ${describe(options.url)}.`, { hint: "runHttp({ url: 'https://example.com/hook', method: 'POST', body: '{}' })" });
  }
  const method = options.method ?? 'GET';
  if (!HTTP_METHODS.includes(method)) throw dslError('INVALID_DSL_USAGE', `runHttp({ method }) must be one of ${HTTP_METHODS.join(', ')}; got ${describe(method)}.`);
  if (options.successCondition !== undefined && (typeof options.successCondition !== 'string' || options.successCondition.trim() === '')) {
    throw dslError('INVALID_DSL_USAGE', `runHttp({ successCondition }) must be an expression such as 'response.statusCode == 201'; got ${describe(options.successCondition)}.`);
  }
  const fields = new StepFields('runHttp').common(options).build();
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => ({ name, value: toValue(value, `runHttp({ headers.${name} })`) }));
  const http = {
    method,
    url: toValue(options.url, 'runHttp({ url })'),
    ...(headers.length > 0 && { headers }),
    ...(options.body !== undefined && { body: toValue(options.body, 'runHttp({ body })') }),
    ...(options.successCondition !== undefined && { successCondition: options.successCondition }),
    ...(options.requestTimeout !== undefined && { timeoutSeconds: toWholeSeconds(options.requestTimeout, 'runHttp({ requestTimeout })', 1) }),
  };
  const draft = { ...fields, kind: 'http', http } as Partial<Step>;
  return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: 'http', stack });
}

import { CoulerError } from '@couler/ir';
import OpenAI, { APIError } from 'openai';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { ConcurrencyLimit } from './concurrency-limit';
import type { LlmCompletion, LlmCompletionRequest, LlmEvent } from './llm-messages';
import type { LlmConfig, StructuredOutputMode } from './llm-settings';
import { retryDelay } from './retry-delay';
import { toLlmError } from './to-llm-error';
import { NO_USAGE, UsageMeter, type TokenUsage, type UsageTotals } from './token-usage';

/** A `response_format` of the chat-completions API. */
export type ResponseFormat = { type: 'json_object' } | { type: 'json_schema'; json_schema: { name: string; schema: Record<string, unknown>; strict?: boolean } };

export interface LlmClientOptions {
  /** Every retry, fallback and repair, as it happens. */
  readonly onEvent?: (event: LlmEvent) => void;
  /** Waits between retries; tests pass one that records instead of sleeping. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/**
 * A client of one OpenAI-compatible chat-completions endpoint, on the official `openai` SDK.
 * Requests beyond `concurrency` wait their turn; a 408, 409, 429, 5xx or dropped connection is
 * retried with backoff (as long as the server's Retry-After asks, within `maxRetryWaitMs`);
 * usage is summed in `usage`. Every failure is a CoulerError saying what to change.
 */
export class LlmClient {
  private readonly sdk: OpenAI;
  private readonly limit: ConcurrencyLimit;
  private readonly meter: UsageMeter;
  private mode: StructuredOutputMode;

  constructor(
    readonly config: LlmConfig,
    private readonly options: LlmClientOptions = {},
  ) {
    // Retries are ours (capped waits, events); the SDK's own are off. A keyless local server
    // still gets a placeholder key, since the SDK refuses to start without one.
    this.sdk = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey ?? 'no-key', timeout: config.timeoutMs, maxRetries: 0 });
    this.limit = new ConcurrencyLimit(config.concurrency);
    this.meter = new UsageMeter(config.prices);
    this.mode = config.structuredOutput;
  }

  /** Tokens (and cost, with prices) of every request so far. */
  get usage(): UsageTotals {
    return this.meter.totals;
  }

  /** How JSON answers are asked for now: `auto` turns into `prompt` once the endpoint refuses `response_format`. */
  get structuredOutput(): StructuredOutputMode {
    return this.mode;
  }

  /** Reports an event to the client's listener. @internal for `completeObject`. */
  emit(event: LlmEvent): void {
    this.options.onEvent?.(event);
  }

  /** One chat completion: the answer's text and its usage. */
  complete(request: LlmCompletionRequest): Promise<LlmCompletion> {
    return this.send(request, undefined);
  }

  /**
   * One chat completion with `response_format` (when the mode sends one). In `auto` mode a 400
   * or 422 refusing it switches the client to `prompt` mode and sends the request again without.
   * @internal for `completeObject`.
   */
  async send(request: LlmCompletionRequest, format: ResponseFormat | undefined): Promise<LlmCompletion> {
    const sent = this.mode === 'prompt' || (this.mode === 'json-object' && format?.type === 'json_schema') ? (this.mode === 'json-object' ? { type: 'json_object' as const } : undefined) : format;
    try {
      return await this.limit.run(() => this.withRetries(request, sent));
    } catch (error) {
      const refused = CoulerError.isInstance(error) && error.cause instanceof APIError && (error.cause.status === 400 || error.cause.status === 422);
      if (sent !== undefined && this.mode === 'auto' && refused) {
        this.mode = 'prompt';
        this.options.onEvent?.({ type: 'structured-output-fallback', reason: error.message });
        return this.send(request, undefined);
      }
      throw error;
    }
  }

  private async withRetries(request: LlmCompletionRequest, format: ResponseFormat | undefined): Promise<LlmCompletion> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const completion = await this.once(request, format);
        this.meter.record(completion.usage);
        this.options.onEvent?.({ type: 'usage', usage: completion.usage });
        return completion;
      } catch (error) {
        const decision = retryDelay(error, attempt, { maxRetries: this.config.maxRetries, maxWaitMs: this.config.maxRetryWaitMs });
        if (!decision.retry) throw toLlmError(error, this.config, decision.reason);
        this.options.onEvent?.({ type: 'retry', attempt, delayMs: decision.delayMs, reason: decision.reason });
        await (this.options.sleep ?? sleep)(decision.delayMs);
      }
    }
  }

  private async once(request: LlmCompletionRequest, format: ResponseFormat | undefined): Promise<LlmCompletion> {
    const temperature = request.temperature ?? this.config.temperature;
    const body: ChatCompletionCreateParamsBase = {
      model: this.config.model,
      messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
      ...(temperature !== undefined && { temperature }),
      ...(request.maxTokens !== undefined && { max_tokens: request.maxTokens }),
      ...(format && { response_format: format }),
    };
    const requestOptions = { ...(request.signal && { signal: request.signal }) };
    if (!request.onText) {
      const answer = await this.sdk.chat.completions.create({ ...body, stream: false }, requestOptions);
      const choice = answer.choices?.[0];
      if (!choice) throw new CoulerError('LLM_REQUEST_FAILED', `The LLM endpoint ${this.config.baseUrl} answered without a choice.`, { hint: 'The endpoint may not speak the chat-completions format; check the base URL.' });
      return { text: choice.message?.content ?? '', usage: usageOf(answer.usage), finishReason: choice.finish_reason ?? 'stop', model: answer.model ?? this.config.model };
    }
    const stream = await this.sdk.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, requestOptions);
    let text = '';
    let usage: TokenUsage = NO_USAGE;
    let finishReason = 'truncated';
    let model = this.config.model;
    try {
      for await (const chunk of stream) {
        if (chunk.model) model = chunk.model;
        if (chunk.usage) usage = usageOf(chunk.usage);
        const choice = chunk.choices?.[0];
        const delta = choice?.delta?.content;
        if (delta) {
          text += delta;
          request.onText(delta);
        }
        if (choice?.finish_reason) finishReason = choice.finish_reason;
      }
    } catch (error) {
      // A stream cut off after some text: keep what came, marked, so a JSON reader can repair it.
      if (text === '') throw error;
      finishReason = 'truncated';
    }
    return { text, usage, finishReason, model };
  }
}

/** A client for `config`. */
export function createLlmClient(config: LlmConfig, options: LlmClientOptions = {}): LlmClient {
  return new LlmClient(config, options);
}

function usageOf(usage: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null | undefined): TokenUsage {
  const promptTokens = usage?.prompt_tokens ?? 0;
  const completionTokens = usage?.completion_tokens ?? 0;
  return { promptTokens, completionTokens, totalTokens: usage?.total_tokens ?? promptTokens + completionTokens };
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

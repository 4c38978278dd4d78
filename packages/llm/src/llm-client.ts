import { CoulerError } from '@couler/ir';
import OpenAI, { APIError } from 'openai';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { ConcurrencyLimit } from './concurrency-limit';
import { checkEmbeddingTexts, embeddingsRefusal, invalidEmbeddings, noEmbeddingModelError, readEmbeddingAnswer, type LlmEmbeddingOptions, type LlmEmbeddings } from './llm-embeddings';
import type { LlmCompletion, LlmCompletionRequest, LlmEvent } from './llm-messages';
import type { LlmConfig, StructuredOutputMode } from './llm-settings';
import { retryDelay } from './retry-delay';
import { toLlmError } from './to-llm-error';
import { NO_USAGE, UsageMeter, type TokenUsage, type UsageTotals } from './token-usage';

/** A `response_format` of the chat-completions API. */
export type ResponseFormat = { type: 'json_object' } | { type: 'json_schema'; json_schema: { name: string; schema: Record<string, unknown>; strict?: boolean } };

/** Texts per `/embeddings` request: far under OpenAI's 2 048 inputs, small enough for a local server's batch. */
const EMBEDDING_BATCH = 64;

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
  private embeddingsRefused: CoulerError | undefined;

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

  /** False once the endpoint has refused to embed (or no embedding model is configured): `embed` then fails at once. */
  get embeddingsAvailable(): boolean {
    return this.embeddingsRefused === undefined && this.config.embeddingModel !== undefined;
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
      return await this.limit.run(() =>
        this.withRetries(
          () => this.once(request, sent),
          (completion) => {
            this.meter.record(completion.usage);
            this.options.onEvent?.({ type: 'usage', usage: completion.usage });
          },
        ),
      );
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

  /**
   * The vectors of `texts` from the embedding model (`embeddingModel`, `COULER_LLM_EMBEDDING_MODEL`),
   * through `/embeddings` in batches of 64 sharing the concurrency limit, with the retries of
   * `complete`; their tokens count in `usage` as `embeddingTokens`.
   * @throws CoulerError `LLM_EMBEDDINGS_UNAVAILABLE` when no embedding model is configured or the
   *   endpoint refuses to embed (404, 405, 501, or a message saying so): a caller can do without,
   *   and later calls fail the same way without asking again. `INVALID_FIELD` for a blank text;
   *   `LLM_INVALID_ANSWER` for vectors missing or of unequal lengths; the other `LLM_*` errors as `complete`.
   */
  async embed(texts: ReadonlyArray<string>, options: LlmEmbeddingOptions = {}): Promise<LlmEmbeddings> {
    if (this.embeddingsRefused) throw this.embeddingsRefused;
    const model = this.config.embeddingModel;
    if (model === undefined) {
      this.embeddingsRefused = noEmbeddingModelError();
      throw this.embeddingsRefused;
    }
    const inputs = checkEmbeddingTexts(texts);
    const batches = Array.from({ length: Math.ceil(inputs.length / EMBEDDING_BATCH) }, (_, index) => inputs.slice(index * EMBEDDING_BATCH, (index + 1) * EMBEDDING_BATCH));
    let tokens = 0;
    let answeredBy = model;
    try {
      const answers = await Promise.all(
        batches.map((batch) =>
          this.limit.run(() =>
            this.withRetries(
              () => this.embedOnce(batch, model, options),
              (answer) => {
                tokens += answer.tokens;
                answeredBy = answer.model;
                this.meter.recordEmbedding(answer.tokens);
              },
              (error) => embeddingsRefusal(error, this.config, model),
            ),
          ),
        ),
      );
      const vectors = answers.flatMap((answer) => answer.vectors);
      const length = vectors[0]?.length;
      const odd = vectors.findIndex((vector) => vector.length !== length);
      if (odd >= 0) throw invalidEmbeddings(this.config.baseUrl, `text 1 has ${length} dimensions, text ${odd + 1} ${vectors[odd]!.length}`);
      return { vectors, tokens, model: answeredBy };
    } catch (error) {
      if (CoulerError.isInstance(error) && error.code === 'LLM_EMBEDDINGS_UNAVAILABLE') this.embeddingsRefused = error;
      throw error;
    }
  }

  private async embedOnce(batch: ReadonlyArray<string>, model: string, options: LlmEmbeddingOptions): Promise<LlmEmbeddings> {
    // `float` on purpose: without it the SDK asks for base64, which not every compatible server honours.
    const answer = await this.sdk.embeddings.create({ model, input: [...batch], encoding_format: 'float' }, { ...(options.signal && { signal: options.signal }) });
    return { vectors: readEmbeddingAnswer(answer, batch.length, this.config.baseUrl), tokens: answer.usage?.prompt_tokens ?? answer.usage?.total_tokens ?? 0, model: answer.model ?? model };
  }

  /** Runs `once` until it succeeds, retrying what `retryDelay` allows; `refuse` turns an error into a final one first. */
  private async withRetries<T>(once: () => Promise<T>, record: (answer: T) => void, refuse?: (error: unknown) => CoulerError | undefined): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = await once();
        record(answer);
        return answer;
      } catch (error) {
        const refusal = refuse?.(error);
        if (refusal) throw refusal;
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

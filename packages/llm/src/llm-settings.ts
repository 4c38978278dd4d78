import { z } from 'zod';

/** Prices of one model, for the cost in usage reports. */
export const LlmPricesSchema = z.strictObject({
  /** Price of a million prompt (input) tokens. */
  inputPerMillionTokens: z.number().min(0),
  /** Price of a million completion (output) tokens. */
  outputPerMillionTokens: z.number().min(0),
  /** Price of a million tokens embedded, when an embedding model is configured (default 0). */
  embeddingPerMillionTokens: z.number().min(0).optional(),
  /** Printed after the amount; default `USD`. */
  currency: z.string().min(1).optional(),
});
export type LlmPrices = z.infer<typeof LlmPricesSchema>;

/**
 * How JSON answers are asked for: `json-schema` sends the schema as `response_format` (OpenAI,
 * vLLM, llama.cpp server, recent Ollama), `json-object` asks for any JSON object, `prompt` only
 * describes the schema in the prompt. `auto` (default) starts with `json-schema` and falls back
 * to `prompt` for the rest of the session when the endpoint refuses `response_format`.
 */
export const STRUCTURED_OUTPUT_MODES = ['auto', 'json-schema', 'json-object', 'prompt'] as const;
export type StructuredOutputMode = (typeof STRUCTURED_OUTPUT_MODES)[number];

/**
 * Everything that configures the client; from explicit options, the environment
 * (`COULER_LLM_BASE_URL`, `COULER_LLM_API_KEY`, `COULER_LLM_MODEL`, `COULER_LLM_EMBEDDING_MODEL`) or a config file (JSON or
 * YAML, these keys).
 */
export const LlmSettingsSchema = z.strictObject({
  /** The OpenAI-compatible API root, e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` (Ollama). */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Sent as `Authorization: Bearer …`; local servers need none. */
  apiKey: z.string().min(1).optional(),
  /** Model name as the endpoint knows it: `gpt-4o-mini`, `llama3.1:8b` … */
  model: z.string().min(1).optional(),
  /**
   * The model that embeds text for retrieval (`text-embedding-3-small`, `nomic-embed-text` on
   * Ollama, the model of a llama.cpp server started with `--embeddings`). None: no embeddings.
   */
  embeddingModel: z.string().min(1).optional(),
  /** Per request, in milliseconds (default 120 000). */
  timeoutMs: z.number().int().min(1).optional(),
  /** Retries of a request after a 408, 409, 429, 5xx or a dropped connection (default 4). */
  maxRetries: z.number().int().min(0).optional(),
  /** Longest wait before one retry, in milliseconds (default 60 000); a longer Retry-After fails at once. */
  maxRetryWaitMs: z.number().int().min(0).optional(),
  /** Requests in flight at once (default 4). */
  concurrency: z.number().int().min(1).optional(),
  /** Times a malformed JSON answer is sent back to be fixed before giving up (default 2). */
  maxRepairs: z.number().int().min(0).optional(),
  structuredOutput: z.enum(STRUCTURED_OUTPUT_MODES).optional(),
  /** Sampling temperature of requests that do not set one. */
  temperature: z.number().min(0).max(2).optional(),
  prices: LlmPricesSchema.optional(),
});
export type LlmSettings = z.infer<typeof LlmSettingsSchema>;

/** Settings with every default filled in: what a client runs with. */
export interface LlmConfig {
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly model: string;
  readonly embeddingModel?: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxRetryWaitMs: number;
  readonly concurrency: number;
  readonly maxRepairs: number;
  readonly structuredOutput: StructuredOutputMode;
  readonly temperature?: number;
  readonly prices?: LlmPrices;
}

export const LLM_DEFAULTS = {
  timeoutMs: 120_000,
  maxRetries: 4,
  maxRetryWaitMs: 60_000,
  concurrency: 4,
  maxRepairs: 2,
  structuredOutput: 'auto',
} as const satisfies Partial<LlmConfig>;

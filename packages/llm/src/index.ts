/**
 * @couler/llm — the client Couler's LLM features share (the tuner of `@couler/tuner-llm`, the
 * natural-language front of `@couler/nl`): any OpenAI-compatible chat-completions endpoint.
 *
 *   const client = createLlmClient(resolveLlmConfig());   // COULER_LLM_BASE_URL, COULER_LLM_MODEL …
 *   const { object } = await completeObject(client, { messages, schema: z.object({ … }), schemaName: 'plan' });
 *   console.log(formatUsage(client.usage));
 */
export { LlmClient, createLlmClient, type LlmClientOptions, type ResponseFormat } from './llm-client';
export { EMBEDDING_SETUP_HINT, type LlmEmbeddings, type LlmEmbeddingOptions } from './llm-embeddings';
export { completeObject, type LlmObjectRequest, type LlmObjectResult } from './complete-object';
export type { LlmMessage, LlmCompletionRequest, LlmCompletion, LlmEvent } from './llm-messages';
export { LLM_DEFAULTS, LlmSettingsSchema, LlmPricesSchema, STRUCTURED_OUTPUT_MODES, type LlmConfig, type LlmSettings, type LlmPrices, type StructuredOutputMode } from './llm-settings';
export { LLM_ENV, LLM_SETUP_HINT, findLlmConfig, resolveLlmConfig, type ResolveLlmConfigInput } from './resolve-llm-config';
export { parseJsonAnswer, type ParsedAnswer } from './parse-json-answer';
export { formatUsage, costOf, addUsage, NO_USAGE, type TokenUsage, type UsageTotals } from './token-usage';
export { retryDelay, type RetryDecision } from './retry-delay';
export { templateName, type PromptTemplate } from './prompt-template';

/** `@couler/llm/test`: a loopback chat-completions (and embeddings) server for tests of code that calls an LLM. */
export {
  startChatCompletionsServer,
  EMBEDDINGS_REFUSALS,
  type ChatCompletionsServer,
  type ChatCompletionsServerOptions,
  type EmbeddingsScript,
  type RecordedChatRequest,
  type RecordedEmbeddingRequest,
  type ScriptedAnswer,
  type ScriptedEmbeddingAnswer,
} from './chat-completions-server';
export { bagOfWordsVectors, type BagOfWordsOptions } from './bag-of-words-vectors';

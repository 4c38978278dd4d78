/** `@couler/llm/test`: a loopback chat-completions server for tests of code that calls an LLM. */
export { startChatCompletionsServer, type ChatCompletionsServer, type ChatCompletionsServerOptions, type RecordedChatRequest, type ScriptedAnswer } from './chat-completions-server';

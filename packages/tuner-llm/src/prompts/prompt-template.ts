// Versioned prompts are shared by every LLM feature; they live in @couler/llm.
export { templateName, type PromptTemplate } from '@couler/llm';

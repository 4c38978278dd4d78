import type { LlmMessage } from './llm-messages';

/**
 * A versioned prompt of an LLM feature (the tuner's, the natural-language front's). Changing what
 * a prompt says makes a new version (a new file), so a report naming `predict-training-log@1`
 * always means the same words.
 */
export interface PromptTemplate<Variables> {
  readonly id: string;
  readonly version: number;
  render(variables: Variables): LlmMessage[];
}

/** `predict-training-log@1`. */
export function templateName(template: PromptTemplate<never>): string {
  return `${template.id}@${template.version}`;
}

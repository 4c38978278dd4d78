import { COULER_DSL_PRIMER } from './couler-dsl-primer';
import type { PromptTemplate } from '@couler/llm';

export interface PlainPromptVariables {
  readonly description: string;
}

/**
 * The baseline of the pass@k harness ("GPT-4 alone" in Table II of the Couler paper): one
 * request for the whole file with the same primer on the DSL, but no decomposition, no code
 * lake, no self-calibration and no compile feedback.
 */
export const PLAIN_PROMPT_V1: PromptTemplate<PlainPromptVariables> = {
  id: 'plain-prompt',
  version: 1,
  render({ description }) {
    return [
      { role: 'system', content: `You write Couler workflow code in TypeScript. ${COULER_DSL_PRIMER}\n\nAnswer with one \`\`\`ts code block holding the statements of the build function (no imports, no \`export default workflow(…)\`).` },
      { role: 'user', content: `Write the workflow for this description (JSON string): ${JSON.stringify(description)}` },
    ];
  },
};

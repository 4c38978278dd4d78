import type { PromptTemplate } from '@couler/llm';
import { COULER_DSL_PRIMER } from './couler-dsl-primer';
import type { PreviousAttempt } from './generate-subtask-code-v1';
import { formatCodeProblem } from '../check/code-problem';
import type { LlmMessage } from '@couler/llm';

export interface ReviseWorkflowVariables {
  readonly description: string;
  /** The file the user saw. */
  readonly code: string;
  readonly feedback: string;
  readonly previous?: PreviousAttempt;
}

/**
 * Algorithm 1, line 12 (paper §III, step 4, user feedback): the user read the workflow and
 * says in words what to change; the model rewrites the build function's statements.
 */
export const REVISE_WORKFLOW_V1: PromptTemplate<ReviseWorkflowVariables> = {
  id: 'revise-workflow',
  version: 1,
  render({ description, code, feedback, previous }) {
    const messages: LlmMessage[] = [
      {
        role: 'system',
        content: `You write Couler workflow code in TypeScript. ${COULER_DSL_PRIMER}\n\nYou revise a workflow as its user asks. Answer with one \`\`\`ts code block holding all statements of the build function (no imports, no \`export default workflow(…)\`).`,
      },
      {
        role: 'user',
        content: [
          `Workflow description (JSON string): ${JSON.stringify(description)}`,
          `Current workflow file:\n\`\`\`ts\n${code}\n\`\`\``,
          `The user's feedback (JSON string): ${JSON.stringify(feedback)}`,
          'Rewrite the statements of the build function so that the workflow does what the feedback asks, keeping everything else.',
        ].join('\n\n'),
      },
    ];
    if (previous) {
      messages.push(
        { role: 'assistant', content: `\`\`\`ts\n${previous.code}\n\`\`\`` },
        { role: 'user', content: `That code does not pass the checks:\n${previous.problems.map((problem) => `- ${formatCodeProblem(problem)}`).join('\n')}\nFix every problem and answer with all corrected statements in one \`\`\`ts block.` },
      );
    }
    return messages;
  },
};

import type { Subtask } from '../pipeline/subtask';
import type { PromptTemplate } from '@couler/llm';

export interface ScoreSubtaskCodeVariables {
  readonly description: string;
  readonly subtask: Subtask;
  readonly code: string;
}

/**
 * Algorithm 1, line 7 (paper §III, step 3, self-calibration): the model scores the code of a
 * subtask in [0, 1] against what the subtask asked for, with a critique that goes into the
 * regeneration when the score is below S_b. The code reaching it already compiles.
 */
export const SCORE_SUBTASK_CODE_V1: PromptTemplate<ScoreSubtaskCodeVariables> = {
  id: 'score-subtask-code',
  version: 1,
  render({ description, subtask, code }) {
    return [
      {
        role: 'system',
        content:
          'You review Couler workflow code (TypeScript, @couler/dsl). The code compiles and builds a valid workflow; you judge only whether it does what its subtask asks: ' +
          'the right steps, inputs and outputs, dependencies, conditions, loops, artifacts and parameters. Be strict and concrete.',
      },
      {
        role: 'user',
        content: [
          `Workflow description (JSON string): ${JSON.stringify(description)}`,
          `Subtask "${subtask.id}" (${subtask.kind}): ${subtask.description}`,
          `Its code:\n\`\`\`ts\n${code}\n\`\`\``,
          'Give "score" from 0 (does not do the subtask) to 1 (does all of it) and in "critique" what is missing or wrong, in one to three sentences (empty when nothing is).',
        ].join('\n\n'),
      },
    ];
  },
};

import { addUsage, NO_USAGE, type TokenUsage } from '@couler/llm';
import type { Workflow } from '@couler/ir';
import { PLAIN_PROMPT_V1 } from '../prompts/plain-prompt-v1';
import { checkAnswer } from './check-answer';
import type { NlGenerateOptions } from './generation-options';
import { loadGenerationTools } from './generation-tools';

export interface PlainGeneration {
  /** The IR, when the one answer passed the hard checks. */
  readonly workflow?: Workflow;
  readonly code: string;
  readonly problems: ReadonlyArray<string>;
  readonly usage: TokenUsage;
}

/**
 * The baseline of the pass@k harness: one request with the DSL primer, the answer assembled and
 * held to the same hard checks, but no decomposition, retrieval, self-calibration or repair.
 */
export async function generatePlainly(description: string, options: Pick<NlGenerateOptions, 'llm' | 'temperature' | 'signal'>): Promise<PlainGeneration> {
  const tools = await loadGenerationTools();
  const answer = await options.llm.complete({
    messages: PLAIN_PROMPT_V1.render({ description }),
    ...(options.temperature !== undefined && { temperature: options.temperature }),
    ...(options.signal && { signal: options.signal }),
  });
  const checked = await checkAnswer(tools, answer.text, { name: 'generated-workflow', description, accepted: [] }, { subtaskId: 'workflow', title: 'the whole workflow' });
  return {
    ...(checked.check.workflow && { workflow: checked.check.workflow }),
    code: checked.code,
    problems: checked.check.problems.map((problem) => problem.message),
    usage: addUsage(NO_USAGE, answer.usage),
  };
}

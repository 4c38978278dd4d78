import { CoulerError } from '@couler/ir';
import { addUsage } from '@couler/llm';
import { formatCodeProblem } from '../check/code-problem';
import type { GeneratedWorkflow } from '../generated-workflow';
import type { PreviousAttempt } from '../prompts/generate-subtask-code-v1';
import { REVISE_WORKFLOW_V1 } from '../prompts/revise-workflow-v1';
import { checkAnswer } from './check-answer';
import { NL_DEFAULTS, type NlGenerateOptions } from './generation-options';
import { loadGenerationTools } from './generation-tools';
import { noValidCodeError } from './no-valid-code-error';

/**
 * Algorithm 1, line 12 (paper §III, step 4): the user's textual feedback on a generated
 * workflow; the model rewrites the build function, held to the same hard checks with their
 * errors fed back. The earlier version stays valid if this fails.
 *
 * @throws CoulerError `LLM_INVALID_ANSWER` when no rewrite passes the checks.
 */
export async function reviseWorkflow(generated: GeneratedWorkflow, feedback: string, options: NlGenerateOptions): Promise<GeneratedWorkflow> {
  if (feedback.trim() === '') throw new CoulerError('INVALID_FIELD', 'The feedback is empty: say what to change.');
  const tools = await loadGenerationTools();
  const maxCheckFailures = options.maxCheckFailures ?? NL_DEFAULTS.maxCheckFailures;
  let usage = generated.usage;
  let previous: PreviousAttempt | undefined;
  for (let attempt = 1; ; attempt += 1) {
    const messages = REVISE_WORKFLOW_V1.render({ description: generated.description, code: generated.code, feedback, ...(previous && { previous }) });
    const answer = await options.llm.complete({ messages, ...(options.temperature !== undefined && { temperature: options.temperature }), ...(options.signal && { signal: options.signal }) });
    usage = addUsage(usage, answer.usage);
    const title = `after feedback ${generated.feedback.length + 1}`;
    const checked = await checkAnswer(tools, answer.text, { name: generated.plan.workflowName, description: generated.description, accepted: [] }, { subtaskId: 'revised', title });
    options.onProgress?.({ type: 'checked', subtask: 'revised', attempt, ok: checked.check.ok, problems: checked.check.problems.map(formatCodeProblem) });
    if (checked.check.ok) {
      options.onProgress?.({ type: 'assembled', steps: checked.check.workflow!.spec.steps.length });
      return { ...generated, code: checked.code, workflow: checked.check.workflow!, fragments: [checked.fragment], subtasks: [], feedback: [...generated.feedback, feedback], usage };
    }
    if (attempt >= maxCheckFailures) throw noValidCodeError('the feedback', attempt, checked.check.problems, options.llm.config.model);
    previous = { code: checked.fragment.code, problems: checked.check.problems };
  }
}

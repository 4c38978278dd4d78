import { completeObject, addUsage, NO_USAGE, type TokenUsage } from '@couler/llm';
import { z } from 'zod';
import type { SubtaskFragment } from '../assemble/subtask-fragment';
import { formatCodeProblem } from '../check/code-problem';
import type { WorkflowCodeCheck } from '../check/check-workflow-code';
import type { DeclaredName } from '../check/type-check-code';
import { GENERATE_SUBTASK_CODE_V1, type PreviousAttempt } from '../prompts/generate-subtask-code-v1';
import { SCORE_SUBTASK_CODE_V1 } from '../prompts/score-subtask-code-v1';
import { checkAnswer } from './check-answer';
import { NL_DEFAULTS, type NlGenerateOptions } from './generation-options';
import type { GenerationTools } from './generation-tools';
import { ReferenceRetriever } from './reference-retriever';
import { noValidCodeError } from './no-valid-code-error';
import type { Decomposition, Subtask } from './subtask';

const ScoreSchema = z.object({ score: z.number().min(0).max(1), critique: z.string().default('') });

/** One subtask's accepted code and how it got there. */
export interface GeneratedSubtask {
  readonly subtask: Subtask;
  readonly fragment: SubtaskFragment;
  /** The whole file up to and with this subtask: it compiles, builds and validates. */
  readonly code: string;
  readonly check: WorkflowCodeCheck;
  /** s_i: the model's own score of the kept code. */
  readonly score: number;
  readonly critique: string;
  /** Answers generated for this subtask, the kept one included. */
  readonly attempts: number;
  /** Code-lake documents the prompts carried. */
  readonly references: ReadonlyArray<string>;
  readonly usage: TokenUsage;
}

export interface SubtaskContext {
  readonly description: string;
  readonly plan: Decomposition;
  readonly accepted: ReadonlyArray<SubtaskFragment>;
  readonly scope: ReadonlyArray<DeclaredName>;
  /** Shared by the generation's subtasks (default: a new one, for a subtask generated alone). */
  readonly retriever?: ReferenceRetriever;
}

/**
 * Algorithm 1, lines 3–10 for one subtask d_i: retrieve references from the code lake, generate
 * c_i, send it back with the compiler's, the DSL's and the validator's errors until it passes the
 * hard checks, then self-calibrate: while the model's score s_i is below S_b, regenerate with its
 * critique (a bounded number of times, keeping the best-scored code that compiles).
 *
 * @throws CoulerError `LLM_INVALID_ANSWER` when no answer passes the hard checks.
 */
export async function generateSubtaskCode(tools: GenerationTools, subtask: Subtask, context: SubtaskContext, options: NlGenerateOptions): Promise<GeneratedSubtask> {
  const { llm } = options;
  const baselineScore = options.baselineScore ?? NL_DEFAULTS.baselineScore;
  const maxCalibrations = options.maxCalibrations ?? NL_DEFAULTS.maxCalibrations;
  const maxCheckFailures = options.maxCheckFailures ?? NL_DEFAULTS.maxCheckFailures;
  const retriever = context.retriever ?? new ReferenceRetriever(tools.lake, options);
  const hits = await retriever.retrieve(`${subtask.kind} ${subtask.title} ${subtask.description}`);
  const references = hits.map((hit) => hit.document.id);
  options.onProgress?.({ type: 'retrieved', subtask: subtask.id, documents: references });
  const earlierCode = context.accepted.map((fragment) => fragment.code).join('\n\n');
  let usage = NO_USAGE;
  let previous: PreviousAttempt | undefined;
  let best: Omit<GeneratedSubtask, 'usage' | 'attempts'> | undefined;
  let checkFailures = 0;
  let calibrations = 0;
  for (let attempt = 1; ; attempt += 1) {
    const messages = GENERATE_SUBTASK_CODE_V1.render({ description: context.description, plan: context.plan, subtask, scope: context.scope, earlierCode, references: hits, ...(previous && { previous }) });
    const answer = await llm.complete({ messages, ...(options.temperature !== undefined && { temperature: options.temperature }), ...(options.signal && { signal: options.signal }) });
    usage = addUsage(usage, answer.usage);
    const checked = await checkAnswer(tools, answer.text, { name: context.plan.workflowName, description: context.description, accepted: context.accepted }, { subtaskId: subtask.id, title: subtask.title });
    options.onProgress?.({ type: 'checked', subtask: subtask.id, attempt, ok: checked.check.ok, problems: checked.check.problems.map(formatCodeProblem) });
    if (!checked.check.ok) {
      checkFailures += 1;
      if (checkFailures >= maxCheckFailures) {
        if (best) return { ...best, attempts: attempt, usage };
        throw noValidCodeError(`subtask "${subtask.id}"`, attempt, checked.check.problems, llm.config.model);
      }
      previous = { code: checked.fragment.code, problems: checked.check.problems };
      continue;
    }
    // Self-calibration: only code that compiles is scored.
    const scored = await completeObject(llm, {
      messages: SCORE_SUBTASK_CODE_V1.render({ description: context.description, subtask, code: checked.fragment.code }),
      schema: ScoreSchema,
      schemaName: 'subtask-score',
      ...(options.signal && { signal: options.signal }),
    });
    usage = addUsage(usage, scored.usage);
    const { score, critique } = scored.object;
    options.onProgress?.({ type: 'scored', subtask: subtask.id, score, baselineScore, critique });
    if (!best || score > best.score) best = { subtask, fragment: checked.fragment, code: checked.code, check: checked.check, score, critique, references };
    if (score >= baselineScore || calibrations >= maxCalibrations) return { ...best, attempts: attempt, usage };
    calibrations += 1;
    previous = { code: checked.fragment.code, problems: [], critique, score };
  }
}

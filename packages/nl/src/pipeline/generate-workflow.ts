import { CoulerError } from '@couler/ir';
import { addUsage, completeObject } from '@couler/llm';
import type { SubtaskFragment } from '../assemble/subtask-fragment';
import type { DeclaredName } from '../check/type-check-code';
import type { GeneratedWorkflow } from '../generated-workflow';
import { DECOMPOSE_WORKFLOW_V1 } from '../prompts/decompose-workflow-v1';
import { generateSubtaskCode, type GeneratedSubtask } from './generate-subtask-code';
import type { NlGenerateOptions } from './generation-options';
import { loadGenerationTools } from './generation-tools';
import { ReferenceRetriever } from './reference-retriever';
import { DecompositionSchema } from './subtask';

/**
 * Algorithm 1 of the Couler paper (§III), natural language to Couler code: a chain-of-thought
 * decomposition of `description` into subtasks; for each, code generated with references from
 * the code lake, held to the hard checks (TypeScript against `@couler/dsl`, building the IR,
 * validating it) with their errors fed back, and self-calibrated against the baseline score
 * S_b; then the fragments assembled into one workflow file. Only code that passes every hard
 * check is returned. User feedback (line 12) is `reviseWorkflow`.
 *
 * @throws CoulerError `LLM_INVALID_ANSWER` when a subtask's code never passes the checks, or the
 *   plan never matches its schema; the `LLM_*` errors of `@couler/llm` when the endpoint fails.
 */
export async function generateWorkflow(description: string, options: NlGenerateOptions): Promise<GeneratedWorkflow> {
  if (typeof description !== 'string' || description.trim() === '') {
    throw new CoulerError('INVALID_FIELD', 'Describe the workflow to generate: the description is empty.', {
      hint: 'couler generate "train three models on the penguins table and keep the best"',
    });
  }
  const tools = await loadGenerationTools();
  const decomposed = await completeObject(options.llm, {
    messages: DECOMPOSE_WORKFLOW_V1.render({ description }),
    schema: DecompositionSchema,
    schemaName: 'workflow-plan',
    ...(options.temperature !== undefined && { temperature: options.temperature }),
    ...(options.signal && { signal: options.signal }),
  });
  const plan = decomposed.object;
  options.onProgress?.({ type: 'decomposed', subtasks: plan.subtasks.map(({ id, title }) => ({ id, title })) });
  let usage = decomposed.usage;
  const accepted: SubtaskFragment[] = [];
  const generated: GeneratedSubtask[] = [];
  let scope: ReadonlyArray<DeclaredName> = [];
  const retriever = new ReferenceRetriever(tools.lake, options);
  for (const subtask of plan.subtasks) {
    const result = await generateSubtaskCode(tools, subtask, { description, plan, accepted, scope, retriever }, options);
    usage = addUsage(usage, result.usage);
    accepted.push(result.fragment);
    generated.push(result);
    scope = result.check.declared;
  }
  const last = generated.at(-1)!;
  const workflow = last.check.workflow!;
  options.onProgress?.({ type: 'assembled', steps: workflow.spec.steps.length });
  return {
    description,
    plan,
    code: last.code,
    workflow,
    fragments: accepted,
    subtasks: generated.map(({ check: _check, code: _code, ...rest }) => rest),
    feedback: [],
    usage,
  };
}

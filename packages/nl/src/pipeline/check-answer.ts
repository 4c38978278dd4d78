import { assembleWorkflowCode } from '../assemble/assemble-workflow-code';
import { cleanFragment, type SubtaskFragment } from '../assemble/subtask-fragment';
import type { WorkflowCodeCheck } from '../check/check-workflow-code';
import type { GenerationTools } from './generation-tools';

export interface CheckedAnswer {
  /** The answer's statements, cleaned. */
  readonly fragment: SubtaskFragment;
  /** The whole file with this fragment after the accepted ones. */
  readonly code: string;
  readonly check: WorkflowCodeCheck;
}

/** Puts a model's answer after the accepted fragments and runs the hard checks on the whole file. */
export async function checkAnswer(
  tools: GenerationTools,
  answer: string,
  file: { readonly name: string; readonly description: string; readonly accepted: ReadonlyArray<SubtaskFragment> },
  labels: { readonly subtaskId: string; readonly title: string },
): Promise<CheckedAnswer> {
  const cleaned = cleanFragment(answer);
  const fragment: SubtaskFragment = { ...labels, code: cleaned.code };
  const code = assembleWorkflowCode(tools.ts, { name: file.name, description: file.description, fragments: [...file.accepted, fragment] }, tools.lake.dslExports);
  if (cleaned.problems.length > 0) return { fragment, code, check: { ok: false, problems: cleaned.problems, declared: [] } };
  if (cleaned.code === '') return { fragment, code, check: { ok: false, problems: [{ stage: 'syntax', message: 'The answer holds no code: give the statements in one ```ts block.' }], declared: [] } };
  return { fragment, code, check: await tools.checker.check(code) };
}

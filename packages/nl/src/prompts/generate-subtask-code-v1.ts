import type { LlmMessage } from '@couler/llm';
import type { CodeProblem } from '../check/code-problem';
import { formatCodeProblem } from '../check/code-problem';
import type { DeclaredName } from '../check/type-check-code';
import type { CodeLakeHit } from '../code-lake/code-lake';
import type { Decomposition, Subtask } from '../pipeline/subtask';
import { COULER_DSL_PRIMER } from './couler-dsl-primer';
import type { PromptTemplate } from '@couler/llm';

/** The answer before this one and what was wrong with it. */
export interface PreviousAttempt {
  readonly code: string;
  /** Hard-check problems: compiler, DSL and validation errors. */
  readonly problems: ReadonlyArray<CodeProblem>;
  /** The self-calibration critique, when the code compiled but scored below S_b. */
  readonly critique?: string;
  readonly score?: number;
}

export interface GenerateSubtaskCodeVariables {
  readonly description: string;
  readonly plan: Decomposition;
  readonly subtask: Subtask;
  /** Names earlier subtasks declared, with their types. */
  readonly scope: ReadonlyArray<DeclaredName>;
  /** The code of earlier subtasks, as accepted. */
  readonly earlierCode: string;
  readonly references: ReadonlyArray<CodeLakeHit>;
  readonly previous?: PreviousAttempt;
}

/** Algorithm 1, lines 3–5 and 9: one subtask's code, with code-lake references and any feedback. */
export const GENERATE_SUBTASK_CODE_V1: PromptTemplate<GenerateSubtaskCodeVariables> = {
  id: 'generate-subtask-code',
  version: 1,
  render({ description, plan, subtask, scope, earlierCode, references, previous }) {
    const planLines = plan.subtasks.map((each) => `${each.id === subtask.id ? '→' : '-'} ${each.id} (${each.kind}): ${each.title}`);
    const messages: LlmMessage[] = [
      {
        role: 'system',
        content: `You write Couler workflow code in TypeScript. ${COULER_DSL_PRIMER}\n\nYou write the code of one subtask at a time: only statements of the build function, no imports, no \`export default workflow(…)\`. Answer with one \`\`\`ts code block.`,
      },
      {
        role: 'user',
        content: [
          `Whole workflow (JSON string): ${JSON.stringify(description)}`,
          `Plan:\n${planLines.join('\n')}`,
          `Reference code from the Couler code lake:\n${references.map(({ document }) => `// ${document.id}\n${clip(document.text)}`).join('\n\n')}`,
          earlierCode.trim() === '' ? 'No code has been written yet: this is the first subtask.' : `Code of the earlier subtasks, already in the build function:\n\`\`\`ts\n${earlierCode}\n\`\`\``,
          scope.length === 0 ? '' : `In scope from earlier subtasks:\n${scope.map((name) => `- ${name.name}: ${name.type}`).join('\n')}`,
          `Write the statements for subtask "${subtask.id}" (${subtask.kind}): ${subtask.description}\n` +
            `Declare what it creates as \`const ${subtask.variable} = …\`${subtask.dependsOn.length > 0 ? `, using the results of ${subtask.dependsOn.join(', ')}` : ''}. Do not repeat earlier code.`,
        ]
          .filter((part) => part !== '')
          .join('\n\n'),
      },
    ];
    if (previous) messages.push({ role: 'assistant', content: `\`\`\`ts\n${previous.code}\n\`\`\`` }, { role: 'user', content: feedbackOn(previous) });
    return messages;
  },
};

// Each reference is cut to its head: long examples would otherwise make most of every prompt's tokens.
const REFERENCE_CHARS = 1_600;

function clip(text: string): string {
  if (text.length <= REFERENCE_CHARS) return text;
  const lineEnd = text.lastIndexOf('\n', REFERENCE_CHARS);
  return `${text.slice(0, lineEnd > 0 ? lineEnd : REFERENCE_CHARS)}\n// … (cut)`;
}

function feedbackOn(previous: PreviousAttempt): string {
  if (previous.problems.length > 0) {
    return `That code does not pass the checks (TypeScript type-check against @couler/dsl, building the workflow, validating it):\n${previous.problems.map((problem) => `- ${formatCodeProblem(problem)}`).join('\n')}\nLine numbers count in the whole file. Fix every problem and answer with the corrected statements in one \`\`\`ts block.`;
  }
  return `A reviewer scored that code ${previous.score?.toFixed(2) ?? '?'} out of 1 for this subtask: ${previous.critique ?? ''}\nImprove it and answer with the corrected statements in one \`\`\`ts block.`;
}

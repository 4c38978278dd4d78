import type { CodeProblem } from '../check/code-problem';

/** The code one subtask contributes: statements of the workflow's build function. */
export interface SubtaskFragment {
  readonly subtaskId: string;
  readonly title: string;
  readonly code: string;
}

export interface CleanedFragment {
  readonly code: string;
  /** Imports the fragment asked for that the file may not have. */
  readonly problems: CodeProblem[];
}

const FENCE = /```[A-Za-z]*[^\n]*\n([\s\S]*?)```/g;
const DSL_IMPORT = /^\s*import\s[^;]*?from\s*['"]@couler\/dsl['"]\s*;?\s*$/;
const ANY_IMPORT = /^\s*import\s.*$|^\s*(const|let|var)\s.*=\s*require\(/;

/**
 * The code of a model's answer: the fenced blocks if it used fences (prose around them dropped),
 * without `import … from '@couler/dsl'` lines, since the assembled file imports what it uses.
 * Any other import is reported, not dropped, so the model hears that it cannot have it.
 */
export function cleanFragment(answer: string): CleanedFragment {
  const blocks = [...answer.matchAll(FENCE)].map((match) => match[1] ?? '');
  const code = blocks.length > 0 ? blocks.join('\n') : answer;
  const problems: CodeProblem[] = [];
  const kept: string[] = [];
  for (const line of code.split('\n')) {
    if (DSL_IMPORT.test(line)) continue;
    if (ANY_IMPORT.test(line)) {
      problems.push({ stage: 'imports', message: 'Generated code may use @couler/dsl and the JavaScript standard library only; drop this import.', lineText: line });
      continue;
    }
    kept.push(line);
  }
  if (/^\s*export\s+default\s+workflow\s*\(/m.test(code)) {
    problems.push({ stage: 'imports', message: 'Write only the statements inside the build function; the file, its imports and `export default workflow(…)` are written around them.' });
  }
  return { code: kept.join('\n').trim(), problems };
}

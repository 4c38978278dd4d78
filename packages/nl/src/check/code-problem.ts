/** Which hard check found a problem. */
export type CodeCheckStage = 'syntax' | 'imports' | 'types' | 'build' | 'validate';

/**
 * One thing wrong with generated code, as it goes back into the next prompt: what the compiler,
 * the DSL or the validator said, and the line of the assembled file it is about.
 */
export interface CodeProblem {
  readonly stage: CodeCheckStage;
  readonly message: string;
  /** 1-based line of the assembled workflow file, when known. */
  readonly line?: number;
  /** That line's text, so the model sees what it wrote. */
  readonly lineText?: string;
}

/** `types, line 12 (const x = …): TS2345: Argument of type …`: one problem per line of a prompt. */
export function formatCodeProblem(problem: CodeProblem): string {
  const where = problem.line === undefined ? '' : `, line ${problem.line}${problem.lineText ? ` (${problem.lineText.trim().slice(0, 120)})` : ''}`;
  return `${problem.stage}${where}: ${problem.message}`;
}

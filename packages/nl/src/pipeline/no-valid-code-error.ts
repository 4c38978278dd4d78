import { CoulerError } from '@couler/ir';
import { formatCodeProblem, type CodeProblem } from '../check/code-problem';

/**
 * The model's answers never passed the hard checks: the error lists the last answer's problems
 * (each as an `INVALID_DSL_USAGE` error) and says what may help. Nothing is written.
 */
export function noValidCodeError(what: string, attempts: number, problems: ReadonlyArray<CodeProblem>, model: string): CoulerError {
  return new CoulerError('LLM_INVALID_ANSWER', `The model ${model} wrote no code for ${what} that passes the checks in ${attempts} attempt${attempts === 1 ? '' : 's'}; no file was written.`, {
    hint: `The last answer still had: ${problems.map(formatCodeProblem).join('; ').slice(0, 600)}. Describe that part of the workflow more plainly, allow more attempts (--max-attempts), or use a larger model.`,
    errors: problems.map((problem) => new CoulerError('INVALID_DSL_USAGE', formatCodeProblem(problem))),
  });
}

import { CoulerError } from '@couler/ir';
import type { TektonValidationOptions } from './rules/rule-context';
import { pathText, type TektonProblem } from './tekton-problem';
import { validateTektonDocument } from './validate-tekton-document';

/** A problem as a CoulerError whose path points into the document, naming the rule. */
export function tektonProblemError(problem: TektonProblem, documentName: string): CoulerError {
  const who = problem.rule === 'schema' ? "Tekton's CRD schema" : problem.rule === 'yaml-1.1' ? 'kubectl' : `Tekton's webhook (rule "${problem.rule}")`;
  return new CoulerError('INVALID_FIELD', `${who} rejects ${documentName} at ${pathText(problem.path)}: ${problem.message}`, { path: problem.path });
}

/**
 * Throws when any document is one Tekton would refuse.
 *
 * @throws CoulerError `INVALID_WORKFLOW` holding one `INVALID_FIELD` error per problem.
 */
export function assertValidTektonDocuments(documents: ReadonlyArray<unknown>, options: TektonValidationOptions = {}): void {
  const errors = documents.flatMap((document) => {
    const metadata = (document as { kind?: string; metadata?: { name?: string; generateName?: string } }).metadata;
    const name = `${(document as { kind?: string }).kind ?? 'document'} "${metadata?.name ?? metadata?.generateName ?? '?'}"`;
    return validateTektonDocument(document, options).map((problem) => tektonProblemError(problem, name));
  });
  if (errors.length === 0) return;
  throw new CoulerError('INVALID_WORKFLOW', `The Tekton documents have ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}.`, {
    errors,
    hint: 'This is a bug in @couler/backend-tekton if the workflow validated; please report it with the workflow.',
  });
}

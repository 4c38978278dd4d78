import { CoulerError } from '@couler/ir';
import { lintArgoDocument } from './lint-argo-document';
import { validateArgoDocument, type ValidateArgoDocumentOptions } from './validate-argo-document';

/**
 * Every problem of an Argo document, schema and semantic, as CoulerErrors whose `path` points
 * into the document (`['spec', 'templates', 2, 'retryStrategy', 'limit']`).
 */
export function argoDocumentProblems(document: unknown, options: ValidateArgoDocumentOptions = {}): CoulerError[] {
  const schema = validateArgoDocument(document, options).map(
    (problem) => new CoulerError('INVALID_FIELD', `Argo's schema rejects the document: ${problem.message}.`, { path: problem.path }),
  );
  const lint = lintArgoDocument(document).map((problem) => new CoulerError('INVALID_FIELD', `argo lint would reject the document: ${problem.message}`, { path: problem.path }));
  return [...schema, ...lint];
}

/**
 * Throws when an Argo document is not one Argo accepts.
 *
 * @throws CoulerError `INVALID_WORKFLOW` holding one `INVALID_FIELD` error per problem.
 */
export function assertValidArgoDocument(document: unknown, options: ValidateArgoDocumentOptions = {}): void {
  const problems = argoDocumentProblems(document, options);
  if (problems.length === 0) return;
  const name = (document as { metadata?: { name?: string; generateName?: string } }).metadata;
  throw new CoulerError('INVALID_WORKFLOW', `The Argo document for "${name?.name ?? name?.generateName ?? 'workflow'}" has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`, {
    errors: problems,
    hint: 'This is a bug in @couler/backend-argo if the workflow validated; please report it with the workflow.',
  });
}

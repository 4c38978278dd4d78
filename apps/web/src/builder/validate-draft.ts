import { checkWorkflow, type CoulerFormattedError } from '@couler/ir';
import type { Draft } from './draft';
import { draftToWorkflow } from './draft-to-workflow';
import { fieldProblem, type FieldValue } from './form-schema';
import { outputsOf } from './draft-to-workflow';
import { entryOf } from './registered-entry';

export interface DraftProblem {
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** The step it concerns, when there is one: the builder shows it on that node. */
  readonly step?: string;
}

/** The step an IR error is about: its `path` (`['spec', 'steps', 2, …]`) or the steps it blames. */
export function stepOfError(error: Pick<CoulerFormattedError, 'path' | 'stepIds'>, stepNames: ReadonlyArray<string>): string | undefined {
  if (error.stepIds?.[0] !== undefined) return error.stepIds[0];
  const path = error.path ?? [];
  const at = path.indexOf('steps');
  const index = at >= 0 ? path[at + 1] : undefined;
  if (typeof index === 'number') return stepNames[index];
  if (typeof index === 'string' && stepNames.includes(index)) return index;
  return undefined;
}

/** Every problem of the draft: each form's fields, then the IR's own validation (the errors `couler run` gives). */
export function validateDraft(draft: Draft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const step of draft.steps) {
    const entry = entryOf(step);
    for (const key of Object.keys(entry.schema.properties)) {
      const message = fieldProblem(entry.schema, key, step.values[key] as FieldValue | undefined);
      if (message) problems.push({ code: 'INVALID_FIELD', message, step: step.name });
    }
    if (entry.needs && !draft.edges.some((edge) => edge.target === step.name && outputsOf(draft, edge.source).includes(entry.needs!))) {
      problems.push({ code: 'MISSING_INPUT', message: `"${step.name}" needs a step that outputs "${entry.needs}" connected into it.`, step: step.name, hint: `Connect a step with a "${entry.needs}" output to it.` });
    }
  }
  if (problems.length > 0) return problems;
  const names = draft.steps.map((step) => step.name);
  const { errors } = checkWorkflow(draftToWorkflow(draft));
  for (const error of errors.flatMap((each) => (each.errors && each.errors.length > 0 ? each.errors : [each]))) {
    const formatted = 'toJSON' in error ? (error as { toJSON(): CoulerFormattedError }).toJSON() : (error as CoulerFormattedError);
    const step = stepOfError(formatted, names);
    problems.push({ code: formatted.code, message: formatted.message, ...(formatted.hint !== undefined && { hint: formatted.hint }), ...(step !== undefined && { step }) });
  }
  return problems;
}

import { CoulerError } from '../errors/couler-error';
import type { Workflow } from '../schema/workflow';
import { specifiedRules } from './rules/index';
import { runRules, type ValidationRule } from './validation-context';

export interface ValidateOptions {
  /** Stop collecting after this many errors (default 100): a broken generator can make thousands. */
  maxErrors?: number;
  rules?: ReadonlyArray<ValidationRule>;
}

/**
 * Every semantic problem of a structurally valid workflow: names, references, cycles, types,
 * groups, volumes. Never throws for a bad workflow; returns the list (empty when valid).
 */
export function validate(workflow: Workflow, options: ValidateOptions = {}): CoulerError[] {
  return runRules(workflow, options.rules ?? specifiedRules, options.maxErrors ?? 100);
}

/** Throws one INVALID_WORKFLOW error listing every problem in `errors`, if there is any. */
export function assertValid(workflow: Workflow, options: ValidateOptions = {}): void {
  throwIfErrors(validate(workflow, options), workflow.metadata.name);
}

export function throwIfErrors(errors: ReadonlyArray<CoulerError>, name?: string): void {
  if (errors.length === 0) return;
  if (errors.length === 1) throw errors[0]!;
  const subject = name ? `Workflow "${name}"` : 'The workflow';
  throw new CoulerError('INVALID_WORKFLOW', `${subject} has ${errors.length} problems.`, { errors });
}

import type { ValidationContext } from '../validation-context';

/**
 * `spec.retry` and `spec.stepDefaults.retry` say the same thing; with both, neither would be
 * sure to win, so the workflow gives one.
 */
export function stepDefaultsRule(context: ValidationContext): void {
  const { retry, stepDefaults } = context.workflow.spec;
  if (retry === undefined || stepDefaults?.retry === undefined) return;
  context.report('INVALID_FIELD', 'The workflow gives a default retry twice, as retry and as stepDefaults.retry.', {
    path: ['stepDefaults', 'retry'],
    hint: 'Keep one of the two: stepDefaults.retry, beside the other step defaults, or retry.',
  });
}

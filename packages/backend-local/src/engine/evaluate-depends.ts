import type { DependsExpression, TaskResult } from '@couler/ir';
import type { StepPhase } from './step-phase';

/** What a `depends` expression knows about a finished step: its phase and its instances'. */
export interface DependencyOutcome {
  readonly phase: StepPhase;
  readonly instancePhases: ReadonlyArray<StepPhase>;
}

function hasResult(outcome: DependencyOutcome, result: TaskResult | undefined): boolean {
  const { phase } = outcome;
  const succeeded = phase === 'Succeeded' || phase === 'Cached';
  switch (result) {
    case undefined:
      // A bare name, as in Argo: Succeeded || Skipped || Daemoned.
      return succeeded || phase === 'Skipped';
    case 'Succeeded':
      return succeeded;
    case 'Failed':
      return phase === 'Failed';
    case 'Errored':
      return phase === 'Error';
    case 'Skipped':
      return phase === 'Skipped';
    case 'Omitted':
      return phase === 'Omitted';
    case 'Daemoned':
      return false;
    case 'AnySucceeded':
      return outcome.instancePhases.some((instance) => instance === 'Succeeded' || instance === 'Cached');
    case 'AllFailed':
      return outcome.instancePhases.length > 0 && outcome.instancePhases.every((instance) => instance === 'Failed' || instance === 'Error');
  }
}

/** Evaluates Argo's `depends` once every step it names has finished. */
export function evaluateDepends(expression: DependsExpression, outcomeOf: (step: string) => DependencyOutcome): boolean {
  switch (expression.type) {
    case 'task':
      return hasResult(outcomeOf(expression.step), expression.result);
    case 'not':
      return !evaluateDepends(expression.operand, outcomeOf);
    case 'and':
      return evaluateDepends(expression.left, outcomeOf) && evaluateDepends(expression.right, outcomeOf);
    case 'or':
      return evaluateDepends(expression.left, outcomeOf) || evaluateDepends(expression.right, outcomeOf);
  }
}

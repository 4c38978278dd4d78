import { ConditionSyntaxError, parseResourceCondition } from '../resource-condition';
import type { ValidationContext } from '../validation-context';

const SYNTAX = 'requirements separated by commas, each key, !key, key=value, key!=value, key in (a,b), key notin (a,b), key>n or key<n, with keys such as status.succeeded';

/**
 * A resource step's success and failure conditions parse. Argo reads them only when the step
 * runs, so a typo would otherwise pass `--validate` and fail the step on the cluster.
 */
export function resourceConditionRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    if (step.kind !== 'resource') continue;
    for (const field of ['successCondition', 'failureCondition'] as const) {
      const condition = step.resource[field];
      if (condition === undefined) continue;
      try {
        parseResourceCondition(condition);
      } catch (error) {
        if (!(error instanceof ConditionSyntaxError)) throw error;
        context.report('INVALID_FIELD', `Step "${step.name}" has ${field} "${condition}", which is not a condition: ${error.message}.`, {
          path: [...path, 'resource', field],
          stepIds: [step.name],
          hint: `Write it as a Kubernetes label selector over the object's fields: ${SYNTAX}.`,
        });
      }
    }
  }
}

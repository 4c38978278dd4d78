import { dependenciesOf } from '../../graph/step-dependencies';
import { refsOfStep } from '../../graph/step-references';
import type { ValidationContext } from '../validation-context';

/** What a hook step may not have: it runs beside the step it watches, not as a node of the DAG. */
const PLACEMENT_FIELDS = ['dependencies', 'depends', 'when', 'map'] as const;

/**
 * A hook (`step.hook`) watches a main step of the same list, or the workflow; it is not an
 * exit-handler step, takes no place in the DAG (no dependencies, condition or loop), reads no
 * step's outputs (engines start it with no arguments from the DAG), and nothing waits for it.
 */
export function hooksRule(context: ValidationContext): void {
  const hookNames = new Set<string>();
  for (const { step, phase } of context.allSteps()) if (step.hook && phase === 'main') hookNames.add(step.name);
  for (const { step, path, phase } of context.allSteps()) {
    const stepIds = [step.name];
    if (!step.hook) {
      // Most workflows have no hooks: then no step can wait for one.
      if (hookNames.size === 0) continue;
      const waited = dependenciesOf(step).find((name) => hookNames.has(name));
      if (waited) {
        context.report('INVALID_REFERENCE', `Step "${step.name}" waits for "${waited}", a hook: a hook runs beside the step it watches and nothing waits for it.`, {
          path,
          stepIds,
          hint: `Make "${waited}" an ordinary step, or let "${step.name}" wait for the step "${waited}" watches.`,
        });
      }
      continue;
    }
    const at = [...path, 'hook'];
    if (phase !== 'main') {
      context.report('INVALID_FIELD', `Exit-handler step "${step.name}" cannot be a hook: exit-handler steps already run when the workflow ends.`, { path: at, stepIds });
      continue;
    }
    const watched = step.hook.of;
    if (watched !== undefined) {
      const target = context.steps.get(watched);
      if (target?.phase !== 'main') {
        context.report('UNKNOWN_STEP', `Hook "${step.name}" watches "${watched}", which is not a main step of this workflow.`, { path: [...at, 'of'], stepIds });
      } else if (target?.step.hook) {
        context.report('INVALID_FIELD', `Hook "${step.name}" watches "${watched}", which is itself a hook; a hook watches an ordinary step or the workflow.`, { path: [...at, 'of'], stepIds });
      }
    }
    for (const field of PLACEMENT_FIELDS) {
      const value = step[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      context.report('INVALID_FIELD', `Hook "${step.name}" cannot have ${field}: it runs when ${watched === undefined ? 'the workflow' : `step "${watched}"`} reaches its status, not as a node of the DAG.`, {
        path: [...path, field],
        stepIds,
        hint: 'Remove it, or make the step an ordinary one that depends on the watched step.',
      });
    }
    const read = refsOfStep(step).find(({ ref }) => ref.ref === 'step');
    if (read) {
      context.report('INVALID_REFERENCE', `Hook "${step.name}" reads an output of step "${read.ref.ref === 'step' ? read.ref.step : ''}"; a hook starts with no values from the DAG.`, {
        path: [...path, ...read.path],
        stepIds,
        hint: 'Read workflow parameters only, or make the hook an ordinary step that depends on the producer.',
      });
    }
  }
}

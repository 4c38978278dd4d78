import type { ArgoDocument, ArgoWorkflowSpec } from '@couler/backend-argo';
import { CoulerError } from '@couler/ir';
import type { SplitCrossing } from '../parts/split-types';

/** The label that finds a step's template in the compiled part (and its pods in the cluster). */
export const STEP_LABEL = 'couler.dev/step';

/**
 * Makes the outputs other parts read global outputs of the part's workflow: outputs of its entry
 * DAG template, each taken from the producing task and given a `globalName`, which Argo copies
 * to `status.outputs.parameters` where the parent reads them. The producing task is found through
 * its template's `couler.dev/step` label; a sub-workflow call, whose template is its definition's
 * (shared, so it carries no step label), by its task name, which Argo names after the step.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` when the producer runs inside a group's template.
 */
export function exportCrossings(document: ArgoDocument, exports: ReadonlyArray<SplitCrossing>, partName: string, calls: ReadonlySet<string> = new Set()): void {
  if (exports.length === 0) return;
  const spec = document.spec as ArgoWorkflowSpec;
  const entry = spec.templates.find((template) => template.name === spec.entrypoint)!;
  const templateOfStep = new Map<string, string>();
  for (const template of spec.templates) {
    const step = template.metadata?.labels?.[STEP_LABEL];
    if (step !== undefined) templateOfStep.set(step, template.name);
  }
  const parameters = [...(entry.outputs?.parameters ?? [])];
  for (const crossing of exports) {
    const { step, output } = crossing.producer;
    const template = templateOfStep.get(step);
    const task = calls.has(step) ? entry.dag?.tasks.find((candidate) => candidate.name === callTaskName(step)) : entry.dag?.tasks.find((candidate) => candidate.template === template);
    if (task === undefined) {
      throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The argo backend cannot pass output "${output}" of step "${step}" from part "${partName}" to a later part ("split.crossing"): the step runs inside a group's own template.`, {
        path: ['steps', step],
        stepIds: [step],
        hint: 'Split with a larger budget, or have a step outside the group read the output first.',
      });
    }
    const source = output === 'result' ? `{{tasks.${task.name}.outputs.result}}` : `{{tasks.${task.name}.outputs.parameters.${output}}}`;
    parameters.push({ name: crossing.name, valueFrom: { parameter: source }, globalName: crossing.name });
  }
  entry.outputs = { ...entry.outputs, parameters };
}

/** The entry DAG's task of a call: `@couler/backend-argo` names tasks after steps (`step-` before a digit). */
function callTaskName(step: string): string {
  return /^[0-9]/.test(step) ? `step-${step}` : step;
}

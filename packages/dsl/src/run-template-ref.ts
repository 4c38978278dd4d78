import type { InputParameter, Step } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { StepFields, asList, type InputSpec } from './step-options';
import { describe, toValue, type ValueInput } from './values';

export interface TemplateRefOptions {
  /** The WorkflowTemplate (or, with `clusterScope`, ClusterWorkflowTemplate) that holds the template. */
  workflowTemplate: string;
  /** The template to run, by name. */
  template: string;
  clusterScope?: boolean;
  /** Its input parameters, by name: literals, parameters, outputs of earlier steps, map items. */
  parameters?: Record<string, ValueInput>;
  /** Its input artifacts: artifact outputs of earlier steps, under the template's input names (`output.at(path, { name })`). */
  input?: InputSpec | InputSpec[];
  /** Output parameters the template declares, so later steps can read them (`step.output(name)`). */
  outputs?: string[];
  stepName?: string;
  description?: string;
  continueOn?: { failed?: boolean; error?: boolean };
}

const TEMPLATE_REF_OPTION_KEYS = {
  workflowTemplate: true,
  template: true,
  clusterScope: true,
  parameters: true,
  input: true,
  outputs: true,
  stepName: true,
  description: true,
  continueOn: true,
} as const satisfies Record<keyof TemplateRefOptions, true>;

/**
 * Runs a template kept in another WorkflowTemplate on the cluster (Argo's `templateRef`): a
 * library of shared steps. Only backends that know the `step.templateRef` construct (Argo)
 * compile it; the others refuse it with UNSUPPORTED_BY_BACKEND.
 */
export function runTemplateRef(options: TemplateRefOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runTemplateRef');
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', 'runTemplateRef() takes an options object: runTemplateRef({ workflowTemplate, template }).');
  checkOptions('runTemplateRef()', options, TEMPLATE_REF_OPTION_KEYS);
  for (const field of ['workflowTemplate', 'template'] as const) {
    if (typeof options[field] !== 'string' || options[field].trim() === '') {
      throw dslError('INVALID_DSL_USAGE', `runTemplateRef() needs "${field}"; got ${describe(options[field])}.`, {
        hint: "runTemplateRef({ workflowTemplate: 'workflow-template-print-message', template: 'print-message', parameters: { message: 'hi' } })",
      });
    }
  }
  const fields = new StepFields('runTemplateRef').common({ input: options.input, description: options.description, continueOn: options.continueOn }).build();
  const parameters: InputParameter[] = Object.entries(options.parameters ?? {}).map(([name, value]) => ({ name, value: toValue(value, `runTemplateRef({ parameters.${name} })`) }));
  if (parameters.length > 0) fields.inputs = { ...fields.inputs, parameters };
  const outputs = asList(options.outputs);
  if (outputs.length > 0) fields.outputs = { parameters: outputs.map((name) => ({ name })) };
  const draft: Partial<Step> = {
    ...fields,
    kind: 'templateRef',
    templateRef: { name: options.workflowTemplate, template: options.template, ...(options.clusterScope !== undefined && { clusterScope: options.clusterScope }) },
  } as Partial<Step>;
  return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: options.template, stack });
}

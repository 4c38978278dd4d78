import { definitionsInCallOrder, type StepOutputRef, type SubWorkflow, type Workflow } from '@couler/ir';
import type { ArgoArtifact, ArgoParameter, ArgoTemplate } from './argo-types';
import { refuseTemplateText } from './escape-template-text';
import type { NameAllocator } from './name-allocator';
import { unsupported } from './unsupported';
import type { WorkflowPlan } from './workflow-plan';

/** A template name for each sub-workflow the workflow calls, claimed before any step's. */
export function claimDefinitionTemplates(workflow: Workflow, templateNames: NameAllocator): Map<string, string> {
  return new Map(definitionsInCallOrder(workflow).map((definition) => [definition.name, templateNames.claim(definition.name)]));
}

/**
 * The inputs and outputs of a sub-workflow's DAG template: its inputs as input parameters (with
 * their defaults) and input artifacts, its outputs (parameters and artifacts) read from its tasks. Not global: each call has its own.
 */
export function definitionInterface(definition: SubWorkflow, outputs: ReadonlyArray<ArgoParameter>, tag: (ref: StepOutputRef) => string): Partial<ArgoTemplate> {
  const path = ['subWorkflows', definition.name, 'inputs', 'parameters'];
  const parameters: ArgoParameter[] = (definition.inputs?.parameters ?? []).map((input) => ({
    name: input.name,
    ...(input.default !== undefined && { default: refuseTemplateText(String(input.default), { what: 'an input default', path: [...path, input.name], stepName: definition.name }) }),
  }));
  const returned = outputs.map(({ globalName: _global, ...output }) => output);
  const inputArtifacts: ArgoArtifact[] = (definition.inputs?.artifacts ?? []).map((input) => ({ name: input.name, ...(input.optional && { optional: true }) }));
  const outputArtifacts: ArgoArtifact[] = (definition.outputs?.artifacts ?? []).map((output) => ({ name: output.name, from: tag(output.from) }));
  return {
    ...((parameters.length > 0 || inputArtifacts.length > 0) && { inputs: { ...(parameters.length > 0 && { parameters }), ...(inputArtifacts.length > 0 && { artifacts: inputArtifacts }) } }),
    ...((returned.length > 0 || outputArtifacts.length > 0) && { outputs: { ...(returned.length > 0 && { parameters: returned }), ...(outputArtifacts.length > 0 && { artifacts: outputArtifacts }) } }),
  };
}

/**
 * What this backend does not write inside a sub-workflow yet: groups and capped fan-outs (each
 * a template of its own, which would need the definition's inputs passed on) and global outputs
 * (one name per workflow, but a definition runs once per call).
 */
export function refuseNestedGroups(definition: SubWorkflow, plan: WorkflowPlan): void {
  const at = ['subWorkflows', definition.name];
  const group = [...plan.subDags.values()][0];
  if (group) {
    throw unsupported('step.subWorkflow', `a loop, a concurrent group or a fan-out with parallelism inside sub-workflow "${definition.name}"`, {
      path: at,
      stepName: definition.name,
      hint: 'Move it out of the sub-workflow, or run the workflow on the local engine.',
    });
  }
  const global = definition.steps.find((step) => [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])].some((output) => output.global));
  if (global) {
    throw unsupported('step.subWorkflow', `a global output inside sub-workflow "${definition.name}", which runs once per call`, {
      path: [...at, 'steps', global.name, 'outputs'],
      stepName: global.name,
      hint: "Return the value as one of the sub-workflow's outputs instead.",
    });
  }
}

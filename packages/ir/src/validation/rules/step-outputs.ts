import { RESULT_OUTPUT } from '../../schema/names';
import type { ParameterType } from '../../schema/parameter';
import { CONTAINER_SET_MAIN, type Step } from '../../schema/step';

export interface OutputInfo {
  readonly kind: 'parameter' | 'artifact';
  readonly type?: ParameterType;
}

/**
 * Whether a step has `result`: a container's or script's standard output, a container set's
 * "main" container's (as in Argo), an http step's response body, a plugin step's answer, a data
 * step's list as JSON.
 */
export function hasResultOutput(step: Step): boolean {
  return (
    step.kind === 'container' ||
    step.kind === 'script' ||
    step.kind === 'http' ||
    step.kind === 'plugin' ||
    step.kind === 'data' ||
    (step.kind === 'containerSet' && step.containerSet.containers.some((container) => container.name === CONTAINER_SET_MAIN))
  );
}

/** The outputs a step offers: declared parameters and artifacts, plus `result` where it exists. */
export function outputsOf(step: Step): Map<string, OutputInfo> {
  const outputs = new Map<string, OutputInfo>();
  if (hasResultOutput(step)) outputs.set(RESULT_OUTPUT, { kind: 'parameter' });
  for (const parameter of step.outputs?.parameters ?? []) {
    outputs.set(parameter.name, parameter.type ? { kind: 'parameter', type: parameter.type } : { kind: 'parameter' });
  }
  for (const name of outputArtifactNames(step)) outputs.set(name, { kind: 'artifact' });
  return outputs;
}

/** Names of the artifacts a step produces: its declared output artifacts, and what a sub-workflow call returns. */
export function outputArtifactNames(step: Step): string[] {
  const names = (step.outputs?.artifacts ?? []).map((artifact) => artifact.name);
  if (step.kind === 'subWorkflow') names.push(...(step.subWorkflow.outputArtifacts ?? []));
  return names;
}

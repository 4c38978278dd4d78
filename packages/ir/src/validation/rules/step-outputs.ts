import { RESULT_OUTPUT } from '../../schema/names';
import type { ParameterType } from '../../schema/parameter';
import type { Step } from '../../schema/step';

export interface OutputInfo {
  readonly kind: 'parameter' | 'artifact';
  readonly type?: ParameterType;
}

/** The outputs a step offers: declared parameters and artifacts, plus `result` where it exists. */
export function outputsOf(step: Step): Map<string, OutputInfo> {
  const outputs = new Map<string, OutputInfo>();
  if (step.kind === 'container' || step.kind === 'script') outputs.set(RESULT_OUTPUT, { kind: 'parameter' });
  for (const parameter of step.outputs?.parameters ?? []) {
    outputs.set(parameter.name, parameter.type ? { kind: 'parameter', type: parameter.type } : { kind: 'parameter' });
  }
  for (const artifact of step.outputs?.artifacts ?? []) outputs.set(artifact.name, { kind: 'artifact' });
  return outputs;
}

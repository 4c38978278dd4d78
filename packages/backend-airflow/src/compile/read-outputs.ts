import { refsOfCondition, refsOfStep, refsOfValue, type Ref, type Workflow } from '@couler/ir';

/** The outputs another step, a condition, a loop condition or the workflow's outputs (a sub-workflow's) read, by step. */
export function readOutputs(workflow: Workflow): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  const add = (ref: Ref) => {
    if (ref.ref !== 'step') return;
    if (!read.has(ref.step)) read.set(ref.step, new Set());
    read.get(ref.step)!.add(ref.output);
  };
  for (const step of [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])]) for (const { ref } of refsOfStep(step)) add(ref);
  for (const group of workflow.spec.groups ?? []) if (group.kind === 'while') for (const ref of refsOfCondition(group.condition)) add(ref);
  for (const output of workflow.spec.outputs?.parameters ?? []) [...refsOfValue(output.value), ...(output.firstOf ?? [])].forEach(add);
  return read;
}

import { refsOfCondition, refsOfValue, type Ref, type Step } from '@couler/ir';
import type { ExpandedStep, ConditionUnit } from './expand-loops';

/** How an output is read: as a value in a task, in a `when` expression, or as a list for `map`. */
export type ReadKind = 'value' | 'when' | 'array' | 'artifact';

/** Every reference a step makes in its args, env, inputs and working directory (not `when`/`map`). */
export function valueRefsOf(step: Step): Ref[] {
  const body = step.kind === 'container' ? step.container : step.kind === 'script' ? step.script : step.kind === 'job' ? step.job : undefined;
  const refs: Ref[] = [];
  for (const arg of (body as { args?: unknown[] } | undefined)?.args ?? []) refs.push(...refsOfValue(arg as never));
  for (const variable of step.env ?? []) refs.push(...refsOfValue(variable.value));
  for (const input of step.inputs?.parameters ?? []) refs.push(...refsOfValue(input.value));
  if (step.kind === 'job') for (const replica of Object.values(step.job.replicas)) for (const arg of replica.args ?? []) refs.push(...refsOfValue(arg));
  return refs;
}

/** Which outputs of which step are read, and how: `reads.get(step)?.get(output)`. */
export function collectReads(
  steps: ReadonlyArray<ExpandedStep>,
  conditions: ReadonlyArray<ConditionUnit>,
  /** Whether a step's condition is written in the Pipeline itself (in/notin or CEL), not by a condition task. */
  direct: (step: Step) => boolean,
): Map<string, Map<string, Set<ReadKind>>> {
  const reads = new Map<string, Map<string, Set<ReadKind>>>();
  const add = (ref: Ref, kind: ReadKind) => {
    if (ref.ref !== 'step') return;
    const outputs = reads.get(ref.step) ?? new Map<string, Set<ReadKind>>();
    const kinds = outputs.get(ref.output) ?? new Set<ReadKind>();
    kinds.add(kind);
    outputs.set(ref.output, kinds);
    reads.set(ref.step, outputs);
  };
  for (const { step } of steps) {
    for (const ref of valueRefsOf(step)) add(ref, 'value');
    for (const ref of refsOfCondition(step.when)) add(ref, direct(step) ? 'when' : 'value');
    if (step.map?.from) add(step.map.from, 'array');
    for (const artifact of step.inputs?.artifacts ?? []) if (artifact.from) add(artifact.from, 'artifact');
  }
  for (const unit of conditions) for (const ref of refsOfCondition(unit.condition)) add(ref, 'value');
  return reads;
}

import { toDns1123Label } from '@couler/ir';
import type { FanInUnit } from './build-fan-in-task';
import type { ReadKind } from './consumption';
import type { ExpandedStep } from './expand-loops';
import type { NameAllocator } from './name-allocator';
import { unsupported } from './unsupported';

/**
 * Tekton gathers the results of a matrix only as an array, in TaskRun-name order, and only for
 * string results read with `[*]` (docs/matrix.md, "Results from fanned out Matrixed
 * PipelineTasks"). A Couler reader of a mapped step's output wants the JSON list of every
 * iteration's value in item order, so each output of a mapped step that is read gets a fan-in
 * task (`<step>-<output>-fan-in`) that is its only reader: the mapped step's result becomes a
 * plain string per iteration, and the readers' ways of reading move to the fan-in task.
 *
 * Mutates `reads` accordingly and returns the fan-in tasks, keyed by step then output.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a read Tekton cannot express: an output of a
 *   mapped exit-handler step (finally tasks cannot read each other's results).
 */
export function planFanIns(
  steps: ReadonlyArray<ExpandedStep>,
  reads: Map<string, Map<string, Set<ReadKind>>>,
  names: NameAllocator,
): Map<string, Map<string, Omit<FanInUnit, 'producerResult'>>> {
  const fanIns = new Map<string, Map<string, Omit<FanInUnit, 'producerResult'>>>();
  for (const { step, phase, path } of steps) {
    if (!step.map) continue;
    for (const [output, kinds] of reads.get(step.name) ?? []) {
      const listKinds = new Set([...kinds].filter((kind) => kind !== 'artifact'));
      if (listKinds.size === 0) continue;
      if (phase === 'finally') {
        throw unsupported('global-outputs', `output "${output}" of mapped exit-handler step "${step.name}" (a finally task cannot gather another finally task's results)`, {
          path: [...path, 'outputs'],
          stepName: step.name,
          hint: 'Map the step among the main steps, or drop "global" from its output.',
        });
      }
      const name = names.claim(`${step.name}-${toDns1123Label(output) || 'output'}-fan-in`);
      const outputs = fanIns.get(step.name) ?? new Map<string, Omit<FanInUnit, 'producerResult'>>();
      fanIns.set(step.name, outputs);
      outputs.set(output, { name, producer: step.name, output, kinds: listKinds });
      reads.get(step.name)!.set(output, new Set<ReadKind>(['value', ...(kinds.has('artifact') ? (['artifact'] as const) : [])]));
    }
  }
  return fanIns;
}

/**
 * The fan-in tasks of outputs of unrolled sub-workflow fan-outs that are read (`<call>-<output>-fan-in`):
 * readers get the JSON list of every iteration's value, as from a mapped step. Keyed by call then output.
 */
export function planCallFanIns(
  calls: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
  reads: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<ReadKind>>>,
  names: NameAllocator,
): Map<string, Map<string, Omit<FanInUnit, 'producerResult'>>> {
  const fanIns = new Map<string, Map<string, Omit<FanInUnit, 'producerResult'>>>();
  for (const [call, outputs] of calls) {
    for (const output of outputs.keys()) {
      const kinds = new Set([...(reads.get(call)?.get(output) ?? [])].filter((kind) => kind !== 'artifact'));
      if (kinds.size === 0) continue;
      const units = fanIns.get(call) ?? new Map<string, Omit<FanInUnit, 'producerResult'>>();
      fanIns.set(call, units);
      units.set(output, { name: names.claim(`${call}-${toDns1123Label(output) || 'output'}-fan-in`), producer: call, output, kinds });
    }
  }
  return fanIns;
}

import type { StepRecord } from '@couler/backend-local';
import { crossingValue, type SplitCrossing, type SplitResult } from '@couler/optimizer-split';
import type { Workflow } from '@couler/ir';

/** What a part's run keeps of the split (the `part` column): enough to run it and hand its outputs on. */
export interface RunPart {
  /** From 0, in the split's order: a part depends only on parts before it. */
  readonly index: number;
  readonly of: number;
  /** The part's own workflow, `<name>-part-<n>`. */
  readonly ir: Workflow;
  /** Crossing parameters this part reads: the crossing's name and the run of the part that produces it. */
  readonly imports: ReadonlyArray<{ readonly name: string; readonly fromRunId: string }>;
  /** Crossings this part produces, whose values the parts after it read. */
  readonly exports: ReadonlyArray<SplitCrossing>;
}

/** The runs of a split workflow's parts, in order; `runIds[i]` is part i's run. */
export function runParts(split: SplitResult, runIds: ReadonlyArray<string>): RunPart[] {
  return split.parts.map((ir, index) => ({
    index,
    of: split.parts.length,
    ir,
    imports: split.crossings
      .filter((crossing) => crossing.kind === 'parameter' && crossing.consumers.some((consumer) => consumer.part === index))
      .map((crossing) => ({ name: crossing.name, fromRunId: runIds[crossing.producer.part]! })),
    exports: split.crossings.filter((crossing) => crossing.kind === 'parameter' && crossing.producer.part === index),
  }));
}

/**
 * The values of the crossings a part produced, read from its steps as the parts after it would
 * have read them in one run; undefined, with the missing output named, when one has no value.
 */
export function partValues(part: RunPart, steps: ReadonlyArray<StepRecord>): { values: Record<string, string> } | { missing: string } {
  const values: Record<string, string> = {};
  for (const crossing of part.exports) {
    const value = crossingValue({ runId: '', phase: 'Succeeded', steps }, crossing);
    if (value === undefined) return { missing: `Output "${crossing.producer.output}" of step "${crossing.producer.step}" (part ${part.index + 1}) has no value, so the parts reading it cannot start.` };
    values[crossing.name] = value;
  }
  return { values };
}

/** A part's parameters: the whole run's, where the part declares them, and the crossing values it reads. */
export function partParameters(part: RunPart, whole: Readonly<Record<string, string>>, crossings: Readonly<Record<string, string>>): Record<string, string> {
  const declared = new Set((part.ir.spec.parameters ?? []).map((parameter) => parameter.name));
  const parameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(whole)) if (declared.has(name)) parameters[name] = value;
  for (const { name } of part.imports) if (Object.hasOwn(crossings, name)) parameters[name] = crossings[name]!;
  return parameters;
}

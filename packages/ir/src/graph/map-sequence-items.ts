import { CoulerError } from '../errors/couler-error';
import type { MapSequence } from '../schema/map-sequence';
import type { Workflow } from '../schema/workflow';

/** More numbers than this is a mistake in a count, not a workflow: no engine runs that many pods. */
export const MAX_SEQUENCE_ITEMS = 100_000;

/** A sequence whose bounds are all known: whole numbers. */
export interface LiteralSequence {
  count?: number;
  start?: number;
  end?: number;
  format?: string;
}

/** The sequence when every bound is a number, else undefined (it is known only when the run gets there). */
export function literalSequence(sequence: MapSequence): LiteralSequence | undefined {
  const { count, start, end } = sequence;
  return [count, start, end].every((bound) => bound === undefined || typeof bound === 'number') ? (sequence as LiteralSequence) : undefined;
}

/** One number written with a printf format of one integer verb (`%d`, `%03d`, `%x`, `%X`, `%o`). */
export function formatSequenceNumber(value: number, format = '%d'): string {
  return format.replace(/%%|%(0?)([0-9]*)([dxXo])/g, (whole, zero: string, width: string, verb: string) => {
    if (whole === '%%') return '%';
    const radix = verb === 'd' ? 10 : verb === 'o' ? 8 : 16;
    let digits = Math.abs(value).toString(radix);
    if (verb === 'X') digits = digits.toUpperCase();
    const sign = value < 0 ? '-' : '';
    const size = Number(width || 0);
    if (zero) return sign + digits.padStart(size - sign.length, '0');
    return (sign + digits).padStart(size, ' ');
  });
}

/**
 * The items of a sequence, as Argo's `withSequence` makes them: `count` numbers from `start`
 * (default 0), or `start` to `end` inclusive, counting down when `end` is below `start`.
 *
 * @throws CoulerError `INVALID_FIELD` for a negative count or more than `MAX_SEQUENCE_ITEMS` numbers.
 */
export function sequenceItems(sequence: LiteralSequence, where: { stepName?: string; path?: ReadonlyArray<string | number> } = {}): string[] {
  const start = sequence.start ?? 0;
  const options = { path: where.path ?? ['map', 'sequence'], ...(where.stepName && { stepIds: [where.stepName] }) };
  const name = where.stepName ? ` of step "${where.stepName}"` : '';
  if (sequence.count !== undefined && sequence.count < 0) throw new CoulerError('INVALID_FIELD', `The sequence${name} has count ${sequence.count}; a count is 0 or more.`, options);
  const length = sequence.count ?? Math.abs((sequence.end ?? start) - start) + 1;
  if (length > MAX_SEQUENCE_ITEMS) {
    throw new CoulerError('INVALID_FIELD', `The sequence${name} has ${length} numbers; at most ${MAX_SEQUENCE_ITEMS} are run.`, { ...options, hint: 'Check the count, or split the work into batches a step maps over.' });
  }
  const step = sequence.count === undefined && (sequence.end ?? start) < start ? -1 : 1;
  return Array.from({ length }, (_, index) => formatSequenceNumber(start + step * index, sequence.format));
}

/**
 * The workflow with every sequence whose bounds are all numbers replaced by its items, for
 * backends that have no sequence of their own (a Tekton matrix, Airflow's `expand`). Sequences
 * that read a step's output or a parameter are left as they are.
 */
export function expandLiteralSequences(workflow: Workflow): Workflow {
  const expand = <T extends { name: string; map?: { sequence?: MapSequence } }>(step: T, path: ReadonlyArray<string | number>): T => {
    const sequence = step.map?.sequence && literalSequence(step.map.sequence);
    if (!sequence) return step;
    const { sequence: _, ...loop } = step.map!;
    return { ...step, map: { ...loop, items: sequenceItems(sequence, { stepName: step.name, path: [...path, step.name, 'map', 'sequence'] }) } };
  };
  const spec = workflow.spec;
  if (!spec.steps.some((step) => step.map?.sequence) && !spec.onExit?.some((step) => step.map?.sequence)) return workflow;
  return {
    ...workflow,
    spec: {
      ...spec,
      steps: spec.steps.map((step) => expand(step, ['steps'])),
      ...(spec.onExit && { onExit: spec.onExit.map((step) => expand(step, ['onExit'])) }),
    },
  };
}

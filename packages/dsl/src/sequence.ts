import { SEQUENCE_FORMAT_PATTERN, type MapSequence, type SequenceBound } from '@couler/ir';
import { dslError, isOutputHandle, isParameterHandle, isStepHandle, type OutputHandle, type ParameterHandle, type StepHandle } from './handles';
import { checkOptions } from './internal/check-options';
import { describe, refOf } from './values';

const SEQUENCE = Symbol.for('couler.dsl.sequence');

/** A whole number, or a step's output or a parameter that holds one when the run gets there. */
export type SequenceBoundInput = number | StepHandle | OutputHandle | ParameterHandle;

export interface SequenceOptions {
  /** How many numbers (give this or `end`). */
  count?: SequenceBoundInput;
  /** The first number (default 0). */
  start?: SequenceBoundInput;
  /** The last number, inclusive (give this or `count`); below `start` counts down. */
  end?: SequenceBoundInput;
  /** A printf format with one integer verb: `%d` (default), `%03d`, `%x`, `%X`, `%o`. */
  format?: string;
}

/** What `sequence()` returns: a source of items for `map`. */
export interface SequenceSource {
  readonly [SEQUENCE]: true;
  readonly sequence: MapSequence;
}

const SEQUENCE_KEYS = { count: true, start: true, end: true, format: true } as const satisfies Record<keyof SequenceOptions, true>;

export function isSequenceSource(value: unknown): value is SequenceSource {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SEQUENCE] === true;
}

function toBound(value: SequenceBoundInput, key: string): SequenceBound {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw dslError('INVALID_DSL_USAGE', `sequence({ ${key} }) must be a whole number; got ${value}.`);
    return value;
  }
  if (isStepHandle(value) || isOutputHandle(value) || isParameterHandle(value)) {
    const ref = refOf(value, `sequence({ ${key} })`);
    if (ref.ref === 'step' || ref.ref === 'parameter') return ref;
  }
  throw dslError('TYPE_MISMATCH', `sequence({ ${key} }) takes a whole number, a step's output or a parameter; got ${describe(value)}.`);
}

/**
 * Numbers to map over (Argo's `withSequence`): `map((index) => …, sequence({ count: 5 }))` runs
 * the step for "0" … "4". `count`, `start` and `end` may come from an earlier step's output or a
 * parameter: the numbers are then known when the run gets there.
 */
export function sequence(options: SequenceOptions): SequenceSource {
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', `sequence() takes an options object: sequence({ count: 5 }); got ${describe(options)}.`);
  checkOptions('sequence()', options, SEQUENCE_KEYS);
  if ((options.count === undefined) === (options.end === undefined)) {
    throw dslError('INVALID_DSL_USAGE', 'sequence() needs exactly one of count and end.', { hint: 'sequence({ count: 5 }) or sequence({ start: 1, end: 10 })' });
  }
  if (options.format !== undefined && (typeof options.format !== 'string' || !new RegExp(SEQUENCE_FORMAT_PATTERN).test(options.format))) {
    throw dslError('INVALID_DSL_USAGE', `sequence({ format }) is a printf format with one integer verb; got ${describe(options.format)}.`, { hint: "format: 'shard-%03d' (also %d, %x, %X, %o)" });
  }
  const result: MapSequence = {};
  for (const key of ['count', 'start', 'end'] as const) {
    const value = options[key];
    if (value !== undefined) result[key] = toBound(value, key);
  }
  if (options.format !== undefined) result.format = options.format;
  return { [SEQUENCE]: true, sequence: result };
}

import * as z from 'zod';
import { ParameterRefSchema, StepOutputRefSchema } from './value';

/**
 * The printf formats a sequence number may be written with, as Argo's `withSequence.format`
 * (Go's `fmt.Sprintf`) and every other backend read them alike: one integer verb (`%d`, `%x`,
 * `%X`, `%o`), optionally zero-padded or padded to a width (`%02d`, `%5d`), with literal text
 * around it and `%%` for a percent sign.
 */
export const SEQUENCE_FORMAT_PATTERN = '^(?:[^%]|%%)*%0?[1-9]?[0-9]?[dxXo](?:[^%]|%%)*$';

/** A whole number, or one known when the run gets there: a step's output or a parameter. */
export const SequenceBoundSchema = z.union([z.number().int(), StepOutputRefSchema, ParameterRefSchema]);
export type SequenceBound = z.infer<typeof SequenceBoundSchema>;

/**
 * `map` over numbers (Argo's `withSequence`): from `start` (default 0), `count` of them, or up
 * to `end` inclusive (counting down when `end` is below `start`). Each item is the number
 * written with `format` (default `%d`), so items are text.
 */
export const MapSequenceSchema = z
  .strictObject({
    count: SequenceBoundSchema.optional(),
    start: SequenceBoundSchema.optional(),
    end: SequenceBoundSchema.optional(),
    format: z
      .string()
      .regex(new RegExp(SEQUENCE_FORMAT_PATTERN))
      .optional()
      .meta({ description: 'A printf format with one integer verb: %d, %03d, %x, %X, %o; default %d.' }),
  })
  .meta({ id: 'MapSequence', description: 'Exactly one of count, end. Numbers from start (default 0).' });
export type MapSequence = z.infer<typeof MapSequenceSchema>;

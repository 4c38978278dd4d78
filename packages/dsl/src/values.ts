import { isConcat, isRef, type Concat, type Operand, type Ref, type Value } from '@couler/ir';
import {
  type ItemHandle,
  type OutputHandle,
  type ParameterHandle,
  type StepHandle,
  dslError,
  isItemHandle,
  isOutputHandle,
  isParameterHandle,
  isStepHandle,
} from './handles';

/** Anything a step argument, env value or condition operand may be given as. */
export type ValueInput = string | number | boolean | StepHandle | OutputHandle | ParameterHandle | ItemHandle | Ref | Concat;

/**
 * Literal text and references joined into one argument: `concat('--lr=', lr)` or the tag form
 * concat`--lr=${lr}`. Literal parts stay literal on every engine.
 */
export function concat(...parts: ValueInput[]): Concat;
export function concat(strings: TemplateStringsArray, ...values: ValueInput[]): Concat;
export function concat(first: ValueInput | TemplateStringsArray, ...rest: ValueInput[]): Concat {
  const parts: ValueInput[] = [];
  if (Array.isArray(first) && 'raw' in first) {
    const strings = first as TemplateStringsArray;
    strings.forEach((text, index) => {
      if (text !== '') parts.push(text);
      if (index < rest.length) parts.push(rest[index]!);
    });
  } else parts.push(first as ValueInput, ...rest);
  const joined: Array<string | Ref> = [];
  for (const part of parts) {
    const value = toValue(part, 'concat');
    for (const piece of isConcat(value) ? value.concat : [value]) {
      const last = joined[joined.length - 1];
      if (typeof piece === 'string' && typeof last === 'string') joined[joined.length - 1] = last + piece;
      else joined.push(piece);
    }
  }
  return { concat: joined.length ? joined : [''] };
}

/** The reference a handle stands for where one value is taken; `where` names the place. */
export function refOf(value: StepHandle | OutputHandle | ParameterHandle | ItemHandle, where: string): Ref {
  if (isStepHandle(value)) return value.oneOutput(where).toRef();
  return value.toRef();
}

export function isHandle(value: unknown): value is StepHandle | OutputHandle | ParameterHandle | ItemHandle {
  return isStepHandle(value) || isOutputHandle(value) || isParameterHandle(value) || isItemHandle(value);
}

/** Converts user input to an IR value. `where` names the argument for the error message. */
export function toValue(input: ValueInput, where: string): Value {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (isStepHandle(input) || isOutputHandle(input)) {
    const output = isStepHandle(input) ? input.oneOutput(where) : input;
    if (output.kind === 'artifact') {
      throw dslError('TYPE_MISMATCH', `${where} was given artifact "${output.output}" of step "${output.step}", but it takes a value.`, {
        stepIds: [output.step],
        hint: 'Pass artifacts with input: [...] (or in args, where they are mounted at their path).',
      });
    }
    return output.toRef();
  }
  if (isParameterHandle(input) || isItemHandle(input)) return input.toRef();
  if (isRef(input) || isConcat(input)) return input;
  throw dslError('INVALID_DSL_USAGE', `${where} must be a string, number, boolean, a step or an output; got ${describe(input)}.`, {
    ...(input === undefined && { hint: "Handles are not lists (step[0] is nothing): pass the step itself, or one output, step.output('name') or step.result." }),
  });
}

/** Converts user input to a condition operand: a literal or a reference. */
export function toOperand(input: unknown, where: string): Operand {
  if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') return input;
  if (isHandle(input)) {
    const ref = refOf(input, where);
    if (isStepHandle(input) && input.oneOutput(where).kind === 'artifact') {
      throw dslError('TYPE_MISMATCH', `${where}: the output of step "${input.name}" is an artifact, which cannot be compared.`, {
        stepIds: [input.name],
        hint: 'Compare a parameter output or its result, e.g. step.result.',
      });
    }
    return ref;
  }
  if (isRef(input)) return input;
  throw dslError('INVALID_DSL_USAGE', `${where} must be a literal (string, number, boolean), a step, an output or a parameter; got ${describe(input)}.`);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (isStepHandle(value)) return `step "${value.name}"`;
  if (isOutputHandle(value)) return `output "${value.output}" of step "${value.step}"`;
  if (isParameterHandle(value)) return `parameter "${value.name}"`;
  if (isItemHandle(value)) return value.key === undefined ? 'the map item' : `field "${value.key}" of the map item`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds from a number of seconds or a duration text: `90`, `'30s'`, `'5m'`, `'1h30m'`, `'2d'`. */
export function toSeconds(input: number | string, where: string): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) throw dslError('INVALID_DSL_USAGE', `${where} must be a non-negative number of seconds; got ${input}.`);
    return input;
  }
  const text = input.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text) {
    throw dslError('INVALID_DSL_USAGE', `${where} "${input}" is not a duration.`, { hint: 'Write seconds as a number, or text such as "30s", "5m", "1h30m", "2d".' });
  }
  return parts.reduce((total, part) => total + Number(part[1]) * DURATION_UNITS[part[2]!]!, 0);
}

/** Whole seconds, at least `minimum` (timeouts must be ≥ 1 s). */
export function toWholeSeconds(input: number | string, where: string, minimum = 0): number {
  const seconds = Math.ceil(toSeconds(input, where));
  if (seconds < minimum) throw dslError('INVALID_DSL_USAGE', `${where} must be at least ${minimum} second${minimum === 1 ? '' : 's'}; got ${JSON.stringify(input)}.`);
  return seconds;
}

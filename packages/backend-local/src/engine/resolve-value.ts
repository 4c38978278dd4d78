import { CoulerError, isConcat, sequenceItems, type LiteralSequence, type MapSequence, type Operand, type Ref, type Value } from '@couler/ir';
import { ownValue } from '../internal/user-keyed';

/** A reference that cannot be resolved at run time; the step fails with this message. */
export class ResolveError extends Error {
  override readonly name = 'ResolveError';
}

/** What references resolve against, for one step instance. */
export interface ResolveScope {
  parameter(name: string): string;
  /** `result`, an output parameter, or an artifact (its path in the store) of another step. */
  stepOutput(step: string, output: string): string;
  input(name: string): string;
  item(key: string | undefined): string;
  workflow(field: string): string;
}

export function resolveRef(ref: Ref, scope: ResolveScope): string {
  switch (ref.ref) {
    case 'parameter':
      return scope.parameter(ref.name);
    case 'step':
      return scope.stepOutput(ref.step, ref.output);
    case 'input':
      return scope.input(ref.name);
    case 'item':
      return scope.item(ref.key);
    case 'workflow':
      return scope.workflow(ref.field);
  }
}

/**
 * A value (literal, reference or concatenation) as the string a process sees. `literal`
 * transforms the literal text only (the step's path rewriting); resolved values are data.
 */
export function resolveValue(value: Value, scope: ResolveScope, literal: (text: string) => string = (text) => text): string {
  if (typeof value === 'string') return literal(value);
  if (isConcat(value)) return value.concat.map((part) => (typeof part === 'string' ? literal(part) : resolveRef(part, scope))).join('');
  return resolveRef(value, scope);
}

/** A reference as a message names it: `parameter "branches"`, `output "result" of step "fan"`. */
export function describeRef(ref: Ref): string {
  switch (ref.ref) {
    case 'parameter':
      return `parameter "${ref.name}"`;
    case 'step':
      return `output "${ref.output}" of step "${ref.step}"`;
    case 'input':
      return `input "${ref.name}"`;
    case 'item':
      return ref.key === undefined ? 'the map item' : `field "${ref.key}" of the map item`;
    case 'workflow':
      return `workflow.${ref.field}`;
  }
}

/**
 * The JSON list a resolved value holds (a list parameter, a mapped step's output …), or a
 * `ResolveError` saying `whose` value was not one and quoting its start.
 */
export function parseJsonList(text: string, whose: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) throw new ResolveError(`${whose}, which is not a JSON list: ${JSON.stringify(text.slice(0, 120))}.`);
  return parsed;
}

/**
 * The items of a sequence: a bound read from a step's output or a parameter must be a whole
 * number (surrounding whitespace allowed, as a step's printed result ends with a newline).
 */
export function resolveSequenceItems(sequence: MapSequence, scope: ResolveScope, stepName: string): string[] {
  const resolved: LiteralSequence = { ...(sequence.format !== undefined && { format: sequence.format }) };
  for (const key of ['count', 'start', 'end'] as const) {
    const bound = sequence[key];
    if (bound === undefined) continue;
    if (typeof bound === 'number') {
      resolved[key] = bound;
      continue;
    }
    const text = resolveValue(bound, scope).trim();
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new ResolveError(`Step "${stepName}" maps over a sequence whose ${key} is ${describeRef(bound)}, which is not a whole number: ${JSON.stringify(text.slice(0, 120))}.`);
    }
    resolved[key] = Number(text);
  }
  try {
    return sequenceItems(resolved, { stepName });
  } catch (error) {
    if (CoulerError.isInstance(error)) throw new ResolveError(error.message);
    throw error;
  }
}

/** An operand of a condition: literals keep their type, references are strings. */
export function resolveOperand(operand: Operand, scope: ResolveScope): string | number | boolean {
  return typeof operand === 'object' ? resolveRef(operand, scope) : operand;
}

/** A map item as a process sees it: scalars as text, records as JSON. */
export function itemText(item: unknown, key: string | undefined): string {
  if (key === undefined) return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
  if (typeof item !== 'object' || item === null || !Object.hasOwn(item, key)) {
    throw new ResolveError(`The current item ${JSON.stringify(item)} has no field "${key}".`);
  }
  const field = ownValue(item as Record<string, unknown>, key);
  return typeof field === 'object' && field !== null ? JSON.stringify(field) : String(field);
}

/** The JSON a text holds, or the text itself: how a list of outputs shows each value. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

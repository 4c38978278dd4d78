import type { z } from 'zod';
import { CoulerError, formatPath } from '../errors/couler-error';
import { didYouMean } from '../errors/did-you-mean';
import type { CoulerErrorCode } from '../errors/error-codes';
import { WorkflowSchema, type Workflow } from '../schema/workflow';
import { recordChecked } from './checked-workflows';

type Path = Array<string | number>;

/**
 * Turns a zod path into a path by names: `['spec', 'steps', 3, 'image']` becomes
 * `['steps', 'train', 'image']` when the fourth step is named "train". `spec` is implied.
 */
export function namedPath(input: unknown, rawPath: ReadonlyArray<PropertyKey>): Path {
  const path: Path = [];
  let node: unknown = input;
  for (const segment of rawPath) {
    const key = typeof segment === 'symbol' ? String(segment) : segment;
    const child = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    // A reference (`{ ref: parameter, name: lr }`) in a list of values is named by its index:
    // its `name` is the parameter it reads, not its own.
    const named = typeof key === 'number' && child !== null && typeof child === 'object' && !('ref' in child);
    const name = named ? (child as { name?: unknown }).name : undefined;
    path.push(typeof name === 'string' && name !== '' ? name : key);
    node = child;
  }
  // `spec` is implied (`['steps', 'train']`), except for the spec itself.
  return path[0] === 'spec' && path.length > 1 ? path.slice(1) : path;
}

/** Codes for structural problems that have a more telling name than INVALID_FIELD. */
function codeFor(path: Path): CoulerErrorCode {
  const last = path[path.length - 1];
  if (last === 'maxIterations') return 'INVALID_MAX_ITERATIONS';
  if (last === 'name') return 'INVALID_NAME';
  return 'INVALID_FIELD';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

function typeName(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'an object' : `a ${type}`;
}

/** The types the branches of a union accept at its own level, in branch order. */
function expectedTypes(issue: z.core.$ZodIssueInvalidUnion): string[] {
  const types = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) if (inner.path.length === 0 && inner.code === 'invalid_type') types.add(inner.expected);
  }
  return [...types];
}

function valueAt(input: unknown, rawPath: ReadonlyArray<PropertyKey>): unknown {
  let node = input;
  for (const segment of rawPath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/**
 * A union failed: report the branch that got furthest (deepest paths), which is the one the
 * author most likely meant, instead of zod's "Invalid input".
 */
function bestUnionBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  let best: z.core.$ZodIssue[] | undefined;
  let bestDepth = -1;
  for (const branch of issue.errors) {
    const depth = Math.min(...branch.map((inner) => inner.path.length));
    if (branch.length > 0 && depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return bestDepth > 0 ? best : undefined;
}

/** Marks the message zod gives an unknown key, to carry the fields its object does know. */
const KNOWN_FIELDS = 'couler-known-fields:';

/**
 * zod's error map, used for its one hook that sees the schema raising an issue: an unknown key
 * gets, as its message, the fields of the object it was found in (read back by `knownFields`).
 */
const rememberKnownFields: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? KNOWN_FIELDS + JSON.stringify(Object.keys(shape)) : undefined;
};

function knownFields(issue: z.core.$ZodIssue): string[] {
  if (!issue.message.startsWith(KNOWN_FIELDS)) return [];
  return JSON.parse(issue.message.slice(KNOWN_FIELDS.length)) as string[];
}

/**
 * The step a raw path runs through (`['spec', 'steps', 3, …]`), for `stepIds`.
 * @internal
 */
export function stepAt(input: unknown, rawPath: ReadonlyArray<PropertyKey>): string | undefined {
  if (rawPath[0] !== 'spec' || (rawPath[1] !== 'steps' && rawPath[1] !== 'onExit') || typeof rawPath[2] !== 'number') return undefined;
  const name = (valueAt(input, rawPath.slice(0, 3)) as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * One error per unknown key, at the key's own path, with the closest field its object knows:
 * a typo (`imagePulPolicy`) or a field from another tool (`securityContext`) is named, never
 * dropped.
 */
/**
 * Field names of Airflow and Argo whose field has another name here: spelling distance would
 * point elsewhere (`retries` is closer to `metrics` than to `retry`). Used only when the object
 * at hand has the field.
 */
const OTHER_TOOLS_NAMES: Readonly<Record<string, string>> = {
  retries: 'retry',
  retryStrategy: 'retry',
  activeDeadlineSeconds: 'timeout',
  execution_timeout: 'timeout',
  memoize: 'cache',
};

function unknownFieldErrors(input: unknown, issue: z.core.$ZodIssueUnrecognizedKeys, rawPath: ReadonlyArray<PropertyKey>): CoulerError[] {
  const owner = namedPath(input, rawPath);
  const where = owner.length > 0 ? formatPath(owner) : 'the document';
  const known = knownFields(issue);
  const step = stepAt(input, rawPath);
  return issue.keys.map((key) => {
    const otherName = Object.hasOwn(OTHER_TOOLS_NAMES, key) ? OTHER_TOOLS_NAMES[key] : undefined;
    const suggestion = otherName !== undefined && known.includes(otherName) ? ` Did you mean "${otherName}"?` : didYouMean(key, known);
    return new CoulerError('INVALID_FIELD', `Unknown field "${key}" in ${where}.${suggestion}`, {
      path: [...owner, key],
      ...(step !== undefined && { stepIds: [step] }),
      hint: known.length > 0 ? `Remove it${suggestion ? ' or rename it' : ''}: ${where} has the fields ${known.map((field) => `"${field}"`).join(', ')}.` : 'Remove it.',
    });
  });
}

/**
 * The workflow if the value is shaped like one, or every structural problem: unknown fields
 * (each at its own path, with a did-you-mean), missing ones, values of the wrong type.
 */
export function checkWorkflowShape(input: unknown): { workflow: Workflow; errors: [] } | { workflow?: undefined; errors: CoulerError[] } {
  const parsed = WorkflowSchema.safeParse(input, { error: rememberKnownFields });
  if (!parsed.success) return { errors: structuralErrors(input, parsed.error.issues) };
  dropNegativeZeros(parsed.data);
  recordChecked(parsed.data, 'shape');
  return { workflow: parsed.data, errors: [] };
}

/**
 * Replaces `-0` by `0` in place, on the fresh copy parsing made: JSON has no negative zero, so
 * without this a workflow would not survive a JSON round trip unchanged.
 */
function dropNegativeZeros(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const value: unknown = node[index];
      if (value === 0) node[index] = 0;
      else if (value !== null && typeof value === 'object') dropNegativeZeros(value);
    }
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (value === 0) record[key] = 0;
    else if (value !== null && typeof value === 'object') dropNegativeZeros(value);
  }
}

export function structuralErrors(input: unknown, issues: ReadonlyArray<z.core.$ZodIssue>, prefix: ReadonlyArray<PropertyKey> = []): CoulerError[] {
  const errors: CoulerError[] = [];
  for (const issue of issues) {
    const rawPath = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = bestUnionBranch(issue);
      if (branch) {
        errors.push(...structuralErrors(input, branch, rawPath));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      errors.push(...unknownFieldErrors(input, issue, rawPath));
      continue;
    }
    const path = namedPath(input, rawPath);
    const where = path.length > 0 ? formatPath(path) : 'the document';
    const value = valueAt(input, rawPath);
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message = `${where} must be ${typeName(issue.expected)}, not ${describe(value)}.`;
        break;
      case 'invalid_union': {
        // No branch got past the first level: say what would fit instead of "Invalid input".
        const expected = expectedTypes(issue);
        if (value === undefined) message = `${where} is missing.`;
        else if (expected.length > 0) message = `${where} must be ${expected.map(typeName).join(' or ')}, not ${describe(value)}.`;
        else message = `${where}: ${issue.message}.`.replace(/\.\.$/, '.');
        break;
      }
      default:
        message =
          path[path.length - 1] === 'maxIterations'
            ? `${where} is ${describe(value)}; the cap of an execWhile loop must be a whole number of at least 1.`
            : `${where}: ${issue.message}.`.replace(/\.\.$/, '.');
    }
    errors.push(new CoulerError(codeFor(path), message, { path }));
  }
  return errors;
}

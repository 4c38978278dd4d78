/**
 * A resource step's `successCondition` / `failureCondition`, in the syntax Argo defined for them:
 * a Kubernetes label selector (`status.succeeded > 0`, `status.phase in (Failed, Error)`,
 * `!status.active`) whose keys are dotted paths into the created object. The engine polls the
 * object; the step fails as soon as any failure requirement holds and succeeds once every
 * success requirement holds (Argo's workflow/executor/resource.go, `matchConditions`).
 * Argo parses conditions only when the step runs; parsing them here refuses a bad one before.
 */
export interface ResourceRequirement {
  readonly key: string;
  readonly operator: '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | '>' | '<';
  readonly values: ReadonlyArray<string>;
  /** The requirement as written, for messages. */
  readonly text: string;
}

/** A path segment: what a Kubernetes label key's name allows, but dots, which split segments. */
const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** A Kubernetes label value, which the selector's values must be (Argo's parser checks it too). */
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** Thrown by `parseResourceCondition`; the message says what is wrong, after "the condition: ". */
export class ConditionSyntaxError extends Error {}

/** Parses one condition into its requirements (comma-separated, commas inside `( … )` excepted). */
export function parseResourceCondition(condition: string): ResourceRequirement[] {
  const requirements: ResourceRequirement[] = [];
  for (const text of splitRequirements(condition)) requirements.push(parseRequirement(text));
  if (requirements.length === 0) throw new ConditionSyntaxError('it has no requirement');
  return requirements;
}

function splitRequirements(condition: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of condition) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((part, index) => part !== '' || index < parts.length - 1);
}

function parseRequirement(text: string): ResourceRequirement {
  if (text === '') throw new ConditionSyntaxError('it has an empty requirement (two commas in a row)');
  if (text.startsWith('!')) return { key: checkKey(text.slice(1).trim(), text), operator: '!', values: [], text };
  const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(text);
  if (set) {
    const values = set[3]!.split(',').map((value) => checkValue(value.trim(), text));
    return { key: checkKey(set[1]!, text), operator: set[2] as 'in' | 'notin', values, text };
  }
  const compare = /^([^\s=!<>]+)\s*(==|!=|=|>|<)\s*(\S*)$/.exec(text);
  if (compare) {
    const operator = compare[2] as ResourceRequirement['operator'];
    const value = compare[3]!;
    if ((operator === '>' || operator === '<') && !/^[-+]?\d+$/.test(value)) throw new ConditionSyntaxError(`"${text}" compares with ${operator}, which takes a whole number`);
    return { key: checkKey(compare[1]!, text), operator, values: [operator === '>' || operator === '<' ? value : checkValue(value, text)], text };
  }
  if (/^\S+$/.test(text)) return { key: checkKey(text, text), operator: 'exists', values: [], text };
  throw new ConditionSyntaxError(`"${text}" is not a requirement (key, !key, key=value, key!=value, key in (a,b), key notin (a,b), key>n, key<n)`);
}

function checkKey(key: string, text: string): string {
  if (!key.split('.').every((segment) => SEGMENT.test(segment))) {
    throw new ConditionSyntaxError(`"${text}": the key "${key}" must be a path of letters, digits, "_" and "-" separated by dots (such as status.succeeded)`);
  }
  return key;
}

function checkValue(value: string, text: string): string {
  if (!LABEL_VALUE.test(value)) throw new ConditionSyntaxError(`"${text}": "${value}" is not a valid value (up to 63 letters, digits, "-", "_" and "." starting and ending with a letter or digit)`);
  return value;
}


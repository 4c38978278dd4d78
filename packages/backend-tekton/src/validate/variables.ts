/**
 * Tekton's `$(…)` variables. A variable is `$(` + a dotted or bracketed name + `)`; text such as
 * `$( cmd )` (with blanks) or `$((1+2))` is left alone by Tekton's substitution and here too.
 */
const VARIABLE = /\$\(([A-Za-z_][^()\s]*)\)/g;

/** Every variable expression inside a string, without `$(` and `)`: `params.x`, `tasks.a.results.r`. */
export function variablesIn(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** Every string inside a JSON value, with its path relative to the value. */
export function stringsIn(value: unknown, path: ReadonlyArray<string | number> = []): Array<{ text: string; path: ReadonlyArray<string | number> }> {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

/** `params.a`, `params.a[*]`, `params["a.b"]`, `params.obj.key` → the candidate parameter names. */
export function parameterNamesOf(expression: string): string[] | undefined {
  const bracket = /^params\[["']([^"']+)["']\]/.exec(expression);
  if (bracket) return [bracket[1]!];
  const dotted = /^params\.([^[\]]+)/.exec(expression);
  if (!dotted) return undefined;
  // `a.b.c` may be a parameter `a.b.c`, an object `a.b` with key `c`, or `a` with key `b.c`.
  const parts = dotted[1]!.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

/** A task result or status reference: `tasks.<task>.results.<result>…`, `tasks.<task>.status`, `finally.<task>.results.<r>`. */
export interface TaskReference {
  readonly scope: 'tasks' | 'finally';
  readonly task: string;
  readonly what: 'results' | 'status' | 'reason' | 'matrix' | 'other';
  readonly result?: string;
}

export function taskReferenceOf(expression: string): TaskReference | 'aggregate-status' | undefined {
  if (expression === 'tasks.status' || expression === 'tasks.reason') return 'aggregate-status';
  const match = /^(tasks|finally)\.([^.[\]]+)\.([A-Za-z]+)(?:\.([^.[\]]+))?/.exec(expression);
  if (!match) return undefined;
  const what = match[3] === 'results' || match[3] === 'status' || match[3] === 'reason' || match[3] === 'matrix' ? match[3] : 'other';
  return { scope: match[1] as 'tasks' | 'finally', task: match[2]!, what, ...(what === 'results' && match[4] !== undefined && { result: match[4] }) };
}

/** Prefixes allowed in a pipeline task's params, `when` and matrix. */
export const PIPELINE_VARIABLE_PREFIXES = ['params', 'tasks', 'finally', 'context', 'workspaces', 'results'] as const;

export function prefixOf(expression: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*/.exec(expression)?.[0] ?? expression;
}

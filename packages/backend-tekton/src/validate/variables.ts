/**
 * Tekton's `$(…)` variables, for prefixes and task references: `$(` + a name without blanks or
 * parens + `)`. Params, context and workspaces are checked with Tekton's own, wider pattern
 * (`referencesOf`), which also reads `$(params.x )` and `$(params["a b"])`.
 */
const VARIABLE = /\$\(([A-Za-z_][^()\s]*)\)/g;

/** Every variable expression inside a string, without `$(` and `)`: `params.x`, `tasks.a.results.r`. */
export function variablesIn(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** One reference as Tekton's webhook reads it: the whole `$(…)`, and the name it checks. */
export interface TektonReference {
  readonly expression: string;
  /** The name looked up: the first dot-separated part, array indexes (`[0]`, `[*]`) removed. */
  readonly name: string;
  /** Set when Tekton refuses the reference itself (more than two dot-separated parts). */
  readonly invalid?: boolean;
}

/**
 * The references to `prefix` in `text`, read as Tekton v1.15 reads them
 * (`pkg/substitution.ExtractVariablesFromString` and `ValidateNoReferencesToUnknownVariables`):
 * `$(<prefix>.<name>)`, `$(<prefix>["<name>"])` or `$(<prefix>['<name>'])`, the name matched
 * lazily (`.*?`, any character but a line break, as Go's `.`) up to the first `)` that closes the
 * form. So `$(params.x )` reads param `x ` and `$(params["a b"])` param `a b`. `prefix` is a
 * regular expression, as in Tekton (`context\\.taskRun`).
 */
export function referencesOf(text: string, prefix: string): TektonReference[] {
  const name = String.raw`[^\n]*?(?:\[\*\])?`;
  const pattern = new RegExp(String.raw`\$\(${prefix}(?:\.(${name})|\["(${name})"\]|\['(${name})'\])\)`, 'g');
  return [...text.matchAll(pattern)].map((match) => {
    const [expression, dotted, doubleQuoted, singleQuoted] = match;
    let value = doubleQuoted ?? singleQuoted ?? '';
    let invalid = false;
    if (dotted !== undefined) {
      const parts = dotted.split('.');
      invalid = parts.length > 2;
      value = parts[0]!;
    }
    return { expression: expression!, name: value.replace(/\[([0-9])*\*?\]/g, ''), ...(invalid && { invalid }) };
  });
}

/**
 * A message for every reference to `prefix` in `text` that Tekton's webhook refuses: a name not
 * in `known`, or more than two dot-separated parts. `where` follows the expression
 * (` in pipeline task "a"`), `what` names the kind (`param`), `owner` who declares it.
 */
export function unknownReferences(text: string, prefix: string, known: ReadonlySet<string>, words: { where: string; what: string; owner: string }): string[] {
  return referencesOf(text, prefix).flatMap((reference) => {
    if (reference.invalid) return [`"${reference.expression}"${words.where} has more than two dot-separated parts after "${prefix.replaceAll('\\', '')}" (Tekton: invalid referencing); write a name with dots in brackets: $(params["a.b"]).`];
    if (known.has(reference.name)) return [];
    return [`"${reference.expression}"${words.where} reads ${words.what} ${JSON.stringify(reference.name)}, which ${words.owner} does not declare (Tekton: non-existent variable).`];
  });
}

/** Every string inside a JSON value, with its path relative to the value. */
export function stringsIn(value: unknown, path: ReadonlyArray<string | number> = []): Array<{ text: string; path: ReadonlyArray<string | number> }> {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
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

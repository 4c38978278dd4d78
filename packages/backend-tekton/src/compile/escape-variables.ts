import type { CoulerError } from '@couler/ir';
import { unsupported } from './unsupported';

/**
 * Tekton has no escape for `$(…)` (tektoncd/pipeline#4931). Its webhook finds references with
 * `$(` + a prefix + `.*?` up to the next `)` (`pkg/substitution`), so `$(params.x )` and
 * `$(params["a b"])` are references to params that do not exist; its controller replaces known
 * names (`$(params.x)`, `$(context.taskRun.name)`, …). Every `$(` Tekton could read is `$(`
 * followed by a name character: that is what user text must never contain as written.
 *
 * Two escapes, by where the text goes:
 * - in a `/bin/sh` word (the generated wrapper), the single-quoted word is split between `$` and
 *   `(`: `'a$''(b'` is `a$(b` to the shell and holds no `$(` for Tekton (see `shellQuote`);
 * - in a field no shell reads (`args`, `env`, `script`, `image`, `when` values …), `$` is written
 *   as a reference to a param whose value is `$`: `$(params.couler-dollar)(params.x)` becomes
 *   `$(params.x)` when Tekton substitutes params.
 *
 * The second one is only as good as what runs after it: Tekton substitutes in phases (params,
 * then context, results, workspaces …; at the Pipeline level params, then context, then task
 * results), each a single pass. Text rebuilt by the params phase is read again by the later ones,
 * so text such as `$(context.taskRun.name)` (see `LATE_VARIABLE`) must take the shell route.
 */
export const DOLLAR_PARAM = 'couler-dollar';

/**
 * The Pipeline-level `$` param (for `when` values and matrix items). It has a name of its own:
 * Tekton propagates Pipeline params into embedded task specs, and would otherwise turn a task's
 * `$(params.couler-dollar)` into `$` before the TaskRun's own params phase reads the rebuilt text.
 */
export const PIPELINE_DOLLAR_PARAM = 'couler-pipeline-dollar';

/** A `$(` Tekton could read: the webhook's and the controller's names all start with one of these. */
const READABLE = /\$\((?=[_a-zA-Z0-9.-])/g;

/**
 * A `$(` whose text a phase after the TaskRun's params phase would still replace: its context
 * (`context.taskRun.*`, `context.task.*`), result and step paths, workspaces, credentials and
 * artifacts. The Pipeline's context was substituted before (`$(context.pipelineRun.name)` is safe).
 */
const LATE_IN_TASK = /\$\((?=context\.task|(?:results|steps?|workspaces|credentials|artifacts|inputs|outputs)[.[])/;

/** The same for text written at the Pipeline level: its own later phases read task results and statuses too. */
const LATE_IN_PIPELINE = /\$\((?=(?:context|results|steps?|workspaces|credentials|artifacts|inputs|outputs|tasks|finally)[.[])/;

export function needsDollarEscape(text: string): boolean {
  READABLE.lastIndex = 0;
  return READABLE.test(text);
}

/**
 * Whether `text`, escaped with the `$` param, would be replaced by a later substitution phase:
 * such text must reach the process through the shell wrapper, or be refused.
 */
export function substitutedLater(text: string, level: 'task' | 'pipeline' = 'task'): boolean {
  return (level === 'task' ? LATE_IN_TASK : LATE_IN_PIPELINE).test(text);
}

/** `text` with every `$(` Tekton could read written as `$(params.<param>)(`. */
export function escapeVariables(text: string, param: string = DOLLAR_PARAM): string {
  return text.replace(READABLE, () => `$(params.${param})(`);
}

/** `text` split so that no `$(` is left, for inside a single-quoted shell word: `$''(`. */
export function splitForShell(quoted: string): string {
  return quoted.replace(READABLE, () => "$''(");
}

/** The param a task or pipeline declares when it escapes anything. */
export function dollarParamSpec(param: string = DOLLAR_PARAM): { name: string; type: 'string'; default: string; description: string } {
  return { name: param, type: 'string', default: '$', description: 'A literal "$": user text that looks like a Tekton variable is written with it (never set it).' };
}

/**
 * The refusal for text in a field no shell reads that a later substitution phase would replace
 * (`substitutedLater`).
 */
export function lateTextError(text: string, where: { path: ReadonlyArray<string | number>; stepName?: string; field: string; hint?: string }): CoulerError {
  const at = text.search(LATE_IN_PIPELINE);
  const shown = /^\$\([^)\n]{0,60}\)?/.exec(text.slice(Math.max(at, 0)))?.[0] ?? text.slice(0, 60);
  return unsupported('text', `the literal text ${JSON.stringify(shown)} in ${where.field}: Tekton has no escape for "$(" and would replace it with the value of its own variable`, {
    path: where.path,
    ...(where.stepName !== undefined && { stepName: where.stepName }),
    hint: where.hint ?? 'Build the text at run time in a script (the shell Couler generates receives any text unchanged), or write it without "$(".',
  });
}

/**
 * Tekton has no escape for `$(…)` (tektoncd/pipeline#4931): any user text such as
 * `$(params.x)` in a step's args, env, script or a `when` value would be substituted, or refused
 * by the webhook. Substitution is a single pass, so the compiler writes the `$` of such text as
 * a reference to a param whose value is `$`: `$(params.couler-dollar)(params.x)` becomes
 * `$(params.x)` again at run time and is never read as a variable.
 */
export const DOLLAR_PARAM = 'couler-dollar';

/** What Tekton (and the validator) could read as a variable: `$(` + a name without blanks + `)`. */
const VARIABLE_START = /\$\((?=[A-Za-z_][^()\s]*\))/g;

export function needsDollarEscape(text: string): boolean {
  VARIABLE_START.lastIndex = 0;
  return VARIABLE_START.test(text);
}

/** `text` with every variable-like `$(` written as `$(params.<param>)(`. */
export function escapeVariables(text: string, param: string = DOLLAR_PARAM): string {
  return text.replace(VARIABLE_START, `$(params.${param})(`);
}

/** The param a task or pipeline declares when it escapes anything. */
export function dollarParamSpec(param: string = DOLLAR_PARAM): { name: string; type: 'string'; default: string; description: string } {
  return { name: param, type: 'string', default: '$', description: 'A literal "$": user text that looks like a Tekton variable is written with it (never set it).' };
}

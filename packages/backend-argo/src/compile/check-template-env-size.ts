import type { CoulerError, Step } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion } from '../argo-compile-options';
import type { ArgoTemplate } from './argo-types';
import { LINUX_MAX_ARG_BYTES } from './check-process-limits';
import { formatBytes } from './check-size-limits';
import { unsupported } from './unsupported';

/** `ARGO_TEMPLATE=` and the string's closing NUL. */
const VARIABLE_OVERHEAD_BYTES = 'ARGO_TEMPLATE='.length + 1;
/** Tags (`{{inputs.parameters.x}}`, `{{=…}}`): Argo replaces them before the pod is made. */
const TAG = /\{\{[^{}]*\}\}/g;
/** `\u007b` (a brace in an expression string) as JSON writes it. */
const ESCAPED_BRACE_JSON = '\\\\u007b';
/** The start of one of our brace escapes (`ESCAPED_OPEN_BRACES`) as JSON shows it: the braces it writes. */
const ESCAPE_TAG = /^\{\{='((?:\\\\u007b)+)'/;

/** What a tag writes at least: nothing for a value (it may be empty), its braces for one of our escapes. */
function leastTagOutput(tag: string): number {
  const braces = ESCAPE_TAG.exec(tag)?.[1];
  return braces === undefined ? 0 : braces.length / ESCAPED_BRACE_JSON.length;
}

/**
 * Bytes of the template as Argo's controller writes it into ARGO_TEMPLATE, at least: Go's
 * `json.Marshal` escapes `<`, `>` and `&` as `\u003c` (six bytes for one), and U+2028 and U+2029
 * as `\u2028` (six for three). The pod gets the template with its tags replaced: a tag counts as
 * what it writes at least, nothing for a value (it may be short), its braces for one of our
 * escapes of user text (`{{` written as a tag). A lower bound refuses only what can never fit.
 */
function leastTemplateEnvBytes(template: ArgoTemplate): number {
  // The text outside tags as it is, each tag as the least it writes (braces only).
  const resolved = JSON.stringify(template).replace(TAG, (tag) => '{'.repeat(leastTagOutput(tag)));
  let bytes = Buffer.byteLength(resolved);
  for (const character of resolved.matchAll(/[<>&\u2028\u2029]/g)) bytes += character[0] === '\u2028' || character[0] === '\u2029' ? 3 : 5;
  return bytes + VARIABLE_OVERHEAD_BYTES;
}

/** The templates Argo runs as a pod, whose containers get ARGO_TEMPLATE. */
function runsAsPod(template: ArgoTemplate): boolean {
  return template.container !== undefined || template.script !== undefined || template.containerSet !== undefined || template.resource !== undefined || template.data !== undefined;
}

/**
 * Before Argo 3.6 the controller gives the containers of a step's pod the whole template as one
 * environment variable, ARGO_TEMPLATE (its JSON). Linux passes at most 128 KiB per `NAME=value`
 * string, so a larger template — a long script, many long literals — makes the pod fail with
 * "argument list too long" as it starts (argoproj/argo-workflows#7586, #12190). Argo 3.6 and
 * later put a larger one in a ConfigMap instead (#12325), so the check is for 3.4 and 3.5 only.
 */
export function templateEnvProblems(step: Step, path: ReadonlyArray<string | number>, template: ArgoTemplate | undefined, argoVersion: ArgoVersion): CoulerError[] {
  if (template === undefined || argoVersionAtLeast(argoVersion, '3.6') || !runsAsPod(template)) return [];
  const bytes = leastTemplateEnvBytes(template);
  if (bytes <= LINUX_MAX_ARG_BYTES) return [];
  return [
    unsupported(
      'process-limits',
      `the template of step "${step.name}" on Argo ${argoVersion}: it is at least ${formatBytes(bytes)} (${bytes} bytes) as the ARGO_TEMPLATE variable its pod's containers get, and Linux passes at most ${formatBytes(LINUX_MAX_ARG_BYTES)} (${LINUX_MAX_ARG_BYTES} bytes) per variable; the pod would fail with "argument list too long"`,
      {
        path,
        stepName: step.name,
        hint: 'Compile for Argo 3.6 or later (argoVersion), which puts a large template in a ConfigMap; or make the template smaller: long text as an input artifact (createLocalArtifact, or raw text) instead of a literal.',
      },
    ),
  ];
}

import type { CoulerError, Step } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion } from '../argo-compile-options';
import type { ArgoTemplate } from './argo-types';
import { LINUX_MAX_ARG_BYTES } from './check-process-limits';
import { formatBytes } from './check-size-limits';
import { unsupported } from './unsupported';

/** `ARGO_TEMPLATE=` and the string's closing NUL. */
const VARIABLE_OVERHEAD_BYTES = 'ARGO_TEMPLATE='.length + 1;
/** Parameter tags (`{{inputs.parameters.x}}`): Argo replaces them before the pod is made. */
const TAG = /\{\{[^{}]*\}\}/g;

/**
 * Bytes of the template as Argo's controller writes it into ARGO_TEMPLATE, at least: Go's
 * `json.Marshal` escapes `<`, `>` and `&` as `\u003c` (six bytes for one), and U+2028 and U+2029
 * as `\u2028` (six for three). Tags count as empty: the values that replace them may be short,
 * and a lower bound refuses only what can never fit.
 */
function leastTemplateEnvBytes(template: ArgoTemplate): number {
  const json = JSON.stringify(template);
  let bytes = Buffer.byteLength(json);
  for (const character of json.matchAll(/[<>&\u2028\u2029]/g)) bytes += character[0] === '\u2028' || character[0] === '\u2029' ? 3 : 5;
  for (const tag of json.matchAll(TAG)) bytes -= Buffer.byteLength(tag[0]);
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

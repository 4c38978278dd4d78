import type { OutputParameter } from '@couler/ir';

/** Where the pod wrapper writes a script step's source before running it. */
export const SCRIPT_PATH = '/tmp/couler-script';
/** Environment variable that carries a script step's source into the pod. */
export const SCRIPT_ENV = 'COULER_SCRIPT';

/** A word for `sh`, quoted so that nothing in it is special. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./=:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface WrapperOptions {
  /** Write `$COULER_SCRIPT` to SCRIPT_PATH first (script steps). */
  readonly script: boolean;
  /** Push `result` and these outputs to XCom through `/airflow/xcom/return.json`. */
  readonly outputs: ReadonlyArray<OutputParameter> | undefined;
}

/**
 * The `sh -c` program a pod runs around the step's own command (its arguments, `"$@"`).
 * KubernetesPodOperator pushes `/airflow/xcom/return.json` to XCom, and Airflow captures no
 * standard output from a pod, so the wrapper tees the output, then writes it (`result`) and each
 * output file as base64 in that JSON: text of any kind survives, and the wrapper needs only
 * `sh`, `tee`, `base64` and `tr`. A failing command fails the pod with its own exit status.
 */
export function podWrapper({ script, outputs }: WrapperOptions): string {
  const lines: string[] = [];
  if (script) lines.push(`printf '%s' "$${SCRIPT_ENV}" > ${SCRIPT_PATH}`);
  if (outputs === undefined) {
    lines.push('exec "$@"');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    '{ "$@"; echo "$?" > /tmp/couler-status; } | tee /tmp/couler-stdout',
    'status="$(cat /tmp/couler-status)"',
    'if [ "$status" -ne 0 ]; then exit "$status"; fi',
    "b64() { printf '%s' \"$1\" | base64 | tr -d '[:space:]'; }",
    'mkdir -p /airflow/xcom',
    'printf \'{"result": "%s"\' "$(b64 "$(cat /tmp/couler-stdout)")" > /airflow/xcom/return.json',
  );
  for (const output of outputs) {
    if (output.path === undefined) continue;
    const path = shellQuote(output.path);
    const missing =
      output.default !== undefined
        ? `value=${shellQuote(output.default)}`
        : `echo ${shellQuote(`couler: output "${output.name}" was not written to ${output.path}`)} >&2; exit 1`;
    lines.push(
      `if [ -f ${path} ]; then value="$(cat ${path})"; else ${missing}; fi`,
      `printf ', "%s": "%s"' ${shellQuote(output.name)} "$(b64 "$value")" >> /airflow/xcom/return.json`,
    );
  }
  lines.push("printf '}' >> /airflow/xcom/return.json");
  return `${lines.join('\n')}\n`;
}

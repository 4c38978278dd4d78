import type { OutputParameter } from '@couler/ir';
import { MAX_ARG_STRLEN } from './process-limits';

/** Where the pod wrapper writes a script step's source before running it. */
export const SCRIPT_PATH = '/tmp/couler-script';
/** Environment variable that carries a script step's source into the pod (its first piece). */
export const SCRIPT_ENV = 'COULER_SCRIPT';

/**
 * The variables that carry one file's text into a pod, in `pieces` pieces: `BASE`, `BASE_2`, …
 * Linux refuses one variable over 128 KiB (see process-limits), so a larger text is cut.
 */
export function carriedEnvNames(base: string, pieces: number): string[] {
  return Array.from({ length: pieces }, (_, index) => (index === 0 ? base : `${base}_${index + 1}`));
}

/**
 * Writes the pieces to `path`, then unsets them: the step's command is started with the rest of
 * the environment only, so the text does not count twice against Linux's limit.
 */
export function carriedFileLines(names: ReadonlyArray<string>, path: string): string[] {
  return [`printf '%s' ${names.map((name) => `"$${name}"`).join(' ')} > ${path}`, `unset ${names.join(' ')}`];
}

/** A word for `sh`, quoted so that nothing in it is special. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./=:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface WrapperOptions {
  /** Pieces of a script step's source in the environment (`COULER_SCRIPT`, `COULER_SCRIPT_2` …), written to SCRIPT_PATH first; 0 for a container step. */
  readonly script: number;
  /** Push `result` and these outputs to XCom through `/airflow/xcom/return.json`. */
  readonly outputs: ReadonlyArray<OutputParameter> | undefined;
  /** Artifacts and large values moved by the pod's `couler-transfer` sidecar. */
  readonly transfer?: WrapperTransfer;
}

/**
 * A file put in place before the command runs: fetched by the sidecar (`env` holds its URL), or
 * inline text carried in the environment (`env` and its pieces, see carriedEnvNames).
 */
export type WrapperInput =
  | { readonly kind: 'fetch'; readonly name: string; readonly env: string; readonly profile: string; readonly path: string; readonly optional: boolean; readonly mode?: number; readonly recurseMode?: boolean }
  | { readonly kind: 'raw'; readonly name: string; readonly env: string; readonly pieces: number; readonly path: string; readonly mode?: number; readonly recurseMode?: boolean }
  /** Cloned by an init container into `directory` of the shared volume (a Git repository). */
  | { readonly kind: 'cloned'; readonly name: string; readonly directory: string; readonly path: string; readonly mode?: number; readonly recurseMode?: boolean }
  /** Carried in XCom: `env` and its pieces hold `file:<base64>` or `dir:<base64 of a .tar.gz>`, empty when the producer wrote none. */
  | { readonly kind: 'xcom'; readonly name: string; readonly env: string; readonly pieces: number; readonly path: string; readonly optional: boolean; readonly mode?: number; readonly recurseMode?: boolean };

/**
 * A file or directory saved after the command succeeded: uploaded by the sidecar to the URL in
 * `env` (`upload`), or packed into the XCom value itself (`xcom`, at most `limit` bytes).
 */
export type WrapperOutput =
  | { readonly kind: 'upload'; readonly name: string; readonly env: string; readonly profile: string; readonly path: string; readonly optional: boolean }
  | { readonly kind: 'xcom'; readonly name: string; readonly path: string; readonly optional: boolean; readonly limit: number };

/** What an artifact carried in XCom starts with: a file's bytes or a directory's gzipped tar archive, in base64. */
export const XCOM_ARTIFACT_KINDS = { file: 'file:', directory: 'dir:' } as const;

export interface WrapperTransfer {
  /** The pod has the sidecar (else it only checks output sizes and carries artifacts in XCom). */
  readonly sidecar: boolean;
  readonly inputs: ReadonlyArray<WrapperInput>;
  readonly outputs: ReadonlyArray<WrapperOutput>;
  /** Replace arguments that are `couler-object:<url>` pointers by the object's text. */
  readonly resolvePointers: boolean;
  /** Outputs larger than `limit` bytes go to `$COULER_VALUES/<name>` (`spill`) or fail the step. */
  readonly values?: { readonly limit: number; readonly spill: boolean; /** The limit is Linux's for a reader's argument, not XCom's. */ readonly argument?: boolean };
}

/** The profile of the artifact store's settings in the sidecar's environment. */
export const STORE_PROFILE = 'STORE';
/** Base URL of the step's own objects: `<store>/<dag_id>/<run_id>/<task_id>[/<map_index>]`. */
export const VALUES_ENV = 'COULER_VALUES';
/** The text before an object URL in an XCom value too large for XCom. */
export const POINTER_PREFIX = 'couler-object:';

/**
 * `couler_transfer OP URL FILE PROFILE`: asks the sidecar to get or put `$d/FILE` and waits for
 * its answer. The request is complete when `ready` exists, so the sidecar never reads half of it;
 * the sidecar marks it `taken` when it starts, so a transfer may take long but a missing sidecar
 * fails the step after `COULER_SIDECAR_TIMEOUT` seconds (600).
 */
/** Sets `$xcom`: the directory KubernetesPodOperator reads `return.json` from (tests move it). */
export const XCOM_DIRECTORY = 'xcom="${COULER_XCOM_DIR:-/airflow/xcom}"';
const TRANSFER_FUNCTION = [
  'd="${COULER_DIR:-/couler}"',
  XCOM_DIRECTORY,
  'mkdir -p "$d/requests"',
  "trap ': > \"$d/exit\"' EXIT",
  // A heartbeat: if this container dies without its EXIT trap (OOM-killed), the sidecar stops too,
  // or the pod would never end and the operator would wait for it.
  '( while [ ! -e "$d/exit" ]; do : > "$d/alive"; sleep 5; done ) > /dev/null 2>&1 &',
  'couler_transfer() {',
  // Counted in a file: a request made inside $( … ) must not reuse a number.
  '  n=$(($(cat "$d/requests/count" 2>/dev/null || echo 0) + 1)); echo "$n" > "$d/requests/count"',
  '  r="$d/requests/$n"',
  '  mkdir -p "$r"',
  "  printf '%s' \"$1\" > \"$r/op\"; printf '%s' \"$2\" > \"$r/url\"; printf '%s' \"$3\" > \"$r/file\"; printf '%s' \"$4\" > \"$r/profile\"",
  '  : > "$r/ready"',
  // A sidecar that never starts (an image that cannot be pulled) must not hang the step forever.
  '  waited=0',
  '  while [ ! -e "$r/done" ] && [ ! -e "$r/failed" ]; do',
  '    if [ ! -e "$r/taken" ] && [ "$waited" -ge "${COULER_SIDECAR_TIMEOUT:-600}" ]; then echo "couler: the couler-transfer sidecar did not take request $n within $waited s; check that its image (the transferImage setting) can be pulled and runs python3" >&2; return 1; fi',
  '    sleep 1; waited=$((waited + 1))',
  '  done',
  '  if [ -e "$r/failed" ]; then echo "couler: $(cat "$r/failed")" >&2; return 1; fi',
  '}',
];

/** Lines that put the inputs in place: fetched into `$d/in/<n>`, then copied to their path. */
function inputLines(inputs: ReadonlyArray<WrapperInput>): string[] {
  const lines: string[] = [];
  inputs.forEach((input, index) => {
    const path = shellQuote(input.path);
    lines.push(`mkdir -p "$(dirname ${path})"`, `rm -rf ${path}`);
    if (input.kind === 'raw') {
      lines.push(...carriedFileLines(carriedEnvNames(input.env, input.pieces), path));
    } else if (input.kind === 'cloned') {
      // -P: a symbolic link of the repository stays a link, as Git checked it out.
      lines.push(`cp -RP "\${COULER_DIR:-/couler}"/${shellQuote(input.directory)} ${path} || exit 1`);
    } else if (input.kind === 'xcom') {
      const names = carriedEnvNames(input.env, input.pieces);
      const missing = `echo ${shellQuote(`couler: input artifact "${input.name}" has no value in XCom (its producer did not write it)`)} >&2; exit 1`;
      lines.push(
        `couler_packed="${names.map((name) => `$${name}`).join('')}"; unset ${names.join(' ')}`,
        'case "$couler_packed" in',
        `  ${XCOM_ARTIFACT_KINDS.file}*) printf '%s' "\${couler_packed#${XCOM_ARTIFACT_KINDS.file}}" | base64 -d > ${path} || exit 1 ;;`,
        `  ${XCOM_ARTIFACT_KINDS.directory}*) mkdir -p ${path} && printf '%s' "\${couler_packed#${XCOM_ARTIFACT_KINDS.directory}}" | base64 -d | tar -xzf - -C ${path} || exit 1 ;;`,
        `  *) ${input.optional ? ':' : missing} ;;`,
        'esac',
        'unset couler_packed',
      );
    } else {
      const missing = `echo ${shellQuote(`couler: input artifact "${input.name}" has no object (its producer did not write it)`)} >&2; exit 1`;
      const fetch = `couler_transfer get "$${input.env}" in/${index} ${input.profile} || exit 1; cp -R "$d/in/${index}" ${path}`;
      lines.push(`if [ -n "$${input.env}" ]; then ${fetch}; else ${input.optional ? ':' : missing}; fi`);
    }
    if (input.mode !== undefined) lines.push(`if [ -e ${path} ]; then chmod ${input.recurseMode ? '-R ' : ''}${input.mode.toString(8)} ${path}; fi`);
  });
  return lines;
}

/** Lines that resolve `couler-object:` arguments, keeping every other argument as it is. */
const POINTER_LINES = [
  'couler_argument=0',
  'for arg do',
  '  shift',
  '  couler_argument=$((couler_argument + 1))',
  '  case "$arg" in',
  `    ${POINTER_PREFIX}*) couler_transfer get "\${arg#${POINTER_PREFIX}}" "arguments/$couler_argument" ${STORE_PROFILE} || exit 1`,
  // Past Linux's limit the command could not start ("Argument list too long"): say which and why.
  '      size=$(($(wc -c < "$d/arguments/$couler_argument")))',
  `      if [ "$size" -ge ${MAX_ARG_STRLEN} ]; then echo "couler: word $couler_argument of the command line is $size bytes once read from object storage; Linux starts no command with an argument of ${MAX_ARG_STRLEN} bytes or more (MAX_ARG_STRLEN). Read the value as an input artifact (a file) instead." >&2; exit 1; fi`,
  '      arg="$(cat "$d/arguments/$couler_argument"; printf x)"; arg="${arg%x}" ;;',
  '  esac',
  '  set -- "$@" "$arg"',
  'done',
];

/** `couler_value NAME TEXT`: the text's base64 for XCom, spilled to the store or refused when too large. */
function valueFunction(values: NonNullable<WrapperTransfer['values']> | undefined): string[] {
  if (values === undefined) return ["couler_value() { b64 \"$2\"; }"];
  const tooLarge = values.spill
    ? [
        '  mkdir -p "$d/values"',
        "  printf '%s' \"$2\" > \"$d/values/$1\"",
        `  couler_transfer put "$${VALUES_ENV}/outputs/$1" "values/$1" ${STORE_PROFILE} >&2 || return 1`,
        `  b64 "${POINTER_PREFIX}$${VALUES_ENV}/outputs/$1"`,
      ]
    : values.argument
      ? [
          `  echo "couler: output $1 is larger than ${values.limit} bytes, and a step reads it into an argument or environment variable: Linux starts no command with one of ${MAX_ARG_STRLEN} bytes or more (MAX_ARG_STRLEN). Pass it as an output artifact (a file) instead." >&2`,
          '  return 1',
        ]
      : [`  echo "couler: output $1 is larger than the ${values.limit} bytes XCom may hold here (it is read by a condition, a map, a loop or a fan-in, which cannot read it back from object storage)" >&2`, '  return 1'];
  return ['couler_value() {', `  if [ "$(printf '%s' "$2" | wc -c)" -le ${values.limit} ]; then b64 "$2"; return; fi`, ...tooLarge, '}'];
}

/**
 * `couler_pack NAME PATH LIMIT`: a file as `file:<base64>`, a directory as `dir:<base64 of its
 * gzipped tar archive>` (tar pads to 10 KiB blocks, and JSON shrinks tenfold), refused past
 * LIMIT bytes with a message naming the `artifactStore` setting.
 */
const PACK_FUNCTION = [
  'couler_pack() {',
  `  if [ -d "$2" ]; then couler_kind=${XCOM_ARTIFACT_KINDS.directory} couler_size=$(tar -czf - -C "$2" . | wc -c); else couler_kind=${XCOM_ARTIFACT_KINDS.file} couler_size=$(wc -c < "$2"); fi`,
  '  if [ "$((couler_size))" -gt "$3" ]; then',
  // No backslash anywhere: the wrapper stays a readable raw block in the DAG file.
  `    couler_as=; [ "$couler_kind" = ${XCOM_ARTIFACT_KINDS.directory} ] && couler_as=' as a gzipped tar archive'`,
  `    echo 'couler: output artifact "'"$1"'" is '"$((couler_size))"' bytes'"$couler_as"'; without an artifact store it travels in XCom, which takes at most '"$3"' bytes of it (the xcomMaxBytes setting). Set the "artifactStore" setting of the airflow backend to move it through object storage.' >&2`,
  '    return 1',
  '  fi',
  '  printf \'%s\' "$couler_kind"',
  '  if [ -d "$2" ]; then tar -czf - -C "$2" . | base64; else base64 < "$2"; fi | tr -d \'[:space:]\'',
  '}',
];

/** Lines that save the output artifacts: uploaded (their URLs pushed as `artifact:<name>`) or packed into XCom. */
function outputLines(outputs: ReadonlyArray<WrapperOutput>, push: boolean): string[] {
  const lines: string[] = outputs.some((output) => output.kind === 'xcom') ? [...PACK_FUNCTION] : [];
  outputs.forEach((output, index) => {
    const path = shellQuote(output.path);
    const key = shellQuote(`artifact:${output.name}`);
    const notWritten = `echo ${shellQuote(`couler: output artifact "${output.name}" was not written to ${output.path}`)} >&2; exit 1`;
    if (output.kind === 'xcom') {
      lines.push(`if [ -e ${path} ]; then packed="$(couler_pack ${shellQuote(output.name)} ${path} ${output.limit})" || exit 1; else ${output.optional ? 'packed=' : notWritten}; fi`);
      if (push) lines.push(`printf ', "%s": "%s"' ${key} "$packed" >> "$xcom/return.json"`);
      return;
    }
    const missing = output.optional ? `${output.env}=` : notWritten;
    lines.push(
      `if [ -e ${path} ]; then mkdir -p "$d/out"; rm -rf "$d/out/${index}"; cp -R ${path} "$d/out/${index}"; couler_transfer put "$${output.env}" out/${index} ${output.profile} || exit 1; else ${missing}; fi`,
    );
    if (push) lines.push(`printf ', "%s": "%s"' ${key} "$(b64 "$${output.env}")" >> "$xcom/return.json"`);
  });
  return lines;
}

/**
 * The `sh -c` program a pod runs around the step's own command (its arguments, `"$@"`).
 * KubernetesPodOperator pushes `/airflow/xcom/return.json` to XCom, and Airflow captures no
 * standard output from a pod, so the wrapper tees the output, then writes it (`result`) and each
 * output file as base64 in that JSON: text of any kind survives, and the wrapper needs only
 * `sh`, `tee`, `base64` and `tr`. A failing command fails the pod with its own exit status.
 */
export function podWrapper({ script, outputs, transfer }: WrapperOptions): string {
  const lines: string[] = [];
  if (transfer?.sidecar) lines.push(...TRANSFER_FUNCTION, ...inputLines(transfer.inputs), ...(transfer.resolvePointers ? POINTER_LINES : []));
  else if (transfer !== undefined) lines.push(XCOM_DIRECTORY, ...inputLines(transfer.inputs));
  if (script > 0) lines.push(...carriedFileLines(carriedEnvNames(SCRIPT_ENV, script), SCRIPT_PATH));
  if (outputs === undefined) {
    if (transfer === undefined) {
      lines.push('exec "$@"');
      return `${lines.join('\n')}\n`;
    }
    // No exec: the EXIT trap must still tell the sidecar to stop.
    lines.push('"$@" || exit "$?"', ...outputLines(transfer.outputs, false));
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    '{ "$@"; echo "$?" > /tmp/couler-status; } | tee /tmp/couler-stdout',
    'status="$(cat /tmp/couler-status)"',
    'if [ "$status" -ne 0 ]; then exit "$status"; fi',
    "b64() { printf '%s' \"$1\" | base64 | tr -d '[:space:]'; }",
  );
  if (transfer === undefined) {
    lines.push('mkdir -p /airflow/xcom', 'printf \'{"result": "%s"\' "$(b64 "$(cat /tmp/couler-stdout)")" > /airflow/xcom/return.json');
  } else {
    lines.push(
      ...valueFunction(transfer.values),
      'mkdir -p "$xcom"',
      'value="$(couler_value result "$(cat /tmp/couler-stdout)")" || exit 1',
      'printf \'{"result": "%s"\' "$value" > "$xcom/return.json"',
    );
  }
  for (const output of outputs) {
    if (output.path === undefined) continue;
    const path = shellQuote(output.path);
    const missing =
      output.default !== undefined
        ? `value=${shellQuote(output.default)}`
        : `echo ${shellQuote(`couler: output "${output.name}" was not written to ${output.path}`)} >&2; exit 1`;
    lines.push(`if [ -f ${path} ]; then value="$(cat ${path})"; else ${missing}; fi`);
    if (transfer === undefined) lines.push(`printf ', "%s": "%s"' ${shellQuote(output.name)} "$(b64 "$value")" >> /airflow/xcom/return.json`);
    else lines.push(`value="$(couler_value ${shellQuote(output.name)} "$value")" || exit 1`, `printf ', "%s": "%s"' ${shellQuote(output.name)} "$value" >> "$xcom/return.json"`);
  }
  if (transfer !== undefined) lines.push(...outputLines(transfer.outputs, true));
  lines.push(`printf '}' >> ${transfer === undefined ? '/airflow/xcom' : '"$xcom"'}/return.json`);
  return `${lines.join('\n')}\n`;
}

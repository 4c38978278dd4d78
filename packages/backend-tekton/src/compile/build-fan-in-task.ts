import type { ResolvedTektonCompileOptions } from '../tekton-compile-options';
import type { ReadKind } from './consumption';
import { dollarParamSpec, escapeVariables } from './escape-variables';
import type { Json, TektonParam } from './tekton-types';
import { DATA_WORKSPACE, resultFunction } from './wrapper-script';

/** The result each iteration of a gathered mapped step writes: its item index. */
export const ITERATION_RESULT = 'couler-iteration';
/** The fan-in task's result holding the JSON list, for values and conditions. */
export const FAN_IN_VALUE_RESULT = 'value';
/** The fan-in task's array result, for a `map` over the list. */
export const FAN_IN_ITEMS_RESULT = 'items';

/** One output of a mapped step that other tasks read as a whole list (a fan-in). */
export interface FanInUnit {
  /** The generated pipeline task, `<step>-<output>-fan-in`. */
  readonly name: string;
  /** The mapped step's pipeline task. */
  readonly producer: string;
  /** The IR output read. */
  readonly output: string;
  /** The mapped task's result holding each iteration's value. */
  readonly producerResult: string;
  /** How the readers use the list: as a value (`value`, `when`) and/or to map over (`array`). */
  readonly kinds: ReadonlySet<ReadKind>;
}

/** A directory of its own (`mktemp -d`), holding one file per value and the sorted order. */
const SCRATCH = '$couler_dir';
/** The list readers get: a value that is JSON embedded as JSON, any other as a string. */
const LIST_FILE = '"$couler_dir/list"';
/** The same values, every one a string: Tekton's array results hold strings only. */
const STRINGS_FILE = '"$couler_dir/strings"';

/**
 * Two JSON lists of the values, in C locale (bytes: UTF-8 passes through unchanged). Reads
 * `<index> <file>` lines, each file a value with a `.` appended (so trailing line breaks survive
 * `getline`). `strings` holds every value as a JSON string: `"` and `\` escaped, control
 * characters as `\n`, `\t`, `\r` or `\u00XX`. `list` holds a value that parses as JSON (after
 * the whitespace JSON allows around it) as that JSON, without its insignificant whitespace, as
 * the local engine and Argo gather outputs (`0.93` is a number, `{"name": "knn"}` an object);
 * any other value as a string. A small recursive-descent reader decides; runs in mawk, gawk and
 * BusyBox awk.
 */
const JSON_LIST_AWK = String.raw`LC_ALL=C awk -v dir="${SCRATCH}" -v list=${LIST_FILE} -v strings=${STRINGS_FILE} '
function skip_space() { while (at <= size && index(" \t\n\r", substr(text, at, 1)) > 0) at++ }
function read_value(   c) {
  skip_space(); c = substr(text, at, 1)
  if (c == "{") return read_container("}")
  if (c == "[") return read_container("]")
  if (c == "\"") return read_string()
  if (substr(text, at, 4) == "true" || substr(text, at, 4) == "null") { json = json substr(text, at, 4); at += 4; return 1 }
  if (substr(text, at, 5) == "false") { json = json "false"; at += 5; return 1 }
  if (match(substr(text, at), /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) { json = json substr(text, at, RLENGTH); at += RLENGTH; return 1 }
  return 0
}
function read_container(closer,   c) {
  json = json substr(text, at, 1); at++; skip_space()
  if (substr(text, at, 1) == closer) { json = json closer; at++; return 1 }
  while (1) {
    if (closer == "}") {
      skip_space(); if (substr(text, at, 1) != "\"" || !read_string()) return 0
      skip_space(); if (substr(text, at, 1) != ":") return 0
      json = json ":"; at++
    }
    if (!read_value()) return 0
    skip_space(); c = substr(text, at, 1); at++
    if (c == closer) { json = json closer; return 1 }
    if (c != ",") return 0
    json = json ","
  }
}
function read_string(   c, e) {
  json = json "\""; at++
  while (at <= size) {
    c = substr(text, at, 1)
    if (c == "\"") { json = json c; at++; return 1 }
    if (c == "\\") {
      e = substr(text, at + 1, 1)
      if (index("\"\\/bfnrt", e) > 0 && e != "") { json = json c e; at += 2; continue }
      if (e == "u" && substr(text, at + 2, 4) ~ /^[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]$/) { json = json substr(text, at, 6); at += 6; continue }
      return 0
    }
    if (index(controls, c) > 0) return 0
    json = json c; at++
  }
  return 0
}
BEGIN {
  for (i = 1; i < 32; i++) { c = sprintf("%c", i); escape[c] = sprintf("\\u%04x", i); controls = controls c }
  escape["\n"] = "\\n"; escape["\t"] = "\\t"; escape["\r"] = "\\r"; escape["\""] = "\\\""; escape["\\"] = "\\\\"
  special = "[\"\\\\" controls "]"
  printf "[" > list; printf "[" > strings
}
{
  file = dir "/" $2; text = ""; count = 0
  while ((getline line < file) > 0) text = text (count++ ? "\n" : "") line
  close(file)
  text = substr(text, 1, length(text) - 1)
  rest = text; out = ""
  while ((found = match(rest, special)) > 0) { out = out substr(rest, 1, found - 1) escape[substr(rest, found, 1)]; rest = substr(rest, found + 1) }
  quoted = "\"" out rest "\""
  at = 1; size = length(text); json = ""
  parsed = read_value(); skip_space()
  printf "%s%s", (NR > 1 ? "," : ""), (parsed && at > size ? json : quoted) > list
  printf "%s%s", (NR > 1 ? "," : ""), quoted > strings
}
END { printf "]" > list; printf "]" > strings }' "${SCRATCH}/order"`;

/**
 * The script of a fan-in task. Tekton hands it every iteration's value (`$(tasks.m.results.o[*])`)
 * then every iteration's index (`…couler-iteration[*]`) as arguments, both in TaskRun-name order;
 * it reads values spilled to the data workspace back, sorts by index and writes one JSON list of
 * strings to its results.
 */
export function fanInScript(unit: FanInUnit, results: ReadonlyArray<{ name: string; share: number; spill: boolean }>, usesData: boolean): string {
  const lines = [
    '#!/bin/sh',
    `# Generated by Couler: output "${unit.output}" of every iteration of "${unit.producer}" as one JSON list, in item order.`,
    'set -e',
    'couler_count=$(($# / 2))',
    `if [ $((couler_count * 2)) -ne $# ]; then echo "couler: Tekton passed a different number of values and iteration numbers of ${unit.producer} ($#)" >&2; exit 1; fi`,
    'couler_dir=`mktemp -d`',
    'couler_i=0',
    'while [ "$couler_i" -lt "$couler_count" ]; do',
    ...(usesData
      ? ['  case "$1" in', `    couler-file:*) cat "$(workspaces.${DATA_WORKSPACE}.path)/\${1#couler-file:}" > "${SCRATCH}/$couler_i" ;;`, `    *) printf '%s' "$1" > "${SCRATCH}/$couler_i" ;;`, '  esac']
      : [`  printf '%s' "$1" > "${SCRATCH}/$couler_i"`]),
    `  printf . >> "${SCRATCH}/$couler_i"`,
    '  shift',
    '  couler_i=$((couler_i + 1))',
    'done',
    'couler_i=0',
    'for couler_key do',
    `  case "$couler_key" in ''|*[!0-9]*) couler_key=$couler_i ;; esac`,
    '  echo "$couler_key $couler_i"',
    '  couler_i=$((couler_i + 1))',
    `done | sort -n -k 1,1 > "${SCRATCH}/order"`,
    JSON_LIST_AWK,
    ...resultFunction(unit.name),
    ...results.map((result) => `couler_result ${result.name === FAN_IN_ITEMS_RESULT ? STRINGS_FILE : LIST_FILE} "$(results.${result.name}.path)" ${result.share} ${result.name} '' '' ${result.spill ? 'spill' : 'fail'}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The task that turns a matrix's results back into what a Couler reader of a mapped step's output
 * expects: the JSON list of every iteration's value in item order (`value`), and that list as an
 * array result to map over (`items`). It runs in `helperImage` (`/bin/sh`, `sort`, `awk`).
 */
export function buildFanInTask(unit: FanInUnit, options: ResolvedTektonCompileOptions): { taskSpec: Json; params: TektonParam[]; usesData: boolean } {
  const usesData = options.largeResults === 'workspace';
  const wanted = [
    ...(unit.kinds.has('value') || unit.kinds.has('when') ? [{ name: FAN_IN_VALUE_RESULT, type: 'string' as const, spill: usesData && !unit.kinds.has('when') }] : []),
    ...(unit.kinds.has('array') ? [{ name: FAN_IN_ITEMS_RESULT, type: 'array' as const, spill: false }] : []),
  ];
  const results = wanted.map((result) => ({ ...result, share: Math.floor(options.resultLimitBytes / wanted.length / 2) }));
  const image = escapeVariables(options.helperImage);
  const taskSpec: Json = {
    description: `Gathers output "${unit.output}" of every iteration of "${unit.producer}" into one list, in item order.`,
    params: [
      ...(image !== options.helperImage ? [dollarParamSpec()] : []),
      { name: 'values', type: 'array' },
      { name: 'iterations', type: 'array' },
    ],
    results: results.map((result) => ({ name: result.name, type: result.type })),
    ...(usesData && { workspaces: [{ name: DATA_WORKSPACE }] }),
    steps: [
      {
        name: 'gather',
        image,
        args: ['$(params.values[*])', '$(params.iterations[*])'],
        script: fanInScript(unit, results, usesData),
      },
    ],
  };
  const params: TektonParam[] = [
    { name: 'values', value: `$(tasks.${unit.producer}.results.${unit.producerResult}[*])` },
    { name: 'iterations', value: `$(tasks.${unit.producer}.results.${ITERATION_RESULT}[*])` },
  ];
  return { taskSpec, params, usesData };
}

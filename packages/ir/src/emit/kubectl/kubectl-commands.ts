import type { ResourceStep } from '../../schema/index';
import type { JobManifestTemplate } from './kubeflow-job-manifest';

/**
 * Quotes one word for POSIX sh. Each backend brings its own: the text it emits may be read by
 * the engine before the shell (Tekton substitutes `$(…)`, Airflow renders Jinja), and it
 * escapes for that reader too.
 */
export type ShellQuote = (word: string) => string;

/** Where a kubectl step writes the manifest of a Kubeflow job it creates. */
export const JOB_MANIFEST_FILE = '/tmp/couler-manifest.json';
/** Where a kubectl step writes the manifest of a resource step. */
export const RESOURCE_MANIFEST_FILE = '/tmp/couler-manifest.yaml';
/** Where the outputs read from the created object (`jsonPath`) are written, one file each. */
export const OBJECT_OUTPUTS_DIRECTORY = '/tmp/couler-object-outputs';

/** One output read from the created object: kubectl's JSONPath, and the file it goes to. */
export interface ObjectQuery {
  readonly jsonPath: string;
  readonly file: string;
}

/** The file of the `index`-th object query of a step. */
export const objectQueryFile = (index: number): string => `${OBJECT_OUTPUTS_DIRECTORY}/${index}`;

/**
 * `couler_wait_job OBJECT`: waits for a Kubeflow job's `Succeeded` or `Failed` condition,
 * polling every 10 s; returns 1 (with a message) when the job failed.
 */
export const WAIT_JOB_FUNCTION = `couler_wait_job() {
  echo "created $1"
  while true; do
    if [ "\`kubectl get "$1" -o jsonpath='{.status.conditions[?(@.type=="Succeeded")].status}'\`" = True ]; then return 0; fi
    if [ "\`kubectl get "$1" -o jsonpath='{.status.conditions[?(@.type=="Failed")].status}'\`" = True ]; then echo "$1 failed" >&2; return 1; fi
    sleep 10
  done
}
`;

/**
 * `couler_json TEXT` prints its argument as the inside of a JSON string: `"` and `\` escaped,
 * line breaks and tabs as `\n` and `\t`, other control characters as `\u00XX`, every other byte
 * as it is (UTF-8 passes through). Plain POSIX sh, one byte at a time in C locale: kubectl
 * images carry a shell and little else (no awk, no jq), and job arguments are short.
 */
export const JSON_STRING_FUNCTION = `${[
  'couler_json() (',
  '  LC_ALL=C',
  '  couler_rest=$1 couler_out=',
  "  couler_newline='",
  "'",
  "  couler_tab=`printf '\\t'`",
  '  while [ -n "$couler_rest" ]; do',
  '    couler_tail=${couler_rest#?}',
  '    couler_char=${couler_rest%"$couler_tail"}',
  '    couler_rest=$couler_tail',
  '    case $couler_char in',
  `      '"' | '\\') couler_out=$couler_out\\\\$couler_char ;;`,
  '      "$couler_newline") couler_out=$couler_out\\\\n ;;',
  '      "$couler_tab") couler_out=$couler_out\\\\t ;;',
  `      [[:cntrl:]]) couler_hex=\`printf %02x "'$couler_char"\`; couler_out=$couler_out\\\\u00$couler_hex ;;`,
  '      *) couler_out=$couler_out$couler_char ;;',
  '    esac',
  '  done',
  `  printf '%s' "$couler_out"`,
  ')',
].join('\n')}\n`;

/**
 * The command writing a job manifest whose arguments hold run-time values to JOB_MANIFEST_FILE:
 * the JSON around them quoted, each value (`words[i]`, a shell word) through `couler_json`.
 */
export function writeJobManifestCommand(template: JobManifestTemplate, words: ReadonlyArray<string>, quote: ShellQuote): string {
  const parts: string[] = [];
  template.pieces.forEach((piece, index) => {
    if (piece) parts.push(`printf '%s' ${quote(piece)}`);
    if (index < words.length) parts.push(`couler_json ${words[index]!}`);
  });
  return `{ ${parts.join('; ')}; } > ${JOB_MANIFEST_FILE}`;
}

/** Commands writing each object output to its file, after the object's command succeeded (`&& …`, or nothing). */
export function objectQueryCommands(queries: ReadonlyArray<ObjectQuery>, quote: ShellQuote): string {
  if (queries.length === 0) return '';
  return ` && mkdir -p ${OBJECT_OUTPUTS_DIRECTORY}${queries.map((query) => ` && kubectl get "$couler_object" -o jsonpath=${quote(query.jsonPath)} > ${query.file}`).join('')}`;
}

/**
 * The command of a job step once its manifest is written: create the job, keep its name in
 * `$couler_object`, wait for it (`couler_wait_job`), then read the object's outputs.
 */
export function createJobCommand(queries: ReadonlyArray<ObjectQuery>, quote: ShellQuote): string {
  return `couler_object=\`kubectl create -f ${JOB_MANIFEST_FILE} -o name\` && couler_wait_job "$couler_object"${objectQueryCommands(queries, quote)}`;
}

/**
 * The command of a resource step once its manifest is in RESOURCE_MANIFEST_FILE: kubectl with
 * the step's action; with conditions or outputs, the object's name kept in `$couler_object`,
 * then `couler_wait_conditions` (see `waitConditionsScript`) and the object's outputs.
 */
export function resourceCommand(resource: ResourceStep['resource'], waits: boolean, queries: ReadonlyArray<ObjectQuery>, quote: ShellQuote): string {
  const file = RESOURCE_MANIFEST_FILE;
  const verb = resource.action === 'patch' ? `patch --type ${resource.mergeStrategy ?? 'strategic'} --patch-file ${file} -f ${file}` : `${resource.action} -f ${file}`;
  if (!waits && queries.length === 0) return `kubectl ${verb}`;
  return `couler_object=\`kubectl ${verb} -o name\`${waits ? ' && couler_wait_conditions' : ''}${objectQueryCommands(queries, quote)}`;
}

import { createJobCommand, JSON_STRING_FUNCTION, RESOURCE_MANIFEST_FILE, resourceCommand, WAIT_JOB_FUNCTION, writeJobManifestCommand, type JobManifestTemplate, type ObjectQuery, type ResourceStep } from '@couler/ir';
import { carriedEnvNames, carriedFileLines, shellQuote, XCOM_DIRECTORY } from './pod-wrapper';

/** Environment variable that carries a resource step's manifest into the pod (its first piece). */
export const MANIFEST_ENV = 'COULER_MANIFEST';

/** An output read from the created object, and the XCom key it is pushed under. */
export interface PushedQuery extends ObjectQuery {
  readonly name: string;
}

export type KubectlWrapperOptions =
  /** A Kubeflow job: its manifest with holes for the run-time values, which are `$1`, `$2` … of the wrapper. */
  | { readonly kind: 'job'; readonly template: JobManifestTemplate; readonly queries: ReadonlyArray<PushedQuery> }
  /** A resource step: its manifest carried in `pieces` variables, the shell functions waiting for its conditions. */
  | { readonly kind: 'resource'; readonly resource: ResourceStep['resource']; readonly pieces: number; readonly waitScript: string | undefined; readonly queries: ReadonlyArray<PushedQuery> };

/**
 * The `sh -c` program of a job or resource step's pod (an image with `kubectl`): writes the
 * manifest, creates the object, waits for it as Argo's resource template does (a job's
 * `Succeeded` or `Failed` condition; a resource's success and failure conditions, or nothing),
 * then pushes each output read from the object (`jsonPath`) to XCom as base64 in
 * `/airflow/xcom/return.json`, as the pod wrapper pushes a container's outputs. Run-time values
 * come in as arguments, never as shell text: Airflow renders them into `arguments`, and
 * `couler_json` escapes them into the manifest's JSON strings.
 */
export function kubectlWrapper(options: KubectlWrapperOptions): string {
  const lines: string[] = [];
  let command: string;
  if (options.kind === 'job') {
    const { template } = options;
    lines.push(WAIT_JOB_FUNCTION.trimEnd());
    if (template.values.length > 0) lines.push(JSON_STRING_FUNCTION.trimEnd());
    // ${10}, not $10 (which is $1 then 0).
    lines.push(`${writeJobManifestCommand(template, template.values.map((_, index) => `"\${${index + 1}}"`), shellQuote)} || exit 1`);
    command = createJobCommand(options.queries, shellQuote);
  } else {
    if (options.waitScript !== undefined) lines.push(options.waitScript.trimEnd());
    lines.push(...carriedFileLines(carriedEnvNames(MANIFEST_ENV, options.pieces), RESOURCE_MANIFEST_FILE));
    command = resourceCommand(options.resource, options.waitScript !== undefined, options.queries, shellQuote);
  }
  lines.push(`${command} || exit 1`);
  if (options.queries.length > 0) {
    lines.push(XCOM_DIRECTORY, 'mkdir -p "$xcom"', "b64() { printf '%s' \"$1\" | base64 | tr -d '[:space:]'; }", '{');
    options.queries.forEach((query, index) => {
      lines.push(`  printf '${index === 0 ? '{' : ', '}"%s": "%s"' ${shellQuote(query.name)} "$(b64 "$(cat ${query.file})")"`);
    });
    lines.push("  printf '}'", '} > "$xcom/return.json"');
  }
  return `${lines.join('\n')}\n`;
}

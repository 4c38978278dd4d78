import type { Step } from '@couler/ir';
import { MAX_ARG_STRLEN, MAX_POD_PROCESS_BYTES, utf8Bytes } from './process-limits';
import type { Segment } from './render-value';
import type { UnsupportedCollector } from './unsupported';

/** What a pod's `base` container is started with, as far as the compiler knows it. */
export interface PodProcessText {
  /** The words before the step's arguments: its command, or `sh -c <wrapper> couler` and the command. */
  readonly command: ReadonlyArray<string>;
  /** The step's arguments (references count as nothing: their values are only known at run time). */
  readonly args: ReadonlyArray<ReadonlyArray<Segment>>;
  readonly env: ReadonlyArray<readonly [string, ReadonlyArray<Segment>]>;
  /** Bytes of the files carried in the environment (script source, raw artifacts), in pieces under the limit. */
  readonly carriedBytes: number;
  readonly carriedPieces: number;
}

const knownBytes = (segments: ReadonlyArray<Segment>) => segments.reduce((sum, segment) => sum + (segment.kind === 'text' ? utf8Bytes(segment.text) : 0), 0);

const HINT = 'Pass large text as a file: an input artifact with "raw" text or a script step\'s source (both carried into the pod in pieces), or an artifact through the artifact store.';

/**
 * Refuses a pod step that Linux could not start: an argument or an environment variable of
 * MAX_ARG_STRLEN bytes or more, or more than MAX_POD_PROCESS_BYTES in all. Without this the pod
 * fails with "Argument list too long" before the step's command runs.
 */
export function checkProcessSize(step: Step, text: PodProcessText, unsupported: UnsupportedCollector): void {
  const tooLong = (what: string, bytes: number, path: ReadonlyArray<string | number>) =>
    unsupported.add(['steps', step.name, ...path], `${what} of step "${step.name}" is ${bytes} bytes; Linux starts no process with one argument or environment variable of ${MAX_ARG_STRLEN} bytes or more (MAX_ARG_STRLEN, "Argument list too long"), so the pod would never run the command.`, {
      stepName: step.name,
      hint: HINT,
    });
  let total = 0;
  // execve counts each string with its NUL, and a pointer to it.
  const count = (bytes: number) => (total += bytes + 1 + 8);
  text.command.forEach((word, index) => {
    const bytes = utf8Bytes(word);
    count(bytes);
    if (bytes + 1 > MAX_ARG_STRLEN) tooLong(`Command word ${index}`, bytes, [step.kind, 'command']);
  });
  text.args.forEach((segments, index) => {
    const bytes = knownBytes(segments);
    count(bytes);
    if (bytes + 1 > MAX_ARG_STRLEN) tooLong(`Argument ${index}`, bytes, [step.kind, 'args', index]);
  });
  for (const [name, segments] of text.env) {
    const bytes = utf8Bytes(`${name}=`) + knownBytes(segments);
    count(bytes);
    if (bytes + 1 > MAX_ARG_STRLEN) tooLong(`Environment variable "${name}"`, bytes, ['env', name]);
  }
  total += text.carriedBytes + text.carriedPieces * (32 + 1 + 8);
  if (total > MAX_POD_PROCESS_BYTES) {
    unsupported.add(
      ['steps', step.name],
      `Step "${step.name}" starts its pod with ${total} bytes of arguments, environment and carried files known when compiling, more than the ${MAX_POD_PROCESS_BYTES} bytes the airflow backend allows: Linux starts a process with about 2 MiB of arguments and environment in all, Kubernetes adds variables of its own, and the Kubernetes API accepts a Pod of at most about 1.5 MiB.`,
      { stepName: step.name, hint: 'Put large scripts in the image or in a ConfigMap mounted as a volume, and pass large data as artifacts through the artifact store (the airflow backend\'s "artifactStore" setting): without one, each input artifact of another step travels in the pod\'s environment and counts as xcomMaxBytes.' },
    );
  }
}

import { isConcat, type CoulerError, type EnvVar, type Step, type Value, type Workflow } from '@couler/ir';
import { formatBytes } from './check-size-limits';
import { unsupported } from './unsupported';

/**
 * Linux caps one argument or environment string (`NAME=value`), its closing NUL included, at
 * 32 pages: 128 KiB (`MAX_ARG_STRLEN`). A longer one makes `execve` fail with E2BIG, which the
 * pod reports as `argument list too long` when its container starts. (All of them together are
 * capped at a quarter of the stack limit, about 2 MiB; a Workflow object holds at most 1 MiB,
 * so no file Couler writes reaches that with literal text.)
 */
export const LINUX_MAX_ARG_BYTES = 128 * 1024;

/**
 * The least number of bytes a value has when the process starts: its literal text, and for a
 * workflow parameter its default (the value it has unless the run overrides it). Other
 * references are known only at run time and count as empty.
 */
function leastBytes(value: Value, workflow: Workflow): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  const parts = isConcat(value) ? value.concat : [value];
  let total = 0;
  for (const part of parts) {
    if (typeof part === 'string') total += Buffer.byteLength(part);
    else if (part.ref === 'parameter') {
      const fallback = workflow.spec.parameters?.find((parameter) => parameter.name === part.name)?.default;
      if (fallback !== undefined) total += Buffer.byteLength(String(fallback));
    }
  }
  return total;
}

interface ProcessStrings {
  /** Where the strings are, under the step. */
  readonly at: ReadonlyArray<string | number>;
  readonly command?: ReadonlyArray<string>;
  readonly args?: ReadonlyArray<Value>;
}

/** The command lines a step's containers start with, where Argo passes them as argv. */
function commandLines(step: Step): ProcessStrings[] {
  switch (step.kind) {
    case 'container':
      return [{ at: ['container'], ...step.container }];
    case 'script':
      // The source is not an argument: Argo's executor writes it to a file the command reads.
      return [{ at: ['script'], command: step.script.command, ...(step.script.args && { args: step.script.args }) }];
    case 'containerSet':
      return step.containerSet.containers.map((container, index) => ({ at: ['containerSet', 'containers', index], ...container }));
    case 'job':
      return [
        { at: ['job'], ...step.job },
        ...Object.entries(step.job.replicas).map(([role, replica]) => ({ at: ['job', 'replicas', role], ...replica })),
      ];
    default:
      return [];
  }
}

/**
 * Arguments and env values too long for one process to receive: a pod that could never start.
 * Each problem names the step, the path and the size against the limit.
 */
export function processLimitProblems(step: Step, path: ReadonlyArray<string | number>, workflow: Workflow): CoulerError[] {
  const problems: CoulerError[] = [];
  // Called only for a string over the limit: the checks run for every argument of every step,
  // so the path and the wording are built when there is something to report.
  const report = (bytes: number, what: string, at: ReadonlyArray<string | number>) => {
    problems.push(
      unsupported('process-limits', `${what} of step "${step.name}": it is ${formatBytes(bytes)} (${bytes} bytes) when the container starts, and Linux passes at most ${formatBytes(LINUX_MAX_ARG_BYTES)} (${LINUX_MAX_ARG_BYTES} bytes) per argument or variable; the pod would fail with "argument list too long"`, {
        path: [...path, ...at],
        stepName: step.name,
        hint: 'Pass it as a file instead: an input artifact (createLocalArtifact, or raw text), or a script step, whose source Argo writes to a file.',
      }),
    );
  };
  const lines = commandLines(step);
  for (const line of lines) {
    const command = line.command ?? [];
    for (let index = 0; index < command.length; index++) {
      const bytes = Buffer.byteLength(command[index]!) + 1;
      if (bytes > LINUX_MAX_ARG_BYTES) report(bytes, `command part ${index + 1}`, [...line.at, 'command', index]);
    }
    const args = line.args ?? [];
    for (let index = 0; index < args.length; index++) {
      const bytes = leastBytes(args[index]!, workflow) + 1;
      if (bytes > LINUX_MAX_ARG_BYTES) report(bytes, `argument ${index + 1}`, [...line.at, 'args', index]);
    }
  }
  if (lines.length > 0) {
    for (const variable of step.env ?? ([] as EnvVar[])) {
      if (variable.value === undefined) continue;
      // The process sees `NAME=value` and a NUL.
      const bytes = Buffer.byteLength(variable.name) + 1 + leastBytes(variable.value, workflow) + 1;
      if (bytes > LINUX_MAX_ARG_BYTES) report(bytes, `env variable "${variable.name}"`, ['env', variable.name, 'value']);
    }
  }
  return problems;
}

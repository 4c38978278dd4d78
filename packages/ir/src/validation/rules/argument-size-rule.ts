import { isConcat, type Value } from '../../schema/value';
import type { Step } from '../../schema/step';
import type { ValidationContext } from '../validation-context';

/**
 * Linux's `MAX_ARG_STRLEN`: 32 pages of 4 KiB. No single argument, and no single `NAME=value`
 * environment variable, may be longer, counting the NUL that ends it; `execve` fails with
 * E2BIG ("Argument list too long") otherwise, on every engine, since every engine starts
 * Linux processes. Unlike the total (about 2 MiB, a quarter of the stack limit, which depends
 * on the machine), this one is fixed in the kernel.
 */
export const MAX_ARGUMENT_BYTES = 131072;

/** The UTF-8 size of a string, as the kernel counts it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** `204,800 bytes (200 KiB)`: exact for the reader who compares, rounded for the one who skims. */
export function describeBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes (${Math.round(bytes / 1024).toLocaleString('en-US')} KiB)`;
}

/** The least size a value has when the process gets it: its literal text (a reference adds to it). */
function literalBytes(value: Value | undefined): number {
  // Three bytes at most per UTF-16 unit: short strings need no count.
  const count = (text: string) => (text.length * 3 < MAX_ARGUMENT_BYTES ? text.length : utf8Bytes(text));
  if (value === undefined) return 0;
  if (typeof value === 'string') return count(value);
  if (isConcat(value)) return value.concat.reduce((sum, part) => sum + (typeof part === 'string' ? count(part) : 0), 0);
  return 0;
}

type Path = ReadonlyArray<string | number>;
interface ProcessStrings {
  readonly command?: ReadonlyArray<string>;
  readonly args?: ReadonlyArray<Value>;
}

const HINT = 'Pass it in a file instead: an input artifact with `raw` text (or a script\'s source), and give the process the file\'s path.';
const CONTAINER: Path = ['container'];
const SCRIPT: Path = ['script'];
const JOB: Path = ['job'];

function reportTooLong(context: ValidationContext, step: Step, what: string, at: Path, bytes: number): void {
  context.report(
    'ARGUMENT_TOO_LONG',
    `${what} of step "${step.name}" is ${describeBytes(bytes)}; Linux lets a process receive at most ${describeBytes(MAX_ARGUMENT_BYTES)} in one argument or variable, its final NUL included.`,
    { path: at, stepIds: [step.name], hint: HINT },
  );
}

/** The command and arguments of one process a step starts; `within` is their field's path in the step. */
function checkCommandLine(context: ValidationContext, step: Step, stepPath: Path, line: ProcessStrings, within: Path): void {
  for (const field of ['command', 'args'] as const) {
    const values: ReadonlyArray<Value> | undefined = line[field];
    if (values === undefined) continue;
    for (let index = 0; index < values.length; index++) {
      const bytes = literalBytes(values[index]) + 1;
      if (bytes > MAX_ARGUMENT_BYTES) reportTooLong(context, step, `${field === 'command' ? 'Command part' : 'Argument'} ${index + 1}`, [...stepPath, ...within, field, index], bytes);
    }
  }
}

/**
 * No literal argument or environment variable of a step is larger than `MAX_ARGUMENT_BYTES`:
 * the process could never start. A value only known at run time (a reference) is checked by
 * the engine that resolves it; here a concat's literal text alone is already the least it holds.
 */
export function argumentSizeRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    switch (step.kind) {
      case 'container':
        checkCommandLine(context, step, path, step.container, CONTAINER);
        break;
      case 'script':
        checkCommandLine(context, step, path, step.script, SCRIPT);
        break;
      case 'job':
        checkCommandLine(context, step, path, step.job, JOB);
        for (const role of Object.keys(step.job.replicas)) checkCommandLine(context, step, path, step.job.replicas[role]!, ['job', 'replicas', role]);
        break;
      case 'containerSet':
        for (const container of step.containerSet.containers) checkCommandLine(context, step, path, container, ['containerSet', 'containers', container.name]);
        break;
      default:
        // Steps that start no process of their own (http, resource, suspend …) have nothing to pass.
        continue;
    }
    for (const variable of step.env ?? []) {
      // The kernel counts `NAME=value` and its NUL.
      const bytes = utf8Bytes(variable.name) + 1 + literalBytes(variable.value) + 1;
      if (bytes > MAX_ARGUMENT_BYTES) reportTooLong(context, step, `Environment variable "${variable.name}"`, [...path, 'env', variable.name, 'value'], bytes);
    }
  }
}

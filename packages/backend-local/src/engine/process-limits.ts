import { readFileSync } from 'node:fs';
import { describeBytes, MAX_ARGUMENT_BYTES, refsOfValue, utf8Bytes, type Value } from '@couler/ir';
import { describeRef, ResolveError } from './resolve-value';

/** Linux's cap on all arguments and variables together when the stack has no limit: 3/4 of 8 MiB. */
const UNLIMITED_STACK_ARGUMENT_BYTES = 6 * 1024 * 1024;
/** What `execve` counts for each argument and variable besides its text: the pointer to it. */
const POINTER_BYTES = 8;

/**
 * How many bytes of arguments and environment a process started here may receive, all
 * together: a quarter of the stack limit (`ulimit -s`, 8 MiB → 2 MiB), at most 6 MiB, as
 * Linux computes `ARG_MAX`. Undefined off Linux, where the engine leaves the count to `spawn`.
 */
export function totalArgumentBytes(limits: () => string = () => readFileSync('/proc/self/limits', 'utf8')): number | undefined {
  if (process.platform !== 'linux') return undefined;
  let text: string;
  try {
    text = limits();
  } catch {
    return 2 * 1024 * 1024;
  }
  const soft = /^Max stack size\s+(\S+)/m.exec(text)?.[1];
  if (soft === undefined) return 2 * 1024 * 1024;
  if (soft === 'unlimited') return UNLIMITED_STACK_ARGUMENT_BYTES;
  return Math.min(Math.floor(Number(soft) / 4), UNLIMITED_STACK_ARGUMENT_BYTES);
}

let machineTotal: { readonly bytes: number | undefined } | undefined;

/** `totalArgumentBytes()` of this process, read once: the stack limit does not change under a running engine. */
function machineArgumentBytes(): number | undefined {
  machineTotal ??= { bytes: totalArgumentBytes() };
  return machineTotal.bytes;
}

/** What `execve` counts for one argument or variable: its bytes, its NUL, its pointer. */
function countedBytes(text: string): number {
  return (text.length * 3 < MAX_ARGUMENT_BYTES ? text.length : utf8Bytes(text)) + 1 + POINTER_BYTES;
}

const environmentSizes = new WeakMap<object, { readonly total: number; readonly of: ReadonlyMap<string, number> } | null>();

/**
 * What the variables of an environment count towards a process's limit, all together and one by
 * one, remembered per environment object: every step of a run starts from the same one, and
 * only its own variables need counting. Null when one of them could not be passed at all (a
 * NUL, over 128 KiB): then each step checks them all, and says which.
 */
export function environmentBytes(env: Readonly<Record<string, string>>): { readonly total: number; readonly of: ReadonlyMap<string, number> } | null {
  let known = environmentSizes.get(env);
  if (known === undefined) {
    const of = new Map<string, number>();
    let total = 0;
    for (const [name, value] of Object.entries(env)) {
      const text = `${name}=${value}`;
      const bytes = countedBytes(text);
      if (text.includes('\0') || bytes - POINTER_BYTES > MAX_ARGUMENT_BYTES) {
        total = -1;
        break;
      }
      of.set(name, bytes);
      total += bytes;
    }
    known = total < 0 ? null : { total, of };
    environmentSizes.set(env, known);
  }
  return known;
}

/** One argument or variable as the process gets it, and how a message names it. */
export interface ProcessString {
  /** `Argument 2`, `Environment variable "BLOB"`. */
  readonly what: string;
  /** The text the kernel copies: the argument, or `NAME=value`. */
  readonly text: string;
  /** The IR value it came from, to say which reference made it large. */
  readonly value?: Value;
}

function origin(value: Value | undefined): string {
  const refs = refsOfValue(value);
  return refs.length === 0 ? '' : ` (from ${refs.map(describeRef).join(', ')})`;
}

/**
 * Fails a step before its process starts when the process could not receive what it is given:
 * a NUL character in an argument or variable (`spawn` refuses it), one argument or variable
 * over 128 KiB, or all of them over the machine's total. The message names the argument, the
 * reference it came from, its size and the limit, where `spawn` would only say `E2BIG`.
 *
 * @throws ResolveError naming the first argument or variable that does not fit.
 */
export function assertProcessFits(stepName: string, strings: ReadonlyArray<ProcessString>, total = machineArgumentBytes(), counted = 0): void {
  const hint = 'Pass large values in a file instead: an output artifact of the producing step, read as an input artifact, and give the process its path.';
  let sum = counted;
  for (const { what, text, value } of strings) {
    if (text.includes('\0')) {
      throw new ResolveError(`${what} of step "${stepName}"${origin(value)} holds a NUL character (\\0) at position ${text.indexOf('\0')}, which no process can receive. Remove it, or pass binary data in a file.`);
    }
    const bytes = countedBytes(text) - POINTER_BYTES;
    if (bytes > MAX_ARGUMENT_BYTES) {
      throw new ResolveError(
        `${what} of step "${stepName}"${origin(value)} is ${describeBytes(bytes)}; Linux lets a process receive at most ${describeBytes(MAX_ARGUMENT_BYTES)} in one argument or variable, its final NUL included. ${hint}`,
      );
    }
    sum += bytes + POINTER_BYTES;
  }
  if (total !== undefined && sum > total) {
    throw new ResolveError(
      `The arguments and environment of step "${stepName}" are ${describeBytes(sum)} together; a process on this machine may receive at most ${describeBytes(total)} (a quarter of the stack limit). ${hint}`,
    );
  }
}

import { isConcat, type Value } from '@couler/ir';
import type { Json } from './tekton-types';
import { unsupported } from './unsupported';

/**
 * Linux's `MAX_ARG_STRLEN`: one argument, or one `NAME=value` environment string, with its
 * terminating NUL; `execve` fails with E2BIG ("Argument list too long") past it.
 */
export const LINUX_MAX_ARG_BYTES = 128 * 1024;

/** All arguments and environment strings of one process: `ARG_MAX`, a quarter of the 8 MiB stack. */
export const LINUX_MAX_ARGS_TOTAL_BYTES = 2 * 1024 * 1024;

/**
 * Tekton places every `script` of a task with one `sh -c` argument of its `place-scripts` init
 * container, each script base64-encoded inside a here-document (`pkg/pod/script.go`): the
 * encoded script plus this much shell around it must fit in one argument.
 */
const PLACE_SCRIPT_OVERHEAD_BYTES = 256;

/** Bytes of environment chunks carrying a large source (a multiple of 4: whole base64 quads). */
export const SOURCE_CHUNK_BYTES = 120 * 1024;

function base64Bytes(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** Whether a `script` of this text fits the place-scripts argument, with `reserve` bytes of script to spare. */
export function fitsScriptArgument(script: string, reserve = 0): boolean {
  return base64Bytes(Buffer.byteLength(script) + reserve) + PLACE_SCRIPT_OVERHEAD_BYTES < LINUX_MAX_ARG_BYTES;
}

/** A source as base64 in environment chunks, each well under one environment string. */
export function sourceChunks(text: string): string[] {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  const chunks: string[] = [];
  for (let at = 0; at < encoded.length; at += SOURCE_CHUNK_BYTES) chunks.push(encoded.slice(at, at + SOURCE_CHUNK_BYTES));
  return chunks;
}

/** The bytes a value takes at least at run time: its literal text (references are unknown here). */
function literalBytes(value: Value | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value);
  return isConcat(value) ? value.concat.reduce((total: number, part) => total + (typeof part === 'string' ? Buffer.byteLength(part) : 0), 0) : 0;
}

function kib(bytes: number): string {
  return bytes >= 10 * 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

export interface ProcessStrings {
  /** The step's own arguments (command words and args), with their IR paths. */
  readonly argv: ReadonlyArray<{ value: Value | undefined; path: ReadonlyArray<string | number> }>;
  /** Its literal environment, `NAME=value`. */
  readonly env: ReadonlyArray<{ name: string; value: Value | undefined; path: ReadonlyArray<string | number> }>;
}

/**
 * What the step's process receives must fit what Linux passes to a process: each argument and
 * each environment string under 128 KiB, all of them under about 2 MiB; and a Tekton `script`
 * must fit the one init-container argument Tekton places it with.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` with the size, the limit, the step and the path.
 */
export function checkProcessLimits(strings: ProcessStrings, tektonStep: Json, where: { stepName: string; path: ReadonlyArray<string | number> }): void {
  const refuse = (what: string, bytes: number, limit: number, path: ReadonlyArray<string | number>, hint: string) =>
    unsupported('process.size', `${what} of ${kib(bytes)}: Linux passes at most ${kib(limit)} ${limit === LINUX_MAX_ARG_BYTES ? 'in one argument or environment variable' : 'in all arguments and environment variables of a process'} (the pod would fail with "Argument list too long")`, { path, stepName: where.stepName, hint });
  const FILE_HINT = 'Pass large text as a file: an input artifact (raw text or another step\'s output), or a script source, which Couler writes to a file.';
  let total = 0;
  for (const { value, path } of strings.argv) {
    const bytes = literalBytes(value) + 1;
    total += bytes;
    if (bytes > LINUX_MAX_ARG_BYTES) throw refuse('an argument', bytes, LINUX_MAX_ARG_BYTES, path, FILE_HINT);
  }
  for (const { name, value, path } of strings.env) {
    const bytes = Buffer.byteLength(name) + 1 + literalBytes(value) + 1;
    total += bytes;
    if (bytes > LINUX_MAX_ARG_BYTES) throw refuse(`environment variable "${name}"`, bytes, LINUX_MAX_ARG_BYTES, path, FILE_HINT);
  }
  for (const variable of (tektonStep.env as Array<{ name: string; value?: string }> | undefined) ?? []) {
    if (variable.name.startsWith('COULER_SOURCE_')) total += Buffer.byteLength(variable.name) + 2 + Buffer.byteLength(variable.value ?? '');
  }
  if (total > LINUX_MAX_ARGS_TOTAL_BYTES) throw refuse('arguments and environment', total, LINUX_MAX_ARGS_TOTAL_BYTES, where.path, FILE_HINT);
  const script = tektonStep.script;
  if (typeof script === 'string' && !fitsScriptArgument(script)) {
    throw unsupported('process.size', `a generated script of ${kib(Buffer.byteLength(script))}: Tekton places scripts base64-encoded in one argument of its place-scripts init container, at most ${kib(LINUX_MAX_ARG_BYTES)} (the pod would fail with "Argument list too long")`, {
      path: where.path,
      stepName: where.stepName,
      hint: 'The script holds large literal arguments, raw artifacts or environment values: pass them as files (an input artifact from another step) instead.',
    });
  }
}

/**
 * Tekton's place-scripts init container writes the scripts of every step of a task from one
 * shell argument, each base64-encoded: together they must fit it, not only the step's own
 * (Couler adds steps around it: `couler-item`, `couler-git-<n>`, the transfer steps).
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` with the total, the limit and the task.
 */
export function checkTaskScripts(taskSpec: Json, where: { stepName: string; path: ReadonlyArray<string | number> }): void {
  const scripts = ((taskSpec.steps as Array<{ name: string; script?: string }> | undefined) ?? []).filter((step) => typeof step.script === 'string');
  const total = scripts.reduce((sum, step) => sum + base64Bytes(Buffer.byteLength(step.script!)) + PLACE_SCRIPT_OVERHEAD_BYTES, 0);
  if (total < LINUX_MAX_ARG_BYTES) return;
  throw unsupported('process.size', `the scripts of a task's steps (${scripts.map((step) => step.name).join(', ')}), ${kib(total)} once Tekton encodes them: Tekton places every script of a task base64-encoded in one argument of its place-scripts init container, at most ${kib(LINUX_MAX_ARG_BYTES)} (the pod would fail with "Argument list too long")`, {
    path: where.path,
    stepName: where.stepName,
    hint: 'Large literal text (arguments, raw artifacts, a Git revision or repository) belongs in a file: an input artifact from another step.',
  });
}

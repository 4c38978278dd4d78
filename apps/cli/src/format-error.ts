import { isAbsolute, relative } from 'node:path';
import { CoulerError, formatPath, type SourceLocation } from '@couler/ir';

export interface FormatErrorOptions {
  /** Add stack traces (and those of causes). */
  debug?: boolean;
  /** Print source files relative to this directory when they are inside it. */
  cwd?: string;
}

function displayFile(file: string, cwd: string | undefined): string {
  if (cwd === undefined || !isAbsolute(file)) return file;
  const inside = relative(cwd, file);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

function formatLocation(location: SourceLocation, cwd: string | undefined): string {
  return `  --> ${displayFile(location.file, cwd)}:${location.line}:${location.column}`;
}

/** The stack of `error` and of each `cause` under it, for `--debug`. */
function stacks(error: unknown): string[] {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && !seen.has(current) && depth < 10; depth++) {
    seen.add(current);
    lines.push(`${depth === 0 ? '' : 'caused by: '}${current.stack ?? current.message}`);
    current = current.cause;
  }
  return lines;
}

function formatCoulerError(error: CoulerError, options: FormatErrorOptions): string[] {
  const where = error.path && error.path.length > 0 ? ` at ${formatPath(error.path)}` : '';
  const lines = [`error[${error.code}]${where}: ${error.message}`];
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  for (const location of error.locations ?? []) lines.push(formatLocation(location, options.cwd));
  for (const inner of error.errors ?? []) lines.push(...formatCoulerError(inner, { ...options, debug: false }));
  return lines;
}

/**
 * How the CLI prints an error on stderr. A `CoulerError` becomes
 * `error[CODE] at steps.train.inputs: message`, then `  hint: …` and `  --> file:line:col`
 * lines, then each of its `errors` the same way. Anything else is its message on one line and
 * a pointer to `--debug`. Stack traces only with `debug`. Ends without a newline.
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  if (CoulerError.isInstance(error)) {
    const lines = formatCoulerError(error, options);
    if (options.debug) lines.push(...stacks(error));
    // A user's file threw: where inside it (and its imports) is in the cause's stack.
    else if (error.code === 'LOAD_FAILED' && error.cause instanceof Error) lines.push('  run with --debug for the stack trace');
    return lines.join('\n');
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  if (options.debug) return [`error: ${firstLine}`, ...stacks(error)].join('\n');
  return `error: ${firstLine}\n  run with --debug for the stack trace`;
}

/** The problems a validation error stands for: its `errors` for INVALID_WORKFLOW, else itself. */
export function listProblems(error: CoulerError): CoulerError[] {
  return error.code === 'INVALID_WORKFLOW' && error.errors && error.errors.length > 0 ? [...error.errors] : [error];
}

import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const found = new Map<string, string | undefined>();

/** The full path of `command` on `PATH`, or undefined. Remembered per PATH. */
export function findExecutable(command: string, path: string | undefined): string | undefined {
  if (command.includes('/')) return isAbsolute(command) ? command : undefined;
  const cacheKey = `${path ?? ''}\0${command}`;
  if (found.has(cacheKey)) return found.get(cacheKey);
  let result: string | undefined;
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      result = candidate;
      break;
    } catch {
      // Not here.
    }
  }
  found.set(cacheKey, result);
  return result;
}

/**
 * The interpreter to start: images often say `python` where a host has only `python3`.
 * Returns the command unchanged when it exists, or when no stand-in does either.
 */
export function hostCommand(command: string, path: string | undefined): string {
  if (command === 'python' && findExecutable('python', path) === undefined && findExecutable('python3', path) !== undefined) return 'python3';
  return command;
}

/** A file name extension the interpreter expects for a script's source. */
export function scriptExtension(command: ReadonlyArray<string>, source: string): string {
  const program = (command[0] ?? '').split('/').pop() ?? '';
  if (/^python/.test(program)) return '.py';
  if (/^(node|nodejs|bun|deno)$/.test(program)) return /^\s*(import|export)\s/m.test(source) ? '.mjs' : '.cjs';
  if (/^(ba|z|da|k)?sh$/.test(program)) return '.sh';
  if (program === 'Rscript') return '.R';
  if (program === 'ruby') return '.rb';
  if (program === 'perl') return '.pl';
  return '';
}

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliContext } from './cli-context';

/** Writes a command's result to `out` (relative to the context's cwd, parents created) or stdout. */
export async function writeOutput(context: CliContext, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    context.stdout.write(text);
    return;
  }
  const target = resolve(context.cwd, out);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

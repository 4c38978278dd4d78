import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where this package's step scripts are on this machine (`<package>/dist/steps`), found from
 * this module whether it runs from `dist` or, in tests, from `src`.
 */
export function defaultStepsDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('@couler/sql cannot find its own package.json, so not its step scripts either');
    directory = parent;
  }
  return join(directory, 'dist', 'steps');
}

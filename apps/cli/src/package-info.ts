import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
}

let cached: PackageJson | undefined;

/**
 * The CLI's own package.json. Read at run time (not inlined at build) so `--version` always
 * matches the installed package. Works from `src/` and from `dist/`: both sit one level below it.
 */
export function packageInfo(): PackageJson {
  cached ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
  return cached;
}

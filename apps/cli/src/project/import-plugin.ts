import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { CoulerError } from '@couler/ir';
import { ownPackageAliases } from '../own-package-aliases';

/** Where a plugin module came from, for messages: what the user wrote and where it resolved. */
export interface PluginModule {
  readonly spec: string;
  readonly namespace: Record<string, unknown>;
}

/** A path (`./backends/foo`, `/abs/foo.ts`) rather than a package name (`couler-backend-foo`). */
export function isPathSpec(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || isAbsolute(spec);
}

/**
 * Imports a backend or pass module the way a user names it: a path (a file, or a package folder
 * with a package.json) resolved against `baseDirectory`, or an installed package name resolved
 * from `baseDirectory`'s node_modules. TypeScript files run through jiti, like workflow files.
 *
 * @throws CoulerError `LOAD_FAILED` naming the spec, with what to do.
 */
export async function importPlugin(spec: string, baseDirectory: string, what: string): Promise<PluginModule> {
  const target = isPathSpec(spec) ? resolve(baseDirectory, spec) : spec;
  if (isPathSpec(spec) && !existsSync(target)) {
    throw new CoulerError('LOAD_FAILED', `The ${what} "${spec}" does not exist (looked for ${target}).`, {
      hint: `Give a path to a module or a package folder, or the name of an installed package.`,
    });
  }
  // Resolution of bare names starts at the base directory, as Node's would from a file there.
  // jiti is imported here, when a project has a plugin, not on every start of the CLI.
  const { createJiti } = await import('jiti');
  const jiti = createJiti(join(baseDirectory, 'couler-plugin-loader.js'), { alias: ownPackageAliases(), interopDefault: false, moduleCache: false });
  try {
    return { spec, namespace: (await jiti.import(target)) as Record<string, unknown> };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const missing = !isPathSpec(spec) && /Cannot find (module|package)/.test(message ?? '') && message?.includes(spec);
    throw new CoulerError('LOAD_FAILED', `Loading the ${what} "${spec}" failed: ${message}`, {
      hint: missing ? `Install it where this project can resolve it (npm install ${spec}), or give a path to it.` : `Fix the module, or check that it is built (a package folder needs the files its package.json points to).`,
      cause: error,
    });
  }
}

/**
 * The exports of a module that pass `test`, without duplicates (a default export that is also a
 * named one counts once). The default export comes first.
 */
export function exportsMatching(namespace: Record<string, unknown>, test: (value: unknown) => boolean): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  const seen = new Set<unknown>();
  const keys = Object.keys(namespace).sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : 0));
  for (const key of keys) {
    const value = namespace[key];
    if (!test(value) || seen.has(value)) continue;
    seen.add(value);
    found.push([key, value]);
  }
  return found;
}

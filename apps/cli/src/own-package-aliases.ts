import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The packages a workflow file may import without installing them: the CLI's own copies. */
export const PROVIDED_PACKAGES = ['@couler/dsl', '@couler/ir'] as const;

type ExportTarget = string | { [condition: string]: ExportTarget } | null | undefined;

/** The ESM file an `exports` entry points to (`import`, then `default`). */
function importTarget(target: ExportTarget): string | undefined {
  if (typeof target === 'string') return target;
  if (target === null || target === undefined) return undefined;
  return importTarget(target.import) ?? importTarget(target.default);
}

/**
 * Import aliases (for esbuild and jiti) that send `@couler/dsl`, `@couler/ir` and their subpaths (`@couler/ir/test`) to
 * the files this CLI itself depends on, so a workflow file anywhere on disk (no node_modules of
 * its own) imports the same versions the CLI validates against. A package that is missing or
 * not built gets no alias; importing it then fails with Node's "Cannot find module".
 */
export function ownPackageAliases(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const aliases: Record<string, string> = {};
  for (const name of PROVIDED_PACKAGES) {
    let manifestPath: string;
    try {
      manifestPath = require.resolve(`${name}/package.json`);
    } catch {
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: Record<string, ExportTarget> };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const file = importTarget(target);
      if (file === undefined || subpath.endsWith('.json') || !file.endsWith('.js')) continue;
      const absolute = join(dirname(manifestPath), file);
      if (existsSync(absolute)) aliases[`${name}${subpath.slice(1)}`] = absolute;
    }
  }
  return aliases;
}

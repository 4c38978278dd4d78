import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublishedPackage {
  /** `@couler/ir` */
  readonly name: string;
  /** `couler-ir`: safe in file names. */
  readonly slug: string;
  readonly dir: string;
  /** Whether `dist/` exists; packing an unbuilt package would test nothing. */
  readonly built: boolean;
}

/** Every package under `packages/*` that is published (its package.json is not `private`), by name. */
export function discoverPublishedPackages(root: string): PublishedPackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private?: boolean } }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      name: manifest.name,
      slug: manifest.name.replace(/^@/, '').replace(/[^a-zA-Z0-9._-]+/g, '-'),
      dir,
      built: existsSync(join(dir, 'dist')),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

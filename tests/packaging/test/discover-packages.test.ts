import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverPublishedPackages } from './discover-packages';

describe('discoverPublishedPackages', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function addPackage(folder: string, manifest: Record<string, unknown>, built: boolean) {
    const dir = join(root, 'packages', folder);
    mkdirSync(built ? join(dir, 'dist') : dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  }

  it('lists the packages that are not private, by name, and says which are built', () => {
    root = mkdtempSync(join(tmpdir(), 'couler-discover-'));
    addPackage('zeta', { name: '@couler/zeta' }, true);
    addPackage('alpha', { name: '@couler/alpha' }, false);
    addPackage('internal', { name: '@couler/internal', private: true }, true);
    mkdirSync(join(root, 'packages', 'notes'));
    const found = discoverPublishedPackages(root);
    expect(found.map(({ name, slug, built }) => ({ name, slug, built }))).toEqual([
      { name: '@couler/alpha', slug: 'couler-alpha', built: false },
      { name: '@couler/zeta', slug: 'couler-zeta', built: true },
    ]);
    expect(found[0]!.dir).toBe(join(root, 'packages', 'alpha'));
  });
});

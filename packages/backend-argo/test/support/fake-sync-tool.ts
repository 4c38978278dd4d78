import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A dataset sync step's world on this machine: a `bin` directory to put first on PATH holding a
 * stand-in for the store's tool (`az`, `curl`: a shell script of `lines`), and an empty `cache`
 * directory standing for the claim.
 */
export function fakeSyncTool(tool: string, lines: ReadonlyArray<string>): { bin: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), `couler-${tool}-sync-`));
  const bin = join(root, 'bin');
  const cache = join(root, 'cache');
  mkdirSync(bin);
  mkdirSync(cache);
  writeFileSync(join(bin, tool), ['#!/bin/sh', ...lines, ''].join('\n'));
  chmodSync(join(bin, tool), 0o755);
  return { bin, cache };
}

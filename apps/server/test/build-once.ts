import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).filter((entry) => !entry.endsWith('.test.ts')).map((entry) => newest(join(path, entry))));
}

/** Process-level tests run `node dist/bin.js`: build it when it is older than the sources. */
export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'bin.js')).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= newest(join(root, 'src'))) return;
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: root, stdio: 'inherit' });
}

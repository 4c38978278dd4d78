import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  const entries = readdirSync(path).filter((entry) => !entry.endsWith('.test.ts'));
  return Math.max(0, ...entries.map((entry) => newestChange(join(path, entry))));
}

/**
 * The crash test runs the engine in a child `node` process from `dist/`; build it when it is
 * missing or older than the sources, so that test never runs a stale engine.
 */
export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'index.js')).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(newestChange(join(root, 'src')), newestChange(join(root, 'tsup.config.ts')), newestChange(join(root, 'package.json')));
  if (built >= sources) return;
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: root, stdio: 'inherit' });
}

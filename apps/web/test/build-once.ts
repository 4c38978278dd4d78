import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** The tests drive the built GUI as `couler server` serves it: build it when the sources are newer. */
export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'index.html')).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'index.html')), newest(join(root, '..', 'server', 'dist')));
  if (built >= sources) return;
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

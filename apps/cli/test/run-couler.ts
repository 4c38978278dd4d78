import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface CoulerRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `couler` as a user would: a separate node process in `cwd`. */
export function runCouler(args: string[], cwd: string): Promise<CoulerRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// One root per test file, removed when the file's tests are done.
const scratchRoot = mkdtempSync(join(tmpdir(), 'couler-cli-'));
let scratchCount = 0;
afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

/**
 * A scratch directory outside the workspace (no node_modules anywhere above it) holding copies
 * of the named fixtures.
 */
export function scratchWith(...fixtures: string[]): string {
  const directory = join(scratchRoot, String(++scratchCount));
  mkdirSync(directory);
  for (const fixture of fixtures) cpSync(join(FIXTURES, fixture), join(directory, fixture));
  return directory;
}

/** A fresh state folder for the local engine (`couler run --home`), never ~/.couler; removed with the scratch root. */
export function coulerHome(): string {
  const home = join(scratchRoot, `home-${++scratchCount}`);
  mkdirSync(home);
  return home;
}

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The built `couler` CLI this example depends on (turbo builds it before these tests). */
export const COULER_BIN = join(dirname(createRequire(import.meta.url).resolve('@couler/cli/package.json')), 'dist', 'bin.js');

export interface ProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <script> …args` to the end, without a shell; CI is set so views are plain. `env` adds to (or, undefined, removes from) the environment. */
export function runNode(script: string, args: ReadonlyArray<string>, env: Readonly<Record<string, string | undefined>> = {}): Promise<ProcessResult> {
  if (script === COULER_BIN && !existsSync(COULER_BIN)) throw new Error(`${COULER_BIN} is missing: build the CLI (npx -y pnpm@10 --filter @couler/cli... run build).`);
  return new Promise((resolve) => {
    const merged = Object.fromEntries(Object.entries({ ...process.env, CI: '1', ...env }).filter(([, value]) => value !== undefined)) as Record<string, string>;
    execFile(process.execPath, [script, ...args], { env: merged, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `couler run FILE --home HOME --json [options] --param …`: the run and every engine event it printed. */
export async function coulerRun(
  file: string,
  home: string,
  params: Record<string, string>,
  options: ReadonlyArray<string> = [],
): Promise<ProcessResult & { events: Array<Record<string, unknown>> }> {
  const args = ['run', file, '--home', home, '--json', ...options, ...Object.entries(params).flatMap(([name, value]) => ['--param', `${name}=${value}`])];
  const result = await runNode(COULER_BIN, args);
  const events = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...result, events };
}

/** Phase of every finished step instance (`cross-validate[2]` → `Succeeded`). */
export function finishedPhases(events: ReadonlyArray<Record<string, unknown>>): Map<string, string> {
  return new Map(events.filter((event) => event.type === 'step-finished').map((event) => [String(event.stepId), String(event.phase)]));
}

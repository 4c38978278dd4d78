import { spawn } from 'node:child_process';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoulerError, type CoulerErrorCode, type SourceLocation } from '@couler/ir';

/** Limits of one compile of a workflow source. */
export interface SourceLimits {
  /** Wall-clock time, in ms, before the child is killed. Default 10 s. */
  readonly timeoutMs: number;
  /** V8 heap of the child, in MiB (`--max-old-space-size`). Default 256. */
  readonly memoryMb: number;
  /** Compiles at once; more wait their turn, so a burst of sources cannot start a process each. Default 2. */
  readonly concurrency: number;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = { timeoutMs: 10_000, memoryMb: 256, concurrency: 2 };

const MAX_OUTPUT_BYTES = 16 * 2 ** 20;
const HERE = fileURLToPath(import.meta.url);
// Built, the worker is beside the bundle (dist/); run from the sources (tests), it is in dist/ still.
const WORKER = HERE.endsWith('.ts') ? join(dirname(HERE), '..', '..', 'dist', 'compile-source-worker.js') : join(dirname(HERE), 'compile-source-worker.js');

/** The directory the child may read: where the server and the packages it lends the source are installed. */
async function installRoot(): Promise<string> {
  const require = createRequire(import.meta.url);
  const paths = await Promise.all([WORKER, require.resolve('jiti'), require.resolve('@couler/dsl'), require.resolve('@couler/ir')].map((path) => realpath(path)));
  let root = dirname(paths[0]!);
  while (!paths.every((path) => path.startsWith(root + sep))) root = dirname(root);
  return root;
}

function sourceError(code: CoulerErrorCode, message: string, hint: string): CoulerError {
  return new CoulerError(code, message, { path: ['body', 'source'], hint });
}

/**
 * Compiles a TypeScript or JavaScript workflow source (as `couler run` loads a `.ts` file) into
 * its IR value — in a child process, never in the server: the source runs with a heap limit and a
 * timer, under Node's permission model (it may read only the server's installation and its own
 * directory, write nothing, start no process), with an empty environment, so neither a loop nor
 * an allocation without end nor curiosity about the server's secrets reaches the server.
 *
 * @returns the exported value, not yet validated (the caller parses it as any submitted IR).
 * @throws CoulerError `LOAD_FAILED` at `["body", "source"]` when the source throws, exports no
 *   workflow, runs out of time or memory; the DSL's own errors keep their codes.
 */
export function createSourceCompiler(limits: SourceLimits = DEFAULT_SOURCE_LIMITS): (source: string, language: 'ts' | 'js') => Promise<unknown> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const rootOnce = installRoot();
  const turn = async () => {
    if (running >= limits.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const done = () => {
    running -= 1;
    waiting.shift()?.();
  };

  return async (source, language) => {
    await turn();
    const directory = await mkdtemp(join(tmpdir(), 'couler-source-'));
    try {
      const name = `workflow.${language === 'ts' ? 'ts' : 'mjs'}`;
      await writeFile(join(directory, name), source, 'utf8');
      const root = await rootOnce;
      const realDirectory = await realpath(directory);
      return await new Promise<unknown>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [`--max-old-space-size=${limits.memoryMb}`, '--experimental-permission', `--allow-fs-read=${root}`, `--allow-fs-read=${realDirectory}`, '--no-warnings', WORKER, join(realDirectory, name)],
          { cwd: realDirectory, env: {}, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, limits.timeoutMs);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.length > MAX_OUTPUT_BYTES) child.kill('SIGKILL');
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString('utf8')).slice(-4000);
        });
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          if (timedOut) return reject(sourceError('LOAD_FAILED', `The workflow source did not finish within ${limits.timeoutMs / 1000} s and was stopped.`, 'Building a workflow should take well under a second: look for a loop that never ends, or work that belongs in a step.'));
          if (/heap limit|out of memory/i.test(stderr)) return reject(sourceError('LOAD_FAILED', `The workflow source used more than ${limits.memoryMb} MiB of memory and was stopped.`, 'Look for data built without bound while the workflow is defined; large data belongs in a step or an artifact.'));
          if (stdout.length > MAX_OUTPUT_BYTES) return reject(sourceError('PAYLOAD_TOO_LARGE', 'The workflow the source builds is larger than this server accepts.', 'Split it (couler split), or build fewer steps.'));
          const line = stdout.trim().split('\n').at(-1) ?? '';
          let answer: { ok: boolean; workflow?: unknown; error?: { code: CoulerErrorCode; message: string; path?: Array<string | number>; hint?: string; locations?: SourceLocation[] } };
          try {
            answer = JSON.parse(line) as typeof answer;
          } catch {
            const why = /ERR_ACCESS_DENIED/.test(stderr) ? ' It tried something the server does not allow a workflow source (reading outside its directory, writing files, starting processes).' : '';
            return reject(sourceError('LOAD_FAILED', `The workflow source stopped without a result (${signal ?? `exit code ${code}`}).${why}`, 'Run it with `couler validate FILE` on your machine to see what it does.'));
          }
          if (answer.ok) return resolve(answer.workflow);
          const error = answer.error!;
          // Lines and columns point into the submitted source, not into the temporary file it was run from.
          const locations = error.locations?.map((location) => ({ ...location, file: 'source' }));
          reject(new CoulerError(error.code, error.message, { path: ['body', 'source', ...(error.path ?? [])], ...(error.hint && { hint: error.hint }), ...(locations && { locations }) }));
        });
      });
    } finally {
      done();
      await rm(directory, { recursive: true, force: true });
    }
  };
}

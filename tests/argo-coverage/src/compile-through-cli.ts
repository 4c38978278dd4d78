import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A workflow file's source and any more `couler compile` options; or, without a file, only the options. */
export interface CompileRequest {
  source?: string;
  cliOptions?: readonly string[];
}

/** The key of a request's outcome: the same source with the same options compiles once. */
export const compileKey = (request: CompileRequest): string => JSON.stringify([request.source ?? null, request.cliOptions ?? []]);

/** What `couler compile FILE --backend argo --validate` made of one workflow file. */
export type CompileOutcome = { ok: true; documents: unknown[] } | { ok: false; problem: string };

/** The `couler` executable of the workspace's @couler/cli (built: `dist/bin.js`). */
function coulerBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@couler/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { couler: string } };
  return join(dirname(manifestPath), manifest.bin.couler);
}

function runCompile(bin: string, file: string | undefined, cliOptions: readonly string[], cwd: string): Promise<CompileOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'compile', ...(file === undefined ? [] : [file]), '--backend', 'argo', '--validate', ...cliOptions], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        resolve({ ok: false, problem: (stderr || error.message).trim() });
        return;
      }
      const documents = parseAllDocuments(stdout);
      const list = Array.isArray(documents) ? documents : [documents];
      resolve({ ok: true, documents: list.map((document) => document.toJS()) });
    });
  });
}

/**
 * Compiles each distinct workflow source once, as a user would: written to a file in a scratch
 * folder and given to the `couler` CLI, a few processes at a time (the CLI takes one file).
 * Returns the outcome per `compileKey`.
 */
export async function compileThroughCli(requests: readonly CompileRequest[]): Promise<Map<string, CompileOutcome>> {
  const bin = coulerBin();
  const distinct = [...new Map(requests.map((request) => [compileKey(request), request])).values()];
  const folder = await mkdtemp(join(tmpdir(), 'couler-argo-coverage-'));
  const outcomes = new Map<string, CompileOutcome>();
  try {
    const files = await Promise.all(
      distinct.map(async (request) => {
        if (request.source === undefined) return { request, file: undefined };
        const file = `probe-${createHash('sha256').update(request.source).digest('hex').slice(0, 16)}.ts`;
        await writeFile(join(folder, file), request.source);
        return { request, file };
      }),
    );
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const { request, file } = files[next++]!;
        outcomes.set(compileKey(request), await runCompile(bin, file, request.cliOptions ?? [], folder));
      }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, Math.max(2, availableParallelism())) }, worker));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return outcomes;
}

import { createRequire } from 'node:module';
import { createJiti } from 'jiti';

// The child process `compileWorkflowSource` starts: runs one workflow source file with jiti and
// prints `{ ok, workflow }` or `{ ok: false, error }` as one JSON line. It runs under Node's
// permission model (read-only, no child processes), a heap limit and a timer of its parent's.

interface WireError {
  readonly code: string;
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly hint?: string;
  readonly locations?: ReadonlyArray<{ readonly file?: string; readonly line: number; readonly column: number }>;
}

const firstLine = (error: unknown) => ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim();

function asWireError(error: unknown): WireError {
  const json = (error as { toJSON?: () => unknown } | null)?.toJSON?.();
  // A CoulerError (from the DSL's validation) keeps its code and path.
  if (json && typeof json === 'object' && typeof (json as WireError).code === 'string' && typeof (json as WireError).message === 'string') return json as WireError;
  if ((error as { code?: unknown } | null)?.code === 'ERR_ACCESS_DENIED') {
    return { code: 'LOAD_FAILED', message: `The workflow source tried something the server does not allow a workflow source: ${firstLine(error)} (reading outside its own directory, writing files, starting processes or threads).`, hint: 'Build the workflow from values in the source; steps read files and run programs when the workflow runs.' };
  }
  return { code: 'LOAD_FAILED', message: `The workflow source failed while it ran: ${firstLine(error)}`, hint: 'Fix the source: it is run as a module, and its default export (or export "workflow") is the workflow.' };
}

async function main(file: string): Promise<unknown> {
  const require = createRequire(import.meta.url);
  // The source lives in a directory of its own: the server's copies of the DSL and the IR are what it imports.
  const alias = { '@couler/dsl': require.resolve('@couler/dsl'), '@couler/ir': require.resolve('@couler/ir') };
  const jiti = createJiti(import.meta.url, { alias, interopDefault: true, moduleCache: false, fsCache: false });
  const namespace = (await jiti.import(file)) as Record<string, unknown>;
  const keys = namespace !== null && typeof namespace === 'object' ? Object.keys(namespace) : [];
  const exported = keys.includes('default') ? namespace.default : keys.includes('workflow') ? namespace.workflow : undefined;
  if (exported === undefined) throw Object.assign(new Error('no default export'), { toJSON: () => ({ code: 'LOAD_FAILED', message: 'The workflow source has no default export and no export named "workflow".', hint: "End it with `export default workflow('my-workflow', () => { … })` (from @couler/dsl), or export an IR object." }) });
  return await exported;
}

const write = (value: unknown) => new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(value)}\n`, () => resolve()));

try {
  await write({ ok: true, workflow: await main(process.argv[2] ?? '') });
} catch (error) {
  await write({ ok: false, error: asWireError(error) });
}
process.exit(0);

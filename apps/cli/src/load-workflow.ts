import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { checkWorkflow, CoulerError, throwIfErrors, type SourceLocation, type Workflow } from '@couler/ir';
import { bundleWorkflowModule, type WorkflowBundle, WorkflowBundleError } from './bundle-workflow-module';
import type { DocumentLocator } from './create-document-locator';
import { takeStartedBundle } from './early-workflow-bundle';
import { ownPackageAliases, PROVIDED_PACKAGES } from './own-package-aliases';
import { runWorkflowModule } from './run-workflow-module';

const MODULE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);
const DOCUMENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
const EXPORT_HINT = "End the file with `export default workflow('my-workflow', () => { … })` (from @couler/dsl), or export an IR object.";

export interface LoadWorkflowOptions {
  /** Directory `file` is resolved against. Default: `process.cwd()`. */
  cwd?: string;
}

/** Where a loaded workflow came from. */
export interface WorkflowSource {
  /** Absolute path of the file. */
  readonly file: string;
  /** `module` for TypeScript/JavaScript that was run, `document` for JSON/YAML IR. */
  readonly format: 'module' | 'document';
  /** The file's text as read from disk. */
  readonly text: string;
}

export interface LoadedWorkflow {
  /** The workflow, parsed and validated by @couler/ir. */
  readonly workflow: Workflow;
  readonly source: WorkflowSource;
}

function loadFailed(message: string, options: { hint?: string; cause?: unknown; locations?: SourceLocation[] } = {}): CoulerError {
  return new CoulerError('LOAD_FAILED', message, options);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object without apiVersion or kind';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function looksLikeWorkflow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('apiVersion' in value || 'kind' in value);
}

/**
 * The user's line that raised `error`: a `file:line:col` in the message (a syntax error; its
 * column counts from 0) or the first stack frame in the file (source-mapped by Node).
 */
function locateThrow(error: unknown, file: string): SourceLocation[] | undefined {
  if (!(error instanceof Error)) return undefined;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inMessage = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(error.message);
  if (inMessage) return [{ file, line: Number(inMessage[1]), column: Number(inMessage[2]) + 1 }];
  const inStack = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(error.stack?.split('\n').slice(1).join('\n') ?? '');
  if (inStack) return [{ file, line: Number(inStack[1]), column: Number(inStack[2]) }];
  return undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim();
}

function thrownHint(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = firstLine(error);
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(message)) {
    if (PROVIDED_PACKAGES.some((name) => message.includes(name) || message.includes(name.replace('@couler/', 'packages/')))) {
      return 'The CLI provides @couler/dsl and @couler/ir to workflow files, but its copy is missing or not built; reinstall @couler/cli (in the monorepo: build packages/dsl and packages/ir).';
    }
    return 'Install the missing package where the workflow file can resolve it (next to the file or in a parent node_modules).';
  }
  return 'The error was raised while the file ran; fix it there.';
}

/** The LOAD_FAILED for a file esbuild could not read, at the line and column it names. */
function bundleFailed(error: WorkflowBundleError, shown: string): CoulerError {
  const { location, text } = error.problem;
  const unresolved = /^Could not resolve/.test(text);
  return loadFailed(`Loading "${shown}" failed: ${text}`, {
    hint: unresolved ? 'Check the import path: it is resolved from the folder of the file that imports it.' : 'Fix the file there: it does not parse as TypeScript or JavaScript.',
    cause: error,
    locations: error.file && location ? [{ file: error.file, line: location.line, column: location.column + 1 }] : undefined,
  });
}

/**
 * What a CommonJS `module.exports` looks like to an `import`: its own keys, and `default` the
 * whole object unless it was compiled from ES module syntax (which has its own `default`).
 */
function namespaceOf(exported: unknown): Record<string, unknown> {
  if (typeof exported !== 'object' || exported === null) return { default: exported };
  if ((exported as { __esModule?: unknown }).__esModule === true) return exported as Record<string, unknown>;
  return { default: exported, ...(exported as Record<string, unknown>) };
}

/**
 * Runs the file with jiti. Only for what a CommonJS bundle cannot be: a file with top-level
 * `await`. jiti's Babel transform takes seconds on a large file, esbuild milliseconds.
 */
async function importWithJiti(file: string): Promise<Record<string, unknown>> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(import.meta.url, { alias: ownPackageAliases(), interopDefault: true, moduleCache: false });
  return (await jiti.import(file)) as Record<string, unknown>;
}

/** The exports of a TypeScript/JavaScript file, bundled with esbuild and run as CommonJS. */
async function importNamespace(file: string, shown: string): Promise<Record<string, unknown>> {
  let bundle: WorkflowBundle;
  try {
    // The bin starts the bundle of the file it was given while it loads the commands.
    bundle = await (takeStartedBundle(file) ?? bundleWorkflowModule(file, ownPackageAliases()));
  } catch (error) {
    if (error instanceof WorkflowBundleError) throw bundleFailed(error, shown);
    return importWithJiti(file);
  }
  return namespaceOf(runWorkflowModule(bundle, file));
}

/** Runs a TypeScript/JavaScript workflow file and returns the value it exports. */
async function importWorkflowValue(file: string, shown: string): Promise<unknown> {
  let namespace: Record<string, unknown>;
  try {
    namespace = await importNamespace(file, shown);
  } catch (error) {
    if (CoulerError.isInstance(error)) throw error;
    throw loadFailed(`Loading "${shown}" failed: ${firstLine(error)}`, { hint: thrownHint(error), cause: error, locations: locateThrow(error, file) });
  }
  // `default` of a CommonJS module is the module itself: look at own keys.
  const keys = namespace !== null && typeof namespace === 'object' ? Object.keys(namespace) : [];
  const candidates = [
    ...(keys.includes('default') ? [['default export', namespace.default] as const] : []),
    ...(keys.includes('workflow') ? [['export "workflow"', namespace.workflow] as const] : []),
  ];
  if (candidates.length === 0) {
    throw loadFailed(`"${shown}" has no default export and no export named "workflow".`, { hint: EXPORT_HINT });
  }
  const chosen = candidates.find(([, value]) => looksLikeWorkflow(value) || isThenable(value)) ?? candidates[0]!;
  const [what, exported] = chosen;
  let value: unknown;
  try {
    value = await exported;
  } catch (error) {
    if (CoulerError.isInstance(error)) throw error;
    throw loadFailed(`The ${what} of "${shown}" is a promise that rejected: ${firstLine(error)}`, { hint: thrownHint(error), cause: error, locations: locateThrow(error, file) });
  }
  if (!looksLikeWorkflow(value)) {
    throw loadFailed(`The ${what} of "${shown}" is ${describeValue(value)}, not a Couler workflow.`, {
      hint: typeof value === 'function' ? `Export the workflow itself, not a function that builds it. ${EXPORT_HINT}` : EXPORT_HINT,
    });
  }
  return value;
}

/** Line and column (from 1) of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Where a JSON or YAML syntax error is, from the parser's error (`cause`). */
function syntaxLocation(error: CoulerError, text: string, file: string): SourceLocation | undefined {
  if (error.code !== 'INVALID_DOCUMENT') return undefined;
  const cause = error.cause as { linePos?: ReadonlyArray<{ line: number; col: number }>; message?: unknown } | undefined;
  const yamlPosition = cause?.linePos?.[0];
  if (yamlPosition) return { file, line: yamlPosition.line, column: yamlPosition.col };
  const jsonOffset = typeof cause?.message === 'string' ? /at position (\d+)/.exec(cause.message)?.[1] : undefined;
  return jsonOffset === undefined ? undefined : { file, ...positionOf(text, Number(jsonOffset)) };
}

/** Adds the `file:line:col` of the offending element (or syntax error) to errors that have none. */
function withDocumentLocations(error: CoulerError, text: string, locate: DocumentLocator, file: string): CoulerError {
  const located = syntaxLocation(error, text, file) ?? (error.path ? locate(error.path) : undefined);
  const errors = error.errors?.map((inner) => withDocumentLocations(inner, text, locate, file));
  if ((!located || error.locations) && !errors) return error;
  return new CoulerError(error.code, error.message, {
    ...(error.path && { path: error.path }),
    ...(error.stepIds && { stepIds: error.stepIds }),
    ...(error.hint && { hint: error.hint }),
    ...(errors && { errors }),
    locations: error.locations ?? (located ? [located] : undefined),
    cause: error.cause,
  });
}

/**
 * Loads a workflow file and checks it with @couler/ir.
 *
 * `.ts/.mts/.cts/.js/.mjs/.cjs` files are bundled with esbuild and run; their default export (or export named
 * `workflow`) must be an IR `Workflow` or a promise of one, whatever built it. `@couler/dsl` and
 * `@couler/ir` imports resolve to the CLI's own copies, so the file needs no node_modules.
 * `.json/.yaml/.yml` files are read as IR documents.
 *
 * @throws CoulerError `LOAD_FAILED` when the file is missing, of an unknown type, has no usable
 *   export or throws while it runs (a `CoulerError` it throws, e.g. from the DSL, is passed
 *   through unchanged); the validation error(s) of @couler/ir when the workflow is invalid
 *   (`INVALID_WORKFLOW` with every problem in `errors` when there are several). Errors of
 *   JSON/YAML files carry the `file:line:col` of the offending element.
 */
export async function loadWorkflow(file: string, options: LoadWorkflowOptions = {}): Promise<LoadedWorkflow> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  const shown = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
  const extension = extname(absolute).toLowerCase();

  const stats = await stat(absolute).catch(() => undefined);
  if (!stats) {
    throw loadFailed(`Workflow file "${shown}" does not exist.`, { hint: `Check the path; relative paths are resolved against ${cwd}.` });
  }
  if (!stats.isFile()) throw loadFailed(`"${shown}" is not a file.`, { hint: 'Pass the workflow file itself, e.g. src/workflow.ts.' });
  if (!MODULE_EXTENSIONS.has(extension) && !DOCUMENT_EXTENSIONS.has(extension)) {
    throw loadFailed(`Cannot load "${shown}": unknown file type "${extension || '(none)'}".`, {
      hint: 'Couler reads workflows from .ts, .mts, .cts, .js, .mjs, .cjs (DSL or IR objects) and .json, .yaml, .yml (IR) files.',
    });
  }
  const text = await readFile(absolute, 'utf8');

  if (DOCUMENT_EXTENSIONS.has(extension)) {
    const { workflow, errors } = checkWorkflow(text);
    if (errors.length > 0) {
      // Imported on error only: it loads yaml, 25 ms of start-up for commands that never need it.
      const { createDocumentLocator } = await import('./create-document-locator');
      const locate = createDocumentLocator(text, absolute);
      throwIfErrors(errors.map((error) => withDocumentLocations(error, text, locate, absolute)), workflow?.metadata.name);
    }
    return { workflow: workflow!, source: { file: absolute, format: 'document', text } };
  }

  const value = await importWorkflowValue(absolute, shown);
  // What `workflow()` returned was validated as it was built and is frozen since: checking it
  // again would cost as much as building it. The DSL is loaded already when it built the value.
  const { isBuiltWorkflow } = await import('@couler/dsl');
  if (isBuiltWorkflow(value)) return { workflow: value, source: { file: absolute, format: 'module', text } };
  const { workflow, errors } = checkWorkflow(value);
  throwIfErrors(errors, workflow?.metadata.name);
  return { workflow: workflow!, source: { file: absolute, format: 'module', text } };
}
